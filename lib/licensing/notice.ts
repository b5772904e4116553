import type { EffectiveTerms, SourcedText } from "@/lib/licensing/effective-terms";
import { describeLayerSource, describeProvenance } from "@/lib/licensing/explain";
import { unionTexts } from "@/lib/licensing/text-union";
import { INTENDED_USE_LABELS, INTENDED_USES, TERM_STATUS_LABELS, type IntendedUse } from "@/lib/licensing/vocabulary";

export type NoticeWaiver = {
  use: IntendedUse;
  /** WaiverReason, e.g. LICENSE_ACQUIRED. */
  reason: string;
  reference?: string | null;
  /** null: withheld from this reader (lib/approvals/approval-visibility.ts). */
  comment: string | null;
  expiresAt: Date | string;
};

export type NoticeApproval = {
  versionName: string;
  approvedUses: readonly IntendedUse[];
  /** Conditions the reviewers set on the approval as a whole. */
  conditions: readonly string[];
  /** Conditions the reviewers set on single uses. */
  useConditions?: Readonly<Partial<Record<IntendedUse, string | null>>>;
  waivers: readonly NoticeWaiver[];
  /** null or absent: approved for every team. */
  teamName?: string | null;
  reviewBy?: Date | string | null;
};

/** The plain-text notice that people who use an approved checkpoint must carry. */
export function buildNotice(terms: EffectiveTerms, approval: NoticeApproval): string {
  const approvedUses = INTENDED_USES.filter((use) => approval.approvedUses.includes(use));
  const lines: string[] = [
    `NOTICE: ${approval.versionName}`,
    `Approved for: ${approvedUses.map((use) => INTENDED_USE_LABELS[use]).join(", ") || "no uses"}.`,
    approval.teamName ? `Team: ${approval.teamName}.` : "Team: every team.",
  ];
  if (approval.reviewBy) lines.push(`Review by: ${formatDate(approval.reviewBy)}.`);

  section(lines, "ATTRIBUTION AND OTHER OBLIGATIONS", sourcedLines(terms.obligations), "None recorded.");
  section(
    lines,
    "USE RESTRICTIONS THAT MUST BE PASSED ON (to anyone who receives the model, a derivative, or a service built on it)",
    sourcedLines(terms.passThroughRestrictions),
    "None recorded.",
  );
  section(
    lines,
    "CONDITIONS PER APPROVED USE",
    approvedUses.map((use) => useLine(terms, approval, use)),
    "No uses approved.",
  );
  section(
    lines,
    "CONDITIONS OF THIS APPROVAL",
    unionTexts(approval.conditions).map((text) => `- ${text}`),
    "None.",
  );
  if (terms.unknowns.length > 0) {
    section(lines, "NOT STATED BY THE RIGHTS HOLDERS (ask before relying on them)", sourcedLines(terms.unknowns), "None.");
  }
  return `${lines.join("\n")}\n`;
}

function useLine(terms: EffectiveTerms, approval: NoticeApproval, use: IntendedUse): string {
  const effective = terms.uses[use];
  const reviewerCondition = approval.useConditions?.[use];
  const conditions = unionTexts(effective.conditions, reviewerCondition ? [reviewerCondition] : []);
  const parts = [`- ${INTENDED_USE_LABELS[use]}: ${TERM_STATUS_LABELS[effective.status]}`];
  if (effective.status === "FORBIDDEN" || effective.status === "UNKNOWN") {
    parts[0] += ` (${effective.provenance.map(describeProvenance).join("; ")})`;
    const waiver = approval.waivers.find((candidate) => candidate.use === use);
    parts.push(
      waiver
        ? `approved under a waiver (${waiverLabel(waiver)}${waiver.comment?.trim() ? `: "${waiver.comment.trim()}"` : ""})`
        : "approved without a recorded waiver",
    );
  }
  parts.push(conditions.length > 0 ? `conditions: ${conditions.join("; ")}` : "no conditions");
  return `${parts.join("; ")}.`;
}

function waiverLabel(waiver: NoticeWaiver): string {
  const reason = waiver.reason.replaceAll("_", " ").toLowerCase();
  const reference = waiver.reference?.trim() ? `, reference ${waiver.reference.trim()}` : "";
  return `${reason}${reference}, expires ${formatDate(waiver.expiresAt)}`;
}

function sourcedLines(entries: readonly SourcedText[]): string[] {
  return entries.map((entry) => `- ${entry.text}\n  Source: ${entry.sources.map(describeLayerSource).join("; ")}`);
}

function section(lines: string[], title: string, body: string[], empty: string): void {
  lines.push("", title);
  lines.push(...(body.length > 0 ? body : [`- ${empty}`]));
}

function formatDate(value: Date | string): string {
  const text = value instanceof Date ? value.toISOString() : value;
  return /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
}
