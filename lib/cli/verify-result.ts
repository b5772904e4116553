import type { LookupApprovalBody, LookupResponse } from "@/lib/api/lookup-response";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

export type FileStatus = "APPROVED" | "NOT_APPROVED" | "NOT_CATALOGUED";

export interface FileVerdict {
  path: string;
  sha256: string;
  size: number;
  status: FileStatus;
  /** The catalogued versions that have this file. */
  versions: { id: string; name: string; url: string }[];
  /** Approvals that count for the question asked (use, team), with their conditions. */
  approvals: (LookupApprovalBody & { versionId: string; versionName: string })[];
  /** Uses approved for the question's team, over every matching version. */
  approvedUses: IntendedUse[];
}

/**
 * What a lookup answer means for one file. Only approvals that hold for the team asked about count:
 * with `team`, the registry already answers with that team's approvals and those for every team;
 * without it, an approval scoped to some team is not one this caller may rely on, so only approvals
 * for every team count.
 */
export function judgeFile(
  file: { path: string; sha256: string; size: number },
  lookup: LookupResponse | null,
  question: { use: IntendedUse | null; team: string | null },
): FileVerdict {
  if (!lookup || lookup.matches.length === 0) return { ...file, status: "NOT_CATALOGUED", versions: [], approvals: [], approvedUses: [] };
  const counted = lookup.matches.flatMap((match) =>
    match.approvals
      .filter((approval) => (question.team ? approval.team === null || approval.team.slug === question.team : approval.team === null))
      .map((approval) => ({ ...approval, versionId: match.id, versionName: match.name })),
  );
  const approvedUses = [...new Set(counted.map((approval) => approval.use))].sort() as IntendedUse[];
  const relevant = question.use ? counted.filter((approval) => approval.use === question.use) : counted;
  return {
    ...file,
    status: relevant.length > 0 ? "APPROVED" : "NOT_APPROVED",
    versions: lookup.matches.map((match) => ({ id: match.id, name: match.name, url: match.url })),
    approvals: relevant,
    approvedUses,
  };
}

const LABEL: Record<FileStatus, string> = { APPROVED: "APPROVED", NOT_APPROVED: "NOT APPROVED", NOT_CATALOGUED: "NOT CATALOGUED" };

/** One line per file, for people: status, path, then what the registry says about it. */
export function formatVerdict(verdict: FileVerdict, question: { use: IntendedUse | null; team: string | null }, displayPath = verdict.path): string {
  const head = `${LABEL[verdict.status].padEnd(14)} ${displayPath}`;
  if (verdict.status === "NOT_CATALOGUED") return `${head} — not catalogued (sha256 ${verdict.sha256})`;
  const names = verdict.versions.map((version) => version.name).join(", ");
  if (verdict.status === "NOT_APPROVED") {
    const forWhat = question.use ? `for ${question.use}` : "for any use";
    const other = verdict.approvedUses.length > 0 ? ` (approved for ${verdict.approvedUses.join(", ")})` : "";
    return `${head} — ${names}: not approved ${forWhat}${teamPhrase(question.team)}${other}`;
  }
  const details = verdict.approvals.map((approval) => {
    const scope = approval.team ? `team ${approval.team.slug}` : "every team";
    const conditions = approval.conditions.length > 0 ? `; conditions: ${approval.conditions.join("; ")}` : "";
    const waiver = approval.waived ? " (under a waiver)" : "";
    return `${approval.use} for ${scope} until ${approval.validUntil.slice(0, 10)}${waiver}${conditions}`;
  });
  return `${head} — ${names}: approved ${[...new Set(details)].join(" | ")}`;
}

function teamPhrase(team: string | null): string {
  return team ? ` for team ${team}` : " for every team";
}

/** 0 when every file is approved, 1 otherwise (an empty list of files is not a pass). */
export function exitCodeFor(verdicts: readonly FileVerdict[]): 0 | 1 {
  return verdicts.length > 0 && verdicts.every((verdict) => verdict.status === "APPROVED") ? 0 : 1;
}
