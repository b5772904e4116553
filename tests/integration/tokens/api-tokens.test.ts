import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as listCheckpoints } from "@/app/api/v1/checkpoints/route";
import { deactivateUser } from "@/lib/server/admin/set-user-active";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, ForbiddenError } from "@/lib/server/errors";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/queries";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { auditBy, createPerson } from "../auth/support/people";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The equivalent of `curl -H "Authorization: Bearer $TOKEN" http://localhost:3000/api/v1/checkpoints`. */
async function getCheckpoints(token?: string): Promise<{ status: number; body: unknown; contentType: string | null }> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const response = await listCheckpoints(new Request("http://localhost:3000/api/v1/checkpoints", { headers }));
  return { status: response.status, body: await response.json(), contentType: response.headers.get("content-type") };
}

const UNAUTHENTICATED = { error: { code: "UNAUTHENTICATED", message: expect.any(String) } };

describe("API tokens", () => {
  it("are stored only as a hash, shown once, listed by prefix, and audited without the secret", async () => {
    const member = await createPerson(prisma);
    const before = Date.now();
    const issued = await createApiToken(member.actor, { name: "render farm", expiresInDays: 30 });

    expect(issued.token).toMatch(/^cpr_[A-Za-z0-9_-]{43}$/);
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    expect(row.prefix).toBe(issued.token.slice(0, 10));
    expect(Object.values(row).map(String)).not.toContain(issued.token);
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 30 * DAY_MS);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS);

    expect(await listApiTokens(member.user.id)).toEqual([
      expect.objectContaining({ id: issued.id, name: "render farm", prefix: row.prefix, status: "active", lastUsedAt: null }),
    ]);

    const [event] = await auditBy(prisma, member.user.id);
    expect(event).toMatchObject({ action: "token.created", subjectType: "ApiToken", subjectId: issued.id, before: null });
    expect(event!.after).toEqual({ owner: member.user.email, name: "render farm", prefix: row.prefix, expiresAt: row.expiresAt.toISOString() });
    expect(JSON.stringify(event!.after)).not.toContain(issued.token.slice(10));
    expect(JSON.stringify(event!.after)).not.toContain(row.tokenHash);
  });

  it("no token gets 401 JSON; a valid token gets 200 with the caller's rights; revoked and expired tokens get 401 JSON", async () => {
    const member = await createPerson(prisma);

    const anonymous = await getCheckpoints();
    expect(anonymous.status).toBe(401);
    expect(anonymous.contentType).toMatch(/application\/json/);
    expect(anonymous.body).toEqual(UNAUTHENTICATED);
    expect((await getCheckpoints("cpr_not-a-real-token")).status).toBe(401);

    const live = await createApiToken(member.actor, { name: "ci", expiresInDays: 90 });
    const ok = await getCheckpoints(live.token);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ total: expect.any(Number), page: 1 });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: live.id } })).lastUsedAt).toBeInstanceOf(Date);

    await revokeApiToken(member.actor, { tokenId: live.id });
    const revoked = await getCheckpoints(live.token);
    expect(revoked.status).toBe(401);
    expect(revoked.body).toEqual(UNAUTHENTICATED);

    const expiring = await createApiToken(member.actor, { name: "expiring", expiresInDays: 1 });
    await prisma.apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await getCheckpoints(expiring.token);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual(UNAUTHENTICATED);
    expect((await listApiTokens(member.user.id)).map((token) => [token.name, token.status])).toEqual([
      ["expiring", "expired"],
      ["ci", "revoked"],
    ]);
  });

  it("stop working when their owner is deactivated", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const member = await createPerson(prisma);
    const issued = await createApiToken(member.actor, { name: "leaver", expiresInDays: 7 });
    expect((await getCheckpoints(issued.token)).status).toBe(200);
    await deactivateUser(admin.actor, { userId: member.user.id });
    expect((await getCheckpoints(issued.token)).status).toBe(401);
  });

  it("revoking: the owner and admins may, others are refused and nothing is written", async () => {
    const owner = await createPerson(prisma);
    const stranger = await createPerson(prisma, { roles: ["LEGAL_REVIEWER", "AUDITOR", "TECH_REVIEWER"] });
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const issued = await createApiToken(owner.actor, { name: "shared-runner", expiresInDays: 7 });

    await expect(revokeApiToken(stranger.actor, { tokenId: issued.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: issued.id } })).revokedAt).toBeNull();
    expect(await auditBy(prisma, stranger.user.id)).toEqual([]);

    await revokeApiToken(admin.actor, { tokenId: issued.id });
    const revokedAt = (await prisma.apiToken.findUniqueOrThrow({ where: { id: issued.id } })).revokedAt;
    expect(revokedAt).toBeInstanceOf(Date);
    const [event] = await auditBy(prisma, admin.user.id);
    expect(event).toMatchObject({ action: "token.revoked", subjectId: issued.id, actorLabel: admin.user.email });
    expect(event!.before).toMatchObject({ owner: owner.user.email, revokedAt: null });
    expect(event!.after).toMatchObject({ owner: owner.user.email, revokedAt: revokedAt!.toISOString() });

    await expect(revokeApiToken(owner.actor, { tokenId: issued.id })).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses a second active token with the same name, and a token for a deactivated user", async () => {
    const member = await createPerson(prisma);
    await createApiToken(member.actor, { name: "nightly", expiresInDays: 7 });
    await expect(createApiToken(member.actor, { name: "nightly", expiresInDays: 7 })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: [expect.any(String)] },
    });
    expect(await prisma.apiToken.count({ where: { userId: member.user.id } })).toBe(1);

    const gone = await createPerson(prisma, { active: false });
    await expect(createApiToken({ ...gone.actor, active: true }, { name: "x", expiresInDays: 7 })).rejects.toBeInstanceOf(ConflictError);
    await expect(createApiToken(gone.actor, { name: "x", expiresInDays: 7 })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.apiToken.count({ where: { userId: gone.user.id } })).toBe(0);
  });
});
