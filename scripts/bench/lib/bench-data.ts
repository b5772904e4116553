import { createHash } from "node:crypto";
import { COMMERCIAL_USES, INTENDED_USES, TERM_STATUSES } from "@/lib/licensing/vocabulary";

// The benchmark catalog, generated deterministically (the same on every machine): 100,000
// checkpoint versions in realistic lineage, 200 licenses and 20,000 approvals. Plain data; the
// populate step writes it with set-based SQL.

export const BENCH_SIZES = { versions: 100_000, bases: 400, licenses: 200, approvals: 20_000 } as const;

/** Bump when the generated data changes: the benchmark database is rebuilt when it differs. */
export const BENCH_DATA_VERSION = 3;

/** A small deterministic PRNG (mulberry32): same data everywhere, no dependency. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADJECTIVES = [
  "Crimson",
  "Velvet",
  "Neon",
  "Silent",
  "Golden",
  "Lunar",
  "Misty",
  "Electric",
  "Amber",
  "Cobalt",
  "Ivory",
  "Feral",
  "Gentle",
  "Wild",
  "Arcane",
  "Pastel",
  "Rusty",
  "Solar",
  "Frozen",
  "Hidden",
];
const NOUNS = [
  "Dream",
  "Fox",
  "Garden",
  "Anime",
  "Portrait",
  "Vision",
  "Realism",
  "Canvas",
  "Pixel",
  "Ink",
  "Studio",
  "Forge",
  "Mix",
  "Blend",
  "Lens",
  "Harbor",
  "Atlas",
  "Echo",
  "Spire",
  "Bloom",
];
const ARCHITECTURES = ["SD1", "SD1", "SDXL", "SDXL", "SDXL", "SD2", "SD3", "FLUX1", "FLUX1", "STABLE_CASCADE"] as const;
const SUFFIX: Record<string, string> = { SD1: "", SD2: " 2", SDXL: " XL", SD3: " 3.5", FLUX1: " Flux", STABLE_CASCADE: " Cascade" };
const PROMPTS = ["NATURAL_LANGUAGE", "TAGS", "HYBRID"] as const;

export interface BenchVersion {
  index: number;
  checkpoint: number;
  label: string;
  kind: "BASE" | "FINETUNE" | "MERGE" | "DISTILLED";
  architectureKey: string;
  promptStyle: string | null;
  sha256: string;
  parents: { index: number; relation: "FINETUNE" | "MERGE" | "DISTILL"; weight: number | null }[];
  licenses: number[];
  creatorTerms: { allowCommercialUse: string[]; allowNoCredit: boolean | null; allowDerivatives: boolean | null; allowDifferentLicense: boolean | null } | null;
}

export function benchSha256(index: number): string {
  return createHash("sha256").update(`bench-version-${index}`).digest("hex");
}

export function checkpointName(checkpoint: number, architectureKey: string): string {
  return `${ADJECTIVES[checkpoint % ADJECTIVES.length]} ${NOUNS[Math.floor(checkpoint / ADJECTIVES.length) % NOUNS.length]}${SUFFIX[architectureKey]} ${checkpoint}`;
}

/** License terms: realistic mixes, never ALLOWED where most real licences say nothing. */
export function benchLicenseTerms(license: number): { use: string; status: string; condition: string | null }[] {
  const next = random(1000 + license);
  return INTENDED_USES.map((use) => {
    const roll = next();
    const status = roll < 0.35 ? "UNKNOWN" : roll < 0.55 ? "ALLOWED" : roll < 0.8 ? "CONDITIONAL" : "FORBIDDEN";
    return {
      use,
      status: (TERM_STATUSES as readonly string[]).includes(status) ? status : "UNKNOWN",
      condition: status === "CONDITIONAL" || status === "FORBIDDEN" ? `Bench condition ${license}/${use}` : null,
    };
  });
}

/**
 * Versions in creation order, so every parent precedes its children (acyclic by construction).
 * Bases first; derivatives mostly fine-tune a recent version of their architecture, with merges of
 * two or three parents and distillations; lineage depth stays within what real catalogs show (≤ 8).
 */
