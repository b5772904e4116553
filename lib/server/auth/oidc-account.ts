import "server-only";
import { prisma } from "@/lib/server/db/prisma";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { normaliseEmail } from "@/lib/server/auth/sign-in-throttle";

/**
 * Finds the user an OpenID Connect sign-in belongs to, creating it on first sign-in with no roles
 * and no teams. Returns null for a deactivated account.
 */
export async function resolveOidcUser(input: { subject: string; email: string; name: string | null }): Promise<{ id: string } | null> {
  const email = normaliseEmail(input.email);
  return prisma.$transaction(async (tx) => {
    const linked = await tx.account.findUnique({
      where: { provider_providerAccountId: { provider: "oidc", providerAccountId: input.subject } },
      select: { user: { select: { id: true, active: true } } },
    });
    if (linked) return linked.user.active ? { id: linked.user.id } : null;

    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, active: true } });
    if (existing && !existing.active) return null;
    const user =
      existing ?? (await tx.user.create({ data: { email, name: input.name, emailVerified: new Date() }, select: { id: true, email: true, name: true } }));
    await tx.account.create({ data: { userId: user.id, type: "oauth", provider: "oidc", providerAccountId: input.subject } });
    await recordAuditEvent(tx, {
      actor: { id: user.id, label: email },
      action: existing ? "user.oidc_linked" : "user.created",
      subjectType: "User",
      subjectId: user.id,
      after: { email, name: input.name, roles: [], via: "oidc" },
    });
    return { id: user.id };
  });
}
