import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LookupResponse } from "@/lib/api/lookup-response";
import { runCli } from "@/lib/cli/run-verify";

// runCli against a local HTTP server that answers /api/v1/lookup with bodies of the lookup
// schema (the end-to-end test runs the command against the real app).

const dir = mkdtempSync(path.join(tmpdir(), "cli-run-"));
const approvedBytes = randomBytes(3 * 1024 * 1024);
const approvedSha = createHash("sha256").update(approvedBytes).digest("hex");
const VERSION_ID = "3f1f0b8e-4c55-4e0e-9a55-6d2f0c1a9b10";
let server: Server;
let baseUrl: string;
const requested: string[] = [];

function approvedBody(sha256: string): LookupResponse {
  return {
    sha256,
    team: null,
    matches: [
      {
        id: VERSION_ID,
        name: "Model 1.0",
        version: "1.0",
        sha256,
        checkpoint: { name: "Model", slug: "model" },
        architecture: "SDXL",
        kind: "BASE",
        effectiveTerms: { COMMERCIAL_OUTPUTS: "ALLOWED" },
        approvedUses: ["COMMERCIAL_OUTPUTS"],
        approvals: [
          {
            approvalId: "9d7c1e62-0b7e-4f3c-8d2e-1f6a5b4c3d2e",
            team: null,
            use: "COMMERCIAL_OUTPUTS",
            waived: false,
            validUntil: "2027-05-01T00:00:00.000+00:00",
            conditions: [],
          },
        ],
        url: `/checkpoints/${VERSION_ID}`,
        api: `/api/v1/versions/${VERSION_ID}`,
      },
    ],
  };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url!, "http://x");
    const sha256 = url.searchParams.get("sha256")!;
    requested.push(sha256);
    if (request.headers.authorization !== "Bearer good") {
      response
        .writeHead(401, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { code: "UNAUTHENTICATED", message: "The API token is invalid, expired or revoked." } }));
    } else if (url.searchParams.get("team") === "other-team") {
      response
        .writeHead(403, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { code: "FORBIDDEN", message: "You can ask what is approved only for a team you belong to." } }));
    } else if (url.searchParams.get("team") === "no-such-team") {
      response.writeHead(400, { "content-type": "application/json" }).end(
        JSON.stringify({
          error: { code: "INVALID_REQUEST", message: "Some query parameters are invalid.", details: { team: 'There is no team "no-such-team".' } },
        }),
      );
    } else if (sha256 === approvedSha) {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(approvedBody(sha256)));
    } else {
      response
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { code: "NOT_FOUND", message: "No catalogued checkpoint version has this SHA-256." } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(env: Record<string, string>, options: { tty?: boolean; threshold?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      env: { CHECKPOINT_REGISTRY_URL: baseUrl, CHECKPOINT_REGISTRY_TOKEN: "good", CHECKPOINT_REGISTRY_CACHE: path.join(dir, "cache.json"), ...env },
      cwd: dir,
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => err.push(text),
      stderrIsTty: options.tty ?? false,
      progressThresholdBytes: options.threshold,
    },
  };
}

