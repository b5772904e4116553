/**
 * Who may do what: one function per capability, asked by every page, server action and API route.
 * Pure (no database, no framework): callers load the actor and the subject and pass them in.
 */

export const ORG_ROLES = ["ADMIN", "LEGAL_REVIEWER", "TECH_REVIEWER", "AUDITOR"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const ORG_ROLE_LABELS: Record<OrgRole, string> = {
  ADMIN: "Admin",
  LEGAL_REVIEWER: "Legal reviewer",
  TECH_REVIEWER: "Technical reviewer",
  AUDITOR: "Auditor",
};

/** The signed-in user as the policy sees them. `null` is an anonymous caller. */
export interface Actor {
  id: string;
  /** How the audit trail names the caller. */
  email: string;
  active: boolean;
  roles: readonly OrgRole[];
  teamIds: readonly string[];
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

function signedIn(actor: Actor | null): actor is Actor {
  return actor !== null && actor.active;
}

function hasRole(actor: Actor, role: OrgRole): boolean {
  return actor.roles.includes(role);
}

const SIGN_IN_REQUIRED = "Sign in to continue.";

export function canBrowse(actor: Actor | null): Decision {
  return signedIn(actor) ? ALLOW : deny(SIGN_IN_REQUIRED);
}

/**
 * "Was this image made with an approved model?": any signed-in user, for a team they belong to (or
 * with no team, where only approvals for every team count). Read-only.
 */
export function canCheckImages(actor: Actor | null, teamId: string | null = null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  if (teamId !== null && !actor.teamIds.includes(teamId)) return deny("You can check images only for a team you belong to.");
  return ALLOW;
}

/**
 * "Is this file approved for team X?" (the lookup API, the verify CLI's --team): an approval scoped
 * to a team is that team's to rely on, so only its members may ask with it. Without a team, only
 * approvals for every team count, and anyone signed in may ask.
 */
export function canRelyOnTeamApprovals(actor: Actor | null, teamId: string | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  if (teamId !== null && !actor.teamIds.includes(teamId)) return deny("You can ask what is approved only for a team you belong to.");
  return ALLOW;
}

export function canSubmitForTeam(actor: Actor | null, teamId: string): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return actor.teamIds.includes(teamId) ? ALLOW : deny("You can submit only for a team you belong to.");
}

/** Whether the actor may submit at all (belongs to at least one team). */
export function canSubmit(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return actor.teamIds.length > 0 ? ALLOW : deny("You are not a member of any team yet; ask an admin to add you to one.");
}

export interface ReviewRequestFacts {
  submitterId: string;
  teamId: string;
  status: string;
}

const OPEN_STATUSES = new Set(["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"]);

export function canWithdraw(actor: Actor | null, request: ReviewRequestFacts): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  if (request.submitterId !== actor.id) return deny("Only the submitter can withdraw a request.");
  return OPEN_STATUSES.has(request.status) ? ALLOW : deny("This request has already been decided.");
}

/** Editing and resubmitting after REQUEST_CHANGES. */
export function canResubmit(actor: Actor | null, request: ReviewRequestFacts): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  if (request.submitterId !== actor.id) return deny("Only the submitter can resubmit a request.");
  return request.status === "CHANGES_REQUESTED" ? ALLOW : deny("Only a request returned for changes can be resubmitted.");
}

function canSignOff(actor: Actor | null, request: ReviewRequestFacts, role: OrgRole, capacity: string): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  if (!hasRole(actor, role)) return deny(`Signing off as ${capacity} needs the ${ORG_ROLE_LABELS[role]} role.`);
  if (request.submitterId === actor.id) return deny("You cannot sign off on a request you submitted (separation of duties).");
  return ALLOW;
}

export function canSignOffAsLegal(actor: Actor | null, request: ReviewRequestFacts): Decision {
  return canSignOff(actor, request, "LEGAL_REVIEWER", "legal reviewer");
}

export function canSignOffAsTechnical(actor: Actor | null, request: ReviewRequestFacts): Decision {
  return canSignOff(actor, request, "TECH_REVIEWER", "technical reviewer");
}

/** Reviewers see the queue; so do admins, who answer for the process. */
export function canReadReviewQueue(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return hasRole(actor, "LEGAL_REVIEWER") || hasRole(actor, "TECH_REVIEWER") || hasRole(actor, "ADMIN")
    ? ALLOW
    : deny("The review queue is for legal and technical reviewers.");
}

