import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The session cookie read without next-auth's round trip: the same user id for a valid cookie,
// nothing for a forged, foreign or expired one, whether or not the value was seen before.

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined), has: (name: string) => jar.has(name) }),
}));
const fallback = vi.fn(async () => null);
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: fallback }));

const SECRET = "unit-test-secret-unit-test-secret";
const COOKIE = "next-auth.session-token";
const token = (claims: Record<string, unknown>, maxAge = 3600, secret = SECRET) => encode({ token: claims, secret, maxAge });

beforeEach(() => {
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  jar.clear();
});
afterEach(() => vi.unstubAllEnvs());

// The first import loads next-auth: slow on a busy machine.
describe("sessionCookieUserId", { timeout: 60_000 }, () => {
  it("reads the uid of a cookie signed with the server's secret, again from memory", async () => {
    const { sessionCookieUserId } = await import("@/lib/server/auth/session-cookie");
    jar.set(COOKIE, await token({ uid: "0b9a8f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", sub: "x" }));
    expect(await sessionCookieUserId()).toBe("0b9a8f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
    expect(await sessionCookieUserId()).toBe("0b9a8f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
  });

  it("refuses a cookie made with another secret, a tampered one, an expired one, and no cookie", async () => {
    const { sessionCookieUserId } = await import("@/lib/server/auth/session-cookie");
    expect(await sessionCookieUserId()).toBeNull();
    jar.set(COOKIE, await token({ uid: "someone" }, 3600, "another-secret-another-secret-12"));
    expect(await sessionCookieUserId()).toBeNull();
    const valid = await token({ uid: "someone" });
    jar.set(COOKIE, `${valid.slice(0, -4)}AAAA`);
    expect(await sessionCookieUserId()).toBeNull();
    jar.set(COOKIE, await token({ uid: "someone" }, -60));
    expect(await sessionCookieUserId()).toBeNull();
    expect(fallback).not.toHaveBeenCalled();
  });

  it("leaves a cookie split into chunks to next-auth", async () => {
    const { sessionCookieUserId } = await import("@/lib/server/auth/session-cookie");
    jar.set(`${COOKIE}.0`, "part");
    await sessionCookieUserId();
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});