describe("runCli verify", () => {
  const models = path.join(dir, "models");
  const approvedFile = path.join(models, "a.safetensors");
  const FIXED_TIME = new Date("2026-01-01T00:00:00Z");

  beforeAll(() => {
    mkdirSync(models, { recursive: true });
    writeFileSync(approvedFile, approvedBytes);
    utimesSync(approvedFile, FIXED_TIME, FIXED_TIME);
  });

  it("exit 0 when every file is approved; the hash is cached by path, size and mtime", async () => {
    const first = io({});
    expect(await runCli(["verify", "models", "--use", "COMMERCIAL_OUTPUTS"], first.io)).toBe(0);
    expect(first.out.join("")).toMatch(/^APPROVED +models\/a\.safetensors — Model 1\.0: approved COMMERCIAL_OUTPUTS for every team until 2027-05-01\n$/);
    expect(first.err.join("")).toBe("1 file(s): all approved.\n");

    // Same size and mtime, other bytes: the cached hash is used (so the verdict is unchanged).
    writeFileSync(approvedFile, randomBytes(approvedBytes.length));
    utimesSync(approvedFile, FIXED_TIME, FIXED_TIME);
    requested.length = 0;
    expect(await runCli(["verify", "models", "--use", "COMMERCIAL_OUTPUTS"], io({}).io)).toBe(0);
    expect(requested).toEqual([approvedSha]);

    // A new mtime: hashed again, now unknown to the registry.
    utimesSync(approvedFile, FIXED_TIME, new Date(FIXED_TIME.getTime() + 5000));
    const third = io({});
    expect(await runCli(["verify", "models", "--use", "COMMERCIAL_OUTPUTS"], third.io)).toBe(1);
    expect(third.out.join("")).toMatch(/^NOT CATALOGUED models\/a\.safetensors/);
    writeFileSync(approvedFile, approvedBytes);
  });

  it("a progress line with rate and ETA on a terminal, none when stderr is not one", async () => {
    const fresh = path.join(models, "progress.safetensors");
    writeFileSync(fresh, approvedBytes);
    const onTty = io({ CHECKPOINT_REGISTRY_CACHE: path.join(dir, "no-cache-1.json") }, { tty: true, threshold: 1024 });
    await runCli(["verify", fresh], onTty.io);
    expect(onTty.err.join("")).toMatch(/hashing progress\.safetensors +\d+% +\d+(\.\d+)? [MG]B\/s +ETA /);
    const piped = io({ CHECKPOINT_REGISTRY_CACHE: path.join(dir, "no-cache-2.json") }, { tty: false, threshold: 1024 });
    await runCli(["verify", fresh], piped.io);
    expect(piped.err.join("")).not.toContain("hashing");
    rmSync(fresh);
  });

  it("exit 2 on a refused token, an unreachable registry, a missing token, a missing path or no model files", async () => {
    const refused = io({ CHECKPOINT_REGISTRY_TOKEN: "bad" });
    expect(await runCli(["verify", "models"], refused.io)).toBe(2);
    expect(refused.err.join("")).toContain("The registry refused the token: The API token is invalid, expired or revoked.");
    expect(refused.out).toEqual([]);

    const unreachable = io({ CHECKPOINT_REGISTRY_URL: "http://127.0.0.1:9" });
    expect(await runCli(["verify", "models"], unreachable.io)).toBe(2);
    expect(unreachable.err.join("")).toContain("Cannot reach the registry at http://127.0.0.1:9");

    const noToken = io({ CHECKPOINT_REGISTRY_TOKEN: "" });
    expect(await runCli(["verify", "models"], noToken.io)).toBe(2);
    expect(noToken.err.join("")).toContain("Set CHECKPOINT_REGISTRY_TOKEN");

    expect(await runCli(["verify", "nowhere"], io({}).io)).toBe(2);
    mkdirSync(path.join(dir, "empty"), { recursive: true });
    const empty = io({});
    expect(await runCli(["verify", "empty"], empty.io)).toBe(2);
    expect(empty.err.join("")).toContain("no *.safetensors or *.ckpt files");
  });

  it("exit 2, not a verdict, when the registry refuses the team asked about", async () => {
    const outsider = io({});
    expect(await runCli(["verify", "models", "--use", "COMMERCIAL_OUTPUTS", "--team", "other-team"], outsider.io)).toBe(2);
    expect(outsider.err.join("")).toContain("The registry refused the question: You can ask what is approved only for a team you belong to.");
    expect(outsider.out).toEqual([]);

    const unknownTeam = io({});
    expect(await runCli(["verify", "models", "--use", "COMMERCIAL_OUTPUTS", "--team", "no-such-team"], unknownTeam.io)).toBe(2);
    expect(unknownTeam.err.join("")).toContain('The registry refused the question: There is no team "no-such-team".');
    expect(unknownTeam.out).toEqual([]);
  });
});