/** A request is visible to its team, to reviewers, to admins and to auditors. */
export function canReadReviewRequest(actor: Actor | null, request: ReviewRequestFacts): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  if (request.submitterId === actor.id || actor.teamIds.includes(request.teamId)) return ALLOW;
  if (canReadReviewQueue(actor).allowed || hasRole(actor, "AUDITOR")) return ALLOW;
  return deny("This request belongs to another team.");
}

/** Revoking an approval is a legal decision. */
export function canRevokeApproval(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return hasRole(actor, "LEGAL_REVIEWER") || hasRole(actor, "ADMIN") ? ALLOW : deny("Revoking an approval needs the Legal reviewer or Admin role.");
}

/** The organisation's answers to keyed licence conditions are a legal record: legal reviewers and admins keep them. */
export function canRecordOrganisationFacts(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return hasRole(actor, "LEGAL_REVIEWER") || hasRole(actor, "ADMIN")
    ? ALLOW
    : deny("Recording the organisation's answers to licence conditions needs the Legal reviewer or Admin role.");
}

export function canManageCatalog(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return hasRole(actor, "ADMIN") ? ALLOW : deny("Managing the catalog and licenses needs the Admin role.");
}

export function canManageUsers(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return hasRole(actor, "ADMIN") ? ALLOW : deny("Managing users, teams and roles needs the Admin role.");
}

/** Webhook endpoints receive every approval change and hold signing secrets: admins only. */
export function canManageWebhooks(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return hasRole(actor, "ADMIN") ? ALLOW : deny("Managing webhooks needs the Admin role.");
}

export function canReadAudit(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return hasRole(actor, "AUDITOR") || hasRole(actor, "ADMIN") ? ALLOW : deny("The audit trail is for auditors and admins.");
}

/** The overview: every signed-in user sees the catalogue's side of it (approvals by use, licences, lineage violations). */
export function canReadOverview(actor: Actor | null): Decision {
  return signedIn(actor) ? ALLOW : deny(SIGN_IN_REQUIRED);
}

/**
 * The overview's process side — the review backlog, expiring approvals and waivers, grants per month —
 * is for the people who run and check the process: reviewers, auditors and admins.
 */
export function canReadProcessOverview(actor: Actor | null): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  return canReadReviewQueue(actor).allowed || hasRole(actor, "AUDITOR")
    ? ALLOW
    : deny("The review backlog and expiring approvals are for reviewers, auditors and admins.");
}

export function canExportAudit(actor: Actor | null): Decision {
  return canReadAudit(actor);
}

/** Every user manages their own API tokens; admins may also revoke anyone's. */
export function canManageTokens(actor: Actor | null, tokenOwnerId?: string): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  if (tokenOwnerId === undefined || tokenOwnerId === actor.id || hasRole(actor, "ADMIN")) return ALLOW;
  return deny("You can manage only your own tokens.");
}

/**
 * A standing approval: every signed-in member may see that it exists, for which team, its uses, its
 * conditions and its notice — teams learn what others already cleared (DESIGN.md §2, "Visibility
 * of a team-scoped approval"). What stays with the team is canReadApprovalRationale's.
 */
export function canReadApproval(actor: Actor | null, _approval: { teamId: string | null }): Decision {
  return signedIn(actor) ? ALLOW : deny(SIGN_IN_REQUIRED);
}

/**
 * Why an approval was given: its waivers' references and comments and its sign-off comments. For
 * a team-scoped approval, only that team, reviewers, auditors and admins; for an approval for every
 * team, everyone it is for. Only the team it is scoped to may rely on it (lookups, "approved for my team").
 */
export function canReadApprovalRationale(actor: Actor | null, approval: { teamId: string | null }): Decision {
  if (!signedIn(actor)) return deny(SIGN_IN_REQUIRED);
  if (approval.teamId === null || actor.teamIds.includes(approval.teamId)) return ALLOW;
  if (canReadReviewQueue(actor).allowed || hasRole(actor, "AUDITOR")) return ALLOW;
  return deny("Waiver references and comments of another team's approval are for that team, reviewers, auditors and admins.");
}
