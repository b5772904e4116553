// Audit events store their subject's type as the model's name ("CheckpointVersion"); people read
// these words instead. A type not listed here reads as its name split into words.

export const AUDIT_SUBJECT_TYPE_LABELS: Readonly<Record<string, string>> = {
  ApiToken: "API token",
  Approval: "Approval",
  Checkpoint: "Checkpoint",
  CheckpointVersion: "Checkpoint version",
  CreatorTerms: "Creator terms",
  License: "License",
  LicenseVersion: "License revision",
  LineageEdge: "Lineage link",
  Notification: "Notification",
  ReviewRequest: "Review request",
  Team: "Team",
  User: "User",
};

export function auditSubjectTypeLabel(type: string): string {
  const label = AUDIT_SUBJECT_TYPE_LABELS[type];
  if (label) return label;
  const words = type.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
