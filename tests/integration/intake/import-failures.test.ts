import { describe, expect, it } from "vitest";
import { importCheckpoint } from "@/lib/server/intake/import-checkpoint";
import { civitaiService, huggingFaceService } from "@/lib/server/intake/intake-config";
import { AppError } from "@/lib/server/errors";
import { FAILING } from "../../support/intake-server";
import { tableCounts, withIntakeWorld } from "./support";

// Every way an import can fail gets a plain message, and nothing is written.

const world = withIntakeWorld();

async function failure(reference: string) {
  const before = await tableCounts();
  const outcome = await importCheckpoint({ mode: "reference", reference });
  expect(await tableCounts()).toEqual(before);
  if (outcome.status !== "failed") throw new Error(`expected a failure for ${reference}`);
  return outcome.problem;
}

describe("an import that fails", () => {
  it("404: not found", async () => {
    expect(await failure(`https://civitai.com/models/${FAILING.civitaiNotFound}`)).toEqual({
      kind: "NOT_FOUND",
      message: "Civitai has no such model (404). Check the address or id.",
    });
  });

  it("404: a version the model does not have", async () => {
    expect(await failure("https://civitai.com/models/921337?modelVersionId=5")).toMatchObject({
      kind: "NOT_FOUND",
      message: "Civitai model 921337 has no published version 5.",
    });
  });

  it("401 on Civitai: private, or needs a token", async () => {
    expect(await failure(`https://civitai.com/models/${FAILING.civitaiPrivate}`)).toMatchObject({
      kind: "ACCESS_DENIED",
      message: expect.stringMatching(/private or gated/),
    });
  });

  it("401 gated on Hugging Face, and 401 for a repo the Hub will not show", async () => {
    expect(await failure(FAILING.hfGated)).toMatchObject({
      kind: "ACCESS_DENIED",
      message: expect.stringMatching(/gated-org\/Locked-XL is gated on Hugging Face/),
    });
    expect(await failure(FAILING.hfMissing)).toMatchObject({ kind: "ACCESS_DENIED", message: expect.stringMatching(/no public model nobody\/Nothing-Here/) });
  });

  it("429 with Retry-After: says when to try again", async () => {
    expect(await failure(`https://civitai.com/models/${FAILING.civitaiRateLimited}`)).toEqual({
      kind: "RATE_LIMITED",
      message: "Civitai is limiting requests (429): try again in 30 seconds.",
      retryAfterSeconds: 30,
    });
  });

  it("no answer within 5 seconds: a timeout, not a hang", async () => {
    // The stand-in answers after 8 s (with a good answer): only a timeout makes this a failure.
    expect(await failure(`https://civitai.com/models/${FAILING.civitaiSlow}`)).toMatchObject({
      kind: "TIMEOUT",
      message: expect.stringMatching(/within 5 seconds/),
    });
  });

  it("an answer over 2 MB (no Content-Length): refused while reading", async () => {
    expect(await failure(`https://civitai.com/models/${FAILING.civitaiHuge}`)).toMatchObject({
      kind: "TOO_LARGE",
      message: "Civitai's answer is over 2 MB; it was not read.",
    });
  });

  it("a redirect to another host is not followed; one within the host is", async () => {
    const requestsBefore = world.server().requests.length;
    expect(await failure(`https://civitai.com/models/${FAILING.civitaiOffsiteRedirect}`)).toMatchObject({
      kind: "REDIRECT_REFUSED",
      message: "Civitai redirected the import to another host (127.0.0.2:9); it was not followed.",
    });
    expect(world.server().requests.length - requestsBefore).toBe(1);

    const followed = await importCheckpoint({ mode: "reference", reference: `https://civitai.com/models/${FAILING.civitaiOnsiteRedirect}` });
    expect(followed.status).toBe("imported");
  });

  it("an answer that is not JSON", async () => {
    expect(await failure(`https://civitai.com/models/${FAILING.civitaiHtml}`)).toMatchObject({
      kind: "NOT_JSON",
      message: expect.stringMatching(/did not answer with JSON/),
    });
  });

  it("a service that cannot be reached", async () => {
    const configured = process.env.CIVITAI_API_URL;
    process.env.CIVITAI_API_URL = "http://127.0.0.1:9/api/v1";
    try {
      expect(await failure("https://civitai.com/models/921337")).toMatchObject({ kind: "UNREACHABLE", message: expect.stringMatching(/could not be reached/) });
    } finally {
      process.env.CIVITAI_API_URL = configured;
    }
  });

  it("a user-typed host is never fetched: only ids are read from the input", async () => {
    const requestsBefore = world.server().requests.length;
    for (const reference of [
      "https://evil.example/models/921337",
      "https://civitai.com.evil.example/models/921337",
      `${world.server().url}/civitai/api/v1/models/921337`,
      "urn:air:sdxl:checkpoint:elsewhere:1@2",
    ]) {
      const before = await tableCounts();
      const error = await importCheckpoint({ mode: "reference", reference }).catch((caught: unknown) => caught);
      expect(error, reference).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("VALIDATION");
      expect(await tableCounts()).toEqual(before);
    }
    expect(world.server().requests.length).toBe(requestsBefore);
  });

  it("a paste that is neither JSON nor a model card, or malformed YAML: a clear message", async () => {
    for (const text of ["{ not json", "just some words", "---\nlicense: [unclosed\n---\n"]) {
      const error = await importCheckpoint({ mode: "paste", text, fileName: null }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors?.text?.[0]).toBeTruthy();
    }
  });
});

describe("the configured hosts", () => {
  it("default to the public services, and in production accept only https (or a loopback mirror)", () => {
    expect(civitaiService({ NODE_ENV: "production" })).toMatchObject({ ok: true, service: { base: new URL("https://civitai.com/api/v1"), token: null } });
    expect(huggingFaceService({ NODE_ENV: "production", HF_TOKEN: "hf_x" })).toMatchObject({
      ok: true,
      service: { base: new URL("https://huggingface.co"), token: "hf_x" },
    });
    expect(civitaiService({ NODE_ENV: "production", CIVITAI_API_URL: "http://mirror.example/api/v1" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/must be an https address/),
    });
    expect(civitaiService({ NODE_ENV: "production", CIVITAI_API_URL: "http://127.0.0.1:4000/api/v1" }).ok).toBe(true);
    expect(huggingFaceService({ NODE_ENV: "development", HF_ENDPOINT: "http://mirror.example" }).ok).toBe(true);
  });

  it("sends the configured token, only to the configured host", async () => {
    process.env.HF_TOKEN = "hf_integration";
    try {
      const seen = world.server().authorizations.length;
      const outcome = await importCheckpoint({ mode: "reference", reference: "harbor-arts/Quayside-1.5" });
      expect(outcome.status).toBe("imported");
      expect(world.server().authorizations.slice(seen)).toEqual(["Bearer hf_integration"]);
      const civitai = await importCheckpoint({ mode: "reference", reference: "https://civitai.com/models/921337" });
      expect(civitai.status).toBe("imported");
      expect(world.server().authorizations.slice(seen + 1)).toEqual([undefined]);
    } finally {
      delete process.env.HF_TOKEN;
    }
  });
});
