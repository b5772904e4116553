import { describe, expect, it } from "vitest";
import { retryAfter } from "@/lib/server/intake/outbound-fetch";

describe("retryAfter (429's Retry-After)", () => {
  it("reads seconds and HTTP dates; ignores what it cannot read", () => {
    const now = Date.parse("2026-11-29T03:00:00Z");
    expect(retryAfter("30", now)).toBe(30);
    expect(retryAfter("Sun, 29 Nov 2026 03:01:30 GMT", now)).toBe(90);
    expect(retryAfter("Sun, 29 Nov 2026 02:00:00 GMT", now)).toBe(0);
    expect(retryAfter("soon", now)).toBeUndefined();
    expect(retryAfter(null, now)).toBeUndefined();
  });
});
