import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";

/** How the audit trail names an event's subject, and where it is shown. */
export interface AuditSubjectName {
  name: string;
  href: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const versionName = (version: { version: string; checkpoint: { name: string } }) => `${version.checkpoint.name} ${version.version}`;
const versionSelect = { version: true, checkpoint: { select: { name: true } } } as const;

/**
 * Names for a page of events' subjects, keyed `Type:id`: one query per subject type, never one per
 * event. A subject that no longer exists (a removed lineage link) has no name; the row shows its id.
 */
export async function nameAuditSubjects(
  db: PrismaClient | TransactionClient,
  subjects: readonly { subjectType: string; subjectId: string }[],
  /** Whether to link the admin pages (users, teams, the catalog editor); others would be refused there. */
  options: { adminLinks?: boolean } = {},
): Promise<Map<string, AuditSubjectName>> {
  const idsOf = (...types: string[]) => [
    ...new Set(subjects.filter((subject) => types.includes(subject.subjectType) && UUID.test(subject.subjectId)).map((subject) => subject.subjectId)),
  ];
  const none = Promise.resolve([]);
  const [versions, approvals, requests, checkpoints, licenses, licenseVersions, edges, users, teams, tokens] = await Promise.all([
    idsOf("CheckpointVersion", "CreatorTerms").length
      ? db.checkpointVersion.findMany({ where: { id: { in: idsOf("CheckpointVersion", "CreatorTerms") } }, select: { id: true, ...versionSelect } })
      : none,
    idsOf("Approval").length
      ? db.approval.findMany({
          where: { id: { in: idsOf("Approval") } },
          select: { id: true, versionId: true, version: { select: versionSelect }, team: { select: { name: true } } },
        })
      : none,
    idsOf("ReviewRequest").length
      ? db.reviewRequest.findMany({
          where: { id: { in: idsOf("ReviewRequest") } },
          select: { id: true, version: { select: versionSelect }, team: { select: { name: true } } },
        })
      : none,
    idsOf("Checkpoint").length ? db.checkpoint.findMany({ where: { id: { in: idsOf("Checkpoint") } }, select: { id: true, name: true } }) : none,
    idsOf("License").length ? db.license.findMany({ where: { id: { in: idsOf("License") } }, select: { id: true, name: true } }) : none,
    idsOf("LicenseVersion").length
      ? db.licenseVersion.findMany({
          where: { id: { in: idsOf("LicenseVersion") } },
          select: { id: true, revision: true, licenseId: true, license: { select: { name: true } } },
        })
      : none,
    idsOf("LineageEdge").length
      ? db.lineageEdge.findMany({
          where: { id: { in: idsOf("LineageEdge") } },
          select: { id: true, childId: true, parent: { select: versionSelect }, child: { select: versionSelect } },
        })
      : none,
    idsOf("User").length ? db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, email: true, name: true } }) : none,
    idsOf("Team").length ? db.team.findMany({ where: { id: { in: idsOf("Team") } }, select: { id: true, name: true } }) : none,
    idsOf("ApiToken").length
      ? db.apiToken.findMany({ where: { id: { in: idsOf("ApiToken") } }, select: { id: true, name: true, user: { select: { email: true } } } })
      : none,
  ]);

  const admin = (href: string) => (options.adminLinks ? href : null);
  const names = new Map<string, AuditSubjectName>();
  for (const version of versions) {
    names.set(`CheckpointVersion:${version.id}`, { name: versionName(version), href: `/checkpoints/${version.id}` });
    names.set(`CreatorTerms:${version.id}`, { name: `creator terms of ${versionName(version)}`, href: `/checkpoints/${version.id}` });
  }
  for (const approval of approvals) {
    names.set(`Approval:${approval.id}`, {
      name: `approval of ${versionName(approval.version)} for ${approval.team?.name ?? "every team"}`,
      href: `/checkpoints/${approval.versionId}`,
    });
  }
  for (const request of requests) {
    names.set(`ReviewRequest:${request.id}`, { name: `request for ${versionName(request.version)} by ${request.team.name}`, href: `/reviews/${request.id}` });
  }
  for (const checkpoint of checkpoints)
    names.set(`Checkpoint:${checkpoint.id}`, { name: checkpoint.name, href: admin(`/catalog/checkpoints/${checkpoint.id}`) });
  for (const license of licenses) names.set(`License:${license.id}`, { name: license.name, href: admin(`/catalog/licenses/${license.id}`) });
  for (const revision of licenseVersions) {
    names.set(`LicenseVersion:${revision.id}`, {
      name: `${revision.license.name} rev. ${revision.revision}`,
      href: admin(`/catalog/licenses/${revision.licenseId}`),
    });
  }
  for (const edge of edges) {
    names.set(`LineageEdge:${edge.id}`, { name: `${versionName(edge.parent)} → ${versionName(edge.child)}`, href: `/checkpoints/${edge.childId}` });
  }
  for (const user of users)
    names.set(`User:${user.id}`, { name: user.name ? `${user.name} (${user.email})` : user.email, href: admin(`/admin/users/${user.id}`) });
  for (const team of teams) names.set(`Team:${team.id}`, { name: team.name, href: admin(`/admin/teams/${team.id}`) });
  for (const token of tokens) names.set(`ApiToken:${token.id}`, { name: `token “${token.name}” of ${token.user.email}`, href: null });
  return names;
}
