import type { SafetensorsInspection } from "@/lib/safetensors/inspect";

// Turning what a dropped file says into form values: pure helpers, unit-tested.

export interface LicenseOption {
  id: string;
  key: string;
  name: string;
  aliases: readonly string[];
}

/** Lower case without spaces, dashes or underscores; "+" is kept so RAIL++-M never matches RAIL-M. */
function normalizeLicense(text: string): string {
  return text
    .toLowerCase()
    .replace(/^licenseref-/, "")
    .replace(/[\s_\-.]/g, "");
}

/** The catalog license a ModelSpec `modelspec.license` value names, by name, key or alias; null if none or unclear. */
export function matchLicense(metadataLicense: string | undefined, licenses: readonly LicenseOption[]): LicenseOption | null {
  if (!metadataLicense?.trim()) return null;
  const wanted = normalizeLicense(metadataLicense);
  const matches = licenses.filter((license) => [license.name, license.key, ...license.aliases].some((text) => normalizeLicense(text) === wanted));
  return matches.length === 1 ? matches[0]! : null;
}

/** The checkpoint name a file suggests: its ModelSpec title, else its file name without the extension. */
export function suggestedName(inspection: Pick<SafetensorsInspection, "title" | "fileName">): string {
  if (inspection.title?.trim()) return inspection.title.trim();
  return inspection.fileName
    .replace(/\.safetensors$/i, "")
    .replace(/[_]+/g, " ")
    .trim();
}

/** The hashes to look up in the catalog for the file's suggested merge parents. */
export function parentHashes(inspection: Pick<SafetensorsInspection, "suggestedParents">): { sha256: string[]; short: string[] } {
  const sha256: string[] = [];
  const short: string[] = [];
  for (const parent of inspection.suggestedParents) {
    if (parent.sha256) sha256.push(parent.sha256);
    else if (parent.shortHash) short.push(parent.shortHash);
  }
  return { sha256, short };
}
