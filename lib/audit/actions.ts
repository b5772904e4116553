/**
 * The audit trail's vocabulary: every action name an audit event may carry, closed and typed.
 * `recordAuditEvent` accepts only these; the audit page's filter lists them; exports and every view
 * of the trail show them.
 *
 * THE RULE: `<subject>.<what happened>`, two snake_case parts. The subject is the kind of record the
 * event is about (one of AUDIT_SUBJECTS); what happened is in the past tense (`created`,
 * `signed_off`), prefixed by the part of the subject it touched when it touched a part
 * (`team.member_added`, `license.version_created`). Events the seed writes end in `seeded`.
 *
 * ADDING AN ACTION: add its name here (the unit test checks the rule), pass it to recordAuditEvent in
 * the mutation's transaction, and list it in the action's access-matrix row.
 *
 * Names stored under an older scheme are never rewritten (the table is append-only and hash-chained):
 * LEGACY_AUDIT_ACTIONS maps each to its name here, and every reader goes through `auditActionName`.
 */
export const AUDIT_SUBJECTS = [
  "approval",
  "architecture",
  "audit",
  "checkpoint",
  "creator_terms",
  "license",
  "lineage",
  "notification",
  "organisation",
  "review",
  "team",
  "token",
  "user",
  "version",
  "webhook",
] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

export const AUDIT_ACTIONS = [
  "approval.expired",
  "approval.flagged",
  "approval.granted",
  "approval.revoked",
  "architecture.seeded",
  "audit.approvals_report_exported",
  "audit.exported",
  "checkpoint.created",
  "checkpoint.seeded",
  "checkpoint.updated",
  "creator_terms.updated",
  "license.created",
  "license.seeded",
  "license.updated",
  "license.version_created",
  "license.version_seeded",
  "lineage.edge_added",
  "lineage.edge_removed",
  "lineage.edge_seeded",
  "notification.all_read",
  "notification.read",
  "organisation.fact_expired",
  "organisation.fact_recorded",
  "organisation.fact_withdrawn",
  "review.approved",
  "review.changes_requested",
  "review.rejected",
  "review.resubmitted",
  "review.seeded",
  "review.signed_off",
  "review.submitted",
  "review.withdrawn",
  "team.created",
  "team.member_added",
  "team.member_removed",
  "team.renamed",
  "team.seeded",
  "token.created",
  "token.revoked",
  "user.created",
  "user.deactivated",
  "user.oidc_linked",
  "user.reactivated",
  "user.role_granted",
  "user.role_removed",
  "user.seeded",
  "version.created",
  "version.license_added",
  "version.license_removed",
  "version.seeded",
  "version.updated",
  "webhook.created",
  "webhook.deleted",
  "webhook.delivery_requeued",
  "webhook.disabled",
  "webhook.enabled",
] as const satisfies readonly `${AuditSubject}.${string}`[];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Names written before the vocabulary, as stored, and the name each reads as now. */
export const LEGACY_AUDIT_ACTIONS: Readonly<Record<string, AuditAction>> = {
  "catalog.checkpoint.created": "checkpoint.created",
  "catalog.checkpoint.updated": "checkpoint.updated",
  "catalog.version.created": "version.created",
  "catalog.version.updated": "version.updated",
  "catalog.version_license.added": "version.license_added",
  "catalog.version_license.removed": "version.license_removed",
  "approval.needs_review": "approval.flagged",
  "seed.architecture.created": "architecture.seeded",
  "seed.team.created": "team.seeded",
  "seed.user.created": "user.seeded",
  "seed.checkpoint.created": "checkpoint.seeded",
  "seed.lineage_edge.created": "lineage.edge_seeded",
  "seed.license.created": "license.seeded",
  "seed.license_version.created": "license.version_seeded",
  "seed.checkpoint_version.created": "version.seeded",
  "seed.review_request.created": "review.seeded",
};

const KNOWN = new Set<string>(AUDIT_ACTIONS);

export function isAuditAction(name: string): name is AuditAction {
  return KNOWN.has(name);
}

/** The vocabulary's name for a stored action; a name neither current nor legacy reads as stored. */
export function auditActionName(stored: string): string {
  return isAuditAction(stored) ? stored : (LEGACY_AUDIT_ACTIONS[stored] ?? stored);
}

/**
 * Every stored name an action filter means: `approval.granted` (exact) or `approval.` (a prefix),
 * in today's names or a legacy one, with the legacy names stored for the same actions.
 */
export function storedActionsMatching(filter: string): string[] {
  const matches = (name: string) => (filter.endsWith(".") ? name.startsWith(filter) : name === filter);
  const canonical = new Set<string>([
    ...AUDIT_ACTIONS.filter(matches),
    ...Object.entries(LEGACY_AUDIT_ACTIONS)
      .filter(([legacy]) => matches(legacy))
      .map(([, name]) => name),
  ]);
  const legacy = Object.entries(LEGACY_AUDIT_ACTIONS)
    .filter(([, name]) => canonical.has(name))
    .map(([stored]) => stored);
  return [...canonical, ...legacy].sort();
}
