import type { ArchitectureKey } from "@/lib/safetensors/architecture";
import type { BaseCandidate, RecipeMatch } from "@/lib/reviews/parent-proposal";

// The submit form's catalog look-ups by what a file says (GET /submit/search). A failed look-up
// answers nothing found: the form then proposes nothing and the submitter picks by hand.

/** Catalogued versions whose file has one of these SHA-256s, or starts with one of these short hashes. */
export async function lookupHashes(sha256: readonly string[], short: readonly string[]): Promise<RecipeMatch[]> {
  if (sha256.length + short.length === 0) return [];
  const params = new URLSearchParams({ type: "hashes" });
  for (const hash of sha256) params.append("sha256", hash);
  for (const hash of short) params.append("short", hash);
  const response = await fetch(`/submit/search?${params}`, { headers: { accept: "application/json" } }).catch(() => null);
  if (!response?.ok) return [];
  return ((await response.json()) as { matches: RecipeMatch[] }).matches;
}

/** The catalog's BASE versions of an architecture. */
export async function lookupBases(architecture: ArchitectureKey): Promise<BaseCandidate[]> {
  const params = new URLSearchParams({ type: "bases", architecture });
  const response = await fetch(`/submit/search?${params}`, { headers: { accept: "application/json" } }).catch(() => null);
  if (!response?.ok) return [];
  return ((await response.json()) as { bases: BaseCandidate[] }).bases;
}
