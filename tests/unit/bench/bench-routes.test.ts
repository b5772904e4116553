import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/bench/empty-route/route";

// The bench's floors exist only while the bench runs (it sets CHECKPOINT_BENCH_ROUTES=1 on the
// server it starts); the e2e spec public-files.spec.ts checks the built app answers 404 for all three.

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("app/bench/empty-route", () => {
  it("answers 404 when the bench has not enabled its routes", async () => {
    vi.stubEnv("CHECKPOINT_BENCH_ROUTES", "");
    const response = GET();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found." } });
  });

  it("answers 200 for the bench", async () => {
    vi.stubEnv("CHECKPOINT_BENCH_ROUTES", "1");
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
