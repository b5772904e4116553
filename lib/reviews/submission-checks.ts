import type { EffectiveTerms } from "@/lib/licensing/effective-terms";
import { describeViolation } from "@/lib/licensing/explain";
import { describeUseTerm } from "@/lib/licensing/use-reasons";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

// Findings computed when a request is submitted: shown to the submitter before sending, stored on
// the request (ReviewRequest.checks) for reviewers. They inform, they do not block: a reviewer can
// waive a FORBIDDEN use, and only a person can tell a re-upload from a legitimate re-release.

export type SubmissionCheckCode =
  "ARCHITECTURE_MISMATCH" | "PARENT_ARCHITECTURE_MISMATCH" | "REUPLOAD" | "FILE_MISMATCH" | "LINEAGE_VIOLATION" | "USE_FORBIDDEN" | "USE_UNKNOWN";

export type CheckSeverity = "error" | "warning";

export interface SubmissionCheck {
  code: SubmissionCheckCode;
  severity: CheckSeverity;
  message: string;
  use?: IntendedUse;
}

export interface CataloguedFile {
  versionId: string;
  /** "Checkpoint version", e.g. "Pony Diffusion V6 XL". */
  name: string;
  licenseKeys: readonly string[];
  licenseNames: readonly string[];
}

export interface SubmissionCheckFacts {
  /** The would-be or catalogued version's display name. */
  subjectName: string;
  /** The architecture the submission claims (catalogued: the version's), by key. */
  claimedArchitecture: string | null;
  /** The architecture the in-browser inspection detected from the file's tensors. */
  detectedArchitecture: string | null;
  architectureNames: Readonly<Record<string, string>>;
  /** Parents of a new version, with their catalogued architecture. */
  parents: readonly { name: string; architectureKey: string }[];
  subjectLicenseKeys: readonly string[];
  /** For a catalogued version: its recorded SHA-256, and the one of the file the submitter inspected. */
  cataloguedSha256?: string | null;
  inspectedSha256?: string | null;
  /** Other catalogued versions whose file has the submitted SHA-256 (the subject itself excluded). */
  sameFile: readonly CataloguedFile[];
  /** Effective terms of the subject; null when they cannot be computed (nothing to compute from yet). */
  terms: EffectiveTerms | null;
  requestedUses: readonly IntendedUse[];
}

const SEVERITY_ORDER: Record<CheckSeverity, number> = { error: 0, warning: 1 };

export function computeSubmissionChecks(facts: SubmissionCheckFacts): SubmissionCheck[] {
  const checks: SubmissionCheck[] = [];
  const archName = (key: string) => facts.architectureNames[key] ?? key;

  if (facts.claimedArchitecture && facts.detectedArchitecture && facts.claimedArchitecture !== facts.detectedArchitecture) {
    checks.push({
      code: "ARCHITECTURE_MISMATCH",
      severity: "error",
      message: `The submission says ${archName(facts.claimedArchitecture)}, but the file's tensors are ${archName(facts.detectedArchitecture)}.`,
    });
  }
  if (facts.claimedArchitecture) {
    for (const parent of facts.parents) {
      if (parent.architectureKey !== facts.claimedArchitecture) {
        checks.push({
          code: "PARENT_ARCHITECTURE_MISMATCH",
          severity: "warning",
          message: `Parent ${parent.name} is ${archName(parent.architectureKey)}, but the submission says ${archName(facts.claimedArchitecture)}.`,
        });
      }
    }
  }

  if (facts.cataloguedSha256 && facts.inspectedSha256 && facts.cataloguedSha256 !== facts.inspectedSha256) {
    checks.push({
      code: "FILE_MISMATCH",
      severity: "error",
      message: `The file you inspected is not the one catalogued for ${facts.subjectName}: their SHA-256 differ.`,
    });
  }
  for (const other of facts.sameFile) checks.push(reuploadCheck(facts, other));

  for (const violation of facts.terms?.violations ?? []) {
    checks.push({ code: "LINEAGE_VIOLATION", severity: violation.severity, message: describeViolation(violation) });
  }

  if (facts.terms) {
    for (const use of facts.requestedUses) {
      const term = facts.terms.uses[use];
      const status = term.status;
      if (status === "FORBIDDEN") {
        checks.push({
          code: "USE_FORBIDDEN",
          severity: "error",
          use,
          message: `${describeUseTerm(term)}: it can be approved only with a waiver from the legal reviewer.`,
        });
      } else if (status === "UNKNOWN") {
        checks.push({
          code: "USE_UNKNOWN",
          severity: "warning",
          use,
          message: `${describeUseTerm(term)}: it can be approved only with a waiver from the legal reviewer.`,
        });
      }
    }
  }
  return checks.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function reuploadCheck(facts: SubmissionCheckFacts, other: CataloguedFile): SubmissionCheck {
  const sameName = normalize(other.name) === normalize(facts.subjectName);
  const sameLicenses = sameSet(other.licenseKeys, facts.subjectLicenseKeys);
  const licenses = other.licenseNames.length > 0 ? other.licenseNames.join(" + ") : "no recorded license";
  let message: string;
  if (!sameName && !sameLicenses) {
    message = `This file is already catalogued as ${other.name}, under ${licenses}: a re-upload under another name and license?`;
  } else if (!sameName) {
    message = `This file is already catalogued as ${other.name}: a re-upload under another name?`;
  } else if (!sameLicenses) {
    message = `This file is already catalogued as ${other.name} under ${licenses}: the submission declares another license.`;
  } else {
    message = `This file is already catalogued as ${other.name}: submit that catalogued version rather than a new one.`;
  }
  return { code: "REUPLOAD", severity: sameName && sameLicenses ? "warning" : "error", message };
}

function normalize(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}
