import { describe, expect, it } from "vitest";
import { allowedHosts, allowedOrigins, checkOrigin } from "@/lib/http/allowed-origins";
import { refuseUndecodableActionBody } from "@/lib/http/action-body";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

describe("allowedOrigins", () => {
  it("is NEXTAUTH_URL's origin plus ALLOWED_ORIGINS, normalised, never from the request", () => {
    expect(
      allowedOrigins({ NEXTAUTH_URL: "https://Registry.example.com/app", ALLOWED_ORIGINS: " https://alt.example.com , not a url,ftp://x.example" }),
    ).toEqual(["https://registry.example.com", "https://alt.example.com"]);
    expect(allowedOrigins({ PORT: "3400" })).toEqual(["http://localhost:3400"]);
    expect(allowedHosts(["https://registry.example.com", "http://localhost:3400"])).toEqual(["registry.example.com", "localhost:3400"]);
  });
});

describe("checkOrigin", () => {
  const allowed = ["https://registry.example.com"];
  it.each<[string | null, string]>([
    ["https://registry.example.com", "allowed"],
    ["https://REGISTRY.example.com", "allowed"],
    ["https://registry.example.com:443", "allowed"],
    ["http://registry.example.com", "refused"],
    ["https://attacker.example", "refused"],
    ["https://registry.example.com.attacker.example", "refused"],
    ["null", "refused"],
    ["", "refused"],
    [null, "absent"],
  ])("%s → %s", (origin, verdict) => {
    expect(checkOrigin(origin, allowed)).toBe(verdict);
  });
});

describe("refuseUndecodableActionBody", () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

  it("accepts a real multipart form and an action's JSON arguments", async () => {
    const form = new FormData();
    form.set("name", "render farm");
    const request = new Request("http://x", { method: "POST", body: form });
    const body = await request.arrayBuffer();
    expect(await refuseUndecodableActionBody(request.headers, body)).toBeNull();
    expect(await refuseUndecodableActionBody(headers({ "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }), bytes('["$K1"]'))).toBeNull();
  });

  it("refuses a garbled multipart body, text that is not JSON and bytes that are not UTF-8", async () => {
    expect(await refuseUndecodableActionBody(headers({ "content-type": "multipart/form-data; boundary=zzz" }), bytes("no parts here"))).toMatch(
      /could not be read/,
    );
    expect(await refuseUndecodableActionBody(headers({ "next-action": "abc", "content-type": "text/plain" }), bytes("{not json"))).toMatch(/could not be read/);
    expect(await refuseUndecodableActionBody(headers({ "next-action": "abc" }), new Uint8Array([0xff, 0xfe, 0xc3]).buffer)).toMatch(/not valid text/);
  });

  it("leaves posts that are not server actions alone", async () => {
    expect(await refuseUndecodableActionBody(headers({ "content-type": "application/json" }), bytes("{not json"))).toBeNull();
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce, forbids framing and plugins, upgrades requests over https", () => {
    const policy = contentSecurityPolicy("abc123", { https: true, development: false, formTargets: ["https://sso.example.com"] });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self' https://sso.example.com");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { https: false, development: true })).toContain("'unsafe-eval'");
  });
});