export function generateVersions(): BenchVersion[] {
  const next = random(42);
  const versions: BenchVersion[] = [];
  const depth: number[] = [];
  const byArchitecture = new Map<string, number[]>();
  let checkpoint = 0;
  for (let index = 0; index < BENCH_SIZES.versions; index += 1) {
    const base = index < BENCH_SIZES.bases;
    const architectureKey = ARCHITECTURES[Math.floor(next() * ARCHITECTURES.length)]!;
    const pool = byArchitecture.get(architectureKey) ?? [];
    const roll = next();
    const kind: BenchVersion["kind"] = base || pool.length === 0 ? "BASE" : roll < 0.78 ? "FINETUNE" : roll < 0.95 ? "MERGE" : "DISTILLED";
    const pick = () => {
      // Mostly recent versions, sometimes any: chains and wide families both occur.
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const candidate = next() < 0.6 ? pool[pool.length - 1 - Math.floor(next() * Math.min(pool.length, 200))]! : pool[Math.floor(next() * pool.length)]!;
        if (depth[candidate]! < 7) return candidate;
      }
      return pool[Math.floor(next() * Math.min(pool.length, 50))]!;
    };
    const parents: BenchVersion["parents"] = [];
    if (kind === "FINETUNE") parents.push({ index: pick(), relation: "FINETUNE", weight: null });
    if (kind === "DISTILLED") parents.push({ index: pick(), relation: "DISTILL", weight: null });
    if (kind === "MERGE") {
      const count = next() < 0.7 ? 2 : 3;
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, pool.length)) chosen.add(pick());
      for (const parent of chosen) parents.push({ index: parent, relation: "MERGE", weight: Math.round((1 / chosen.size) * 100) / 100 });
    }
    depth[index] = parents.length === 0 ? 0 : Math.max(...parents.map((parent) => depth[parent.index]!)) + 1;
    // A new checkpoint, or the next version of the previous one (v2 of the same model).
    const sameCheckpoint = !base && next() < 0.35 && versions.length > 0 && versions[versions.length - 1]!.architectureKey === architectureKey;
    if (!sameCheckpoint) checkpoint += 1;
    const label = sameCheckpoint ? `v${(index % 7) + 2}.${index % 10}` : "v1.0";
    const licenses = base ? [index % BENCH_SIZES.licenses] : next() < 0.3 ? [Math.floor(next() * BENCH_SIZES.licenses)] : [];
    const creatorTerms =
      !base && next() < 0.45
        ? {
            allowCommercialUse: COMMERCIAL_USES.filter(() => next() < 0.35),
            allowNoCredit: next() < 0.3 ? null : next() < 0.5,
            allowDerivatives: next() < 0.3 ? null : next() < 0.8,
            allowDifferentLicense: next() < 0.4 ? null : next() < 0.5,
          }
        : null;
    versions.push({
      index,
      checkpoint,
      label,
      kind,
      architectureKey,
      promptStyle: next() < 0.2 ? null : PROMPTS[Math.floor(next() * PROMPTS.length)]!,
      sha256: benchSha256(index),
      parents,
      licenses,
      creatorTerms,
    });
    pool.push(index);
    byArchitecture.set(architectureKey, pool);
  }
  return versions;
}

export interface BenchApproval {
  version: number;
  team: number | null;
  status: "ACTIVE" | "NEEDS_REVIEW" | "EXPIRED" | "REVOKED";
  reviewByDays: number;
  uses: string[];
  waived: string[];
  waiverExpiresDays: number;
}

/** 20,000 approvals of distinct versions: mostly active, some lapsed, flagged, expired or revoked. */
export function generateApprovals(): BenchApproval[] {
  const next = random(7);
  const approvals: BenchApproval[] = [];
  const taken = new Set<number>();
  while (approvals.length < BENCH_SIZES.approvals) {
    const version = Math.floor(next() * BENCH_SIZES.versions);
    if (taken.has(version)) continue;
    taken.add(version);
    const roll = next();
    const status = roll < 0.82 ? "ACTIVE" : roll < 0.9 ? "NEEDS_REVIEW" : roll < 0.96 ? "EXPIRED" : "REVOKED";
    const uses = INTENDED_USES.filter((use) => next() < (use === "INTERNAL_EXPLORATION" ? 0.7 : use === "COMMERCIAL_OUTPUTS" ? 0.45 : 0.2));
    if (uses.length === 0) uses.push("INTERNAL_EXPLORATION");
    approvals.push({
      version,
      team: next() < 0.3 ? null : Math.floor(next() * 3),
      status,
      reviewByDays: next() < 0.08 ? -Math.ceil(next() * 60) : Math.ceil(next() * 365),
      uses,
      waived: uses.filter(() => next() < 0.3),
      waiverExpiresDays: next() < 0.05 ? -Math.ceil(next() * 30) : Math.ceil(next() * 365),
    });
  }
  return approvals;
}
