import "server-only";
import { prisma } from "@/lib/server/db/prisma";
import { checkSubmissionDraft, type SubmissionCheckResult, type SubmissionDraft } from "@/lib/server/submissions/submission-checks";
import { queryTerms } from "@/lib/catalog/search-terms";
import type { BaseCandidate } from "@/lib/reviews/parent-proposal";

// Reads behind the submit form: its options, and the searches its pickers run as people type.
// Name searches use the browse read model's word-prefix index (VersionSummary.searchTerms), so they
// stay fast on a catalog of 100,000 versions.

export interface SubmitFormOptions {
  architectures: { key: string; name: string }[];
  licenses: { id: string; key: string; name: string; aliases: string[]; summary: string | null }[];
}

export async function getSubmitFormOptions(): Promise<SubmitFormOptions> {
  const [architectures, licenses] = await Promise.all([
    prisma.architecture.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { key: true, name: true } }),
    prisma.license.findMany({
      orderBy: { name: "asc" },
      select: { id: true, key: true, name: true, aliases: true, versions: { orderBy: { revision: "desc" }, take: 1, select: { summary: true } } },
    }),
  ]);
  return {
    architectures,
    licenses: licenses.map(({ versions, ...license }) => ({ ...license, summary: versions[0]?.summary ?? null })),
  };
}

/** An option of the pickers: what the list shows and what the form submits. */
export interface PickerOption {
  id: string;
  label: string;
  detail: string;
}

const SEARCH_LIMIT = 10;

export async function searchVersions(query: string): Promise<PickerOption[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const rows = await prisma.versionSummary.findMany({
    where: { searchTerms: { hasEvery: terms } },
    orderBy: [{ checkpointName: "asc" }, { versionLabel: "asc" }],
    take: SEARCH_LIMIT,
    select: { versionId: true, checkpointName: true, versionLabel: true, kind: true, architectureKey: true, ownLicenses: true },
  });
  return rows.map((row) => ({
    id: row.versionId,
    label: `${row.checkpointName} ${row.versionLabel}`,
    detail: [row.architectureKey, row.kind.toLowerCase(), licenseNames(row.ownLicenses)].filter(Boolean).join(" · "),
  }));
}

export async function searchCheckpoints(query: string): Promise<PickerOption[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const rows = await prisma.versionSummary.findMany({
    where: { searchTerms: { hasEvery: terms } },
    distinct: ["checkpointId"],
    orderBy: [{ checkpointId: "asc" }],
    take: 50,
    select: { checkpointId: true, checkpointName: true },
  });
  return rows
    .sort((a, b) => a.checkpointName.localeCompare(b.checkpointName))
    .slice(0, SEARCH_LIMIT)
    .map((row) => ({ id: row.checkpointId, label: row.checkpointName, detail: "in the catalog" }));
}

export interface HashMatch extends PickerOption {
  /** The hash that matched, as asked (a full SHA-256 or a short hash prefix). */
  hash: string;
}

/**
 * Catalogued versions whose file SHA-256 is one of the given hashes, or starts with one of the
 * short hashes (A1111's 10-digit "shorthash" in merge recipes). Short hashes need at least 8 digits.
 */
export async function findVersionsByHashes(sha256s: readonly string[], shortHashes: readonly string[]): Promise<HashMatch[]> {
  const full = [...new Set(sha256s.map((hash) => hash.toLowerCase()).filter((hash) => /^[0-9a-f]{64}$/.test(hash)))].slice(0, 20);
  const short = [...new Set(shortHashes.map((hash) => hash.toLowerCase()).filter((hash) => /^[0-9a-f]{8,63}$/.test(hash)))].slice(0, 20);
  if (full.length === 0 && short.length === 0) return [];
  const rows = await prisma.checkpointVersion.findMany({
    where: { OR: [{ sha256: { in: full } }, ...short.map((prefix) => ({ sha256: { startsWith: prefix } }))] },
    take: 40,
    select: { id: true, sha256: true, version: true, kind: true, architectureKey: true, checkpoint: { select: { name: true } } },
  });
  return rows.flatMap((row) => {
    const hash = full.find((candidate) => candidate === row.sha256) ?? short.find((prefix) => row.sha256?.startsWith(prefix));
    return hash ? [{ hash, id: row.id, label: `${row.checkpoint.name} ${row.version}`, detail: `${row.architectureKey} · ${row.kind.toLowerCase()}` }] : [];
  });
}

/**
 * The catalog's BASE versions of one architecture, with the source URL and the checkpoint's names
 * that lib/reviews/parent-proposal.ts matches a dropped file's shapes against. Bases are few.
 */
export async function findBaseVersions(architectureKey: string): Promise<BaseCandidate[]> {
  const rows = await prisma.checkpointVersion.findMany({
    where: { kind: "BASE", architectureKey },
    orderBy: [{ checkpoint: { name: "asc" } }, { version: "asc" }],
    take: 50,
    select: { id: true, version: true, sourceUrl: true, architectureKey: true, checkpoint: { select: { name: true, aliases: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    label: `${row.checkpoint.name} ${row.version}`,
    detail: `${row.architectureKey} · base`,
    sourceUrl: row.sourceUrl,
    names: [row.checkpoint.name, ...row.checkpoint.aliases],
  }));
}

function licenseNames(value: unknown): string {
  if (!Array.isArray(value)) return "";
  return value
    .map((entry) => (entry && typeof entry === "object" && "name" in entry ? String(entry.name) : ""))
    .filter(Boolean)
    .join(" + ");
}

/** The checks a submission would get, from the form as it stands; shown before sending. Writes nothing. */
export async function previewSubmissionChecks(draft: SubmissionDraft): Promise<Pick<SubmissionCheckResult, "checks" | "useStatuses">> {
  const { checks, useStatuses } = await checkSubmissionDraft(prisma, draft);
  return { checks, useStatuses };
}
