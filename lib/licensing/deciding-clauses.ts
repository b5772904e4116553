import type { EffectiveTerms, Provenance } from "@/lib/licensing/effective-terms";
import { describeProvenance } from "@/lib/licensing/explain";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";

// A licence declared by several versions of a lineage (RAIL++-M by SDXL, by a fine-tune of it and
// by a merge of both) decides a use once: these group the engine's provenance by licence version,
// so a page names each deciding licence once, with its clause and a link to its text.

export interface DecidingClause {
  use: IntendedUse;
  status: TermStatus;
  /** The clause that decides it; null when the record cites none (or the licence is silent). */
  basis: string | null;
  /** false when the licence does not state the use and is read as UNKNOWN. */
  stated: boolean;
}

export interface DecidingLicense {
  licenseVersionId: string;
  licenseKey: string;
  licenseName: string;
  revision: number;
  url: string | null;
  /** The versions of the lineage that declare it, nearest first. */
  declaredBy: string[];
  clauses: DecidingClause[];
}

/** Each licence that decides at least one use, once, with the clause for each use it decides. */
export function decidingClauses(terms: Pick<EffectiveTerms, "uses">): DecidingLicense[] {
  const byVersion = new Map<string, DecidingLicense>();
  for (const use of INTENDED_USES) {
    const term = terms.uses[use];
    for (const entry of term.provenance) {
      const source = entry.source;
      if (source.kind !== "license") continue;
      let license = byVersion.get(source.licenseVersionId);
      if (!license) {
        license = {
          licenseVersionId: source.licenseVersionId,
          licenseKey: source.licenseKey,
          licenseName: source.licenseName,
          revision: source.revision,
          url: source.licenseUrl ?? null,
          declaredBy: [],
          clauses: [],
        };
        byVersion.set(source.licenseVersionId, license);
      }
      if (!license.declaredBy.includes(source.versionName)) license.declaredBy.push(source.versionName);
      if (!license.clauses.some((clause) => clause.use === use)) {
        license.clauses.push({ use, status: term.status, basis: entry.basis ?? null, stated: entry.stated });
      }
    }
  }
  return [...byVersion.values()];
}

/**
 * The layers that decide a use, in words, one line per licence (its declaring versions joined)
 * and one per other layer: "CreativeML Open RAIL++-M (licence of SDXL 1.0 and XL Trinity Mix)".
 */
export function describeDecidingLayers(provenance: readonly Provenance[]): string[] {
  const lines: string[] = [];
  const licenseLines = new Map<string, { index: number; name: string; versions: string[]; silent: boolean }>();
  for (const entry of provenance) {
    const source = entry.source;
    if (source.kind !== "license") {
      lines.push(describeProvenance(entry));
      continue;
    }
    const existing = licenseLines.get(source.licenseVersionId);
    if (existing) {
      if (!existing.versions.includes(source.versionName)) existing.versions.push(source.versionName);
      continue;
    }
    licenseLines.set(source.licenseVersionId, { index: lines.length, name: source.licenseName, versions: [source.versionName], silent: !entry.stated });
    lines.push("");
  }
  for (const line of licenseLines.values()) {
    lines[line.index] = `${line.name} (licence of ${joinNames(line.versions)})${line.silent ? ", which does not state this use" : ""}`;
  }
  return lines;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
