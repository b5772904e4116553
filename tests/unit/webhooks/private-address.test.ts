import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "@/lib/webhooks/private-address";
import { retryDelayMs } from "@/lib/server/webhooks/deliver-webhooks";

describe("webhook targets: private addresses", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "not-an-address",
  ])("refuses %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("allows %s", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe("webhook retries: exponential backoff", () => {
  const settings = { retryBaseMs: 5_000, maxDelayMs: 2 * 3_600_000 };

  it("doubles from the base with ±20% jitter, up to the cap", () => {
    for (const [attempts, nominal] of [
      [1, 5_000],
      [2, 10_000],
      [3, 20_000],
      [6, 160_000],
    ] as const) {
      for (let run = 0; run < 50; run += 1) {
        const delay = retryDelayMs(attempts, null, settings);
        expect(delay).toBeGreaterThanOrEqual(nominal * 0.8);
        expect(delay).toBeLessThanOrEqual(nominal * 1.2);
      }
    }
    expect(retryDelayMs(30, null, settings)).toBeLessThanOrEqual(settings.maxDelayMs);
  });

  it("honours a receiver's Retry-After, within the cap", () => {
    expect(retryDelayMs(1, 120, settings)).toBe(120_000);
    expect(retryDelayMs(1, 86_400, settings)).toBe(settings.maxDelayMs);
  });
});
