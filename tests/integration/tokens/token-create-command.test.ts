import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { GET as listCheckpoints } from "@/app/api/v1/checkpoints/route";
import { prisma } from "@/lib/server/db/prisma";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { createPerson } from "../auth/support/people";

// `npm run token:create` for real: a child process, as a CI script would run it.

function tokenCreate(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", "token:create", "--", ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** `curl -s -o /dev/null -w '%{http_code}' [-H "Authorization: Bearer $TOKEN"] $URL/api/v1/checkpoints` */
async function statusOf(token?: string): Promise<number> {
  const response = await listCheckpoints(
    new Request("http://localhost:3000/api/v1/checkpoints", { headers: token ? { Authorization: `Bearer ${token}` } : {} }),
  );
  return response.status;
}

describe("npm run token:create against DATABASE_URL", () => {
  it("prints only the token on stdout, which then authenticates the API (401 without it, 200 with it)", async () => {
    const person = await createPerson(prisma, { roles: ["AUDITOR"] });
    const result = await tokenCreate(["--email", person.user.email.toUpperCase(), "--name", "nightly export", "--days", "7"], {
      DATABASE_URL: inject("databaseUrl"),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^cpr_[A-Za-z0-9_-]{43}\n$/);
    const token = result.stdout.trim();
    expect(result.stderr).toContain(`Created API token "nightly export" (${token.slice(0, 10)}…) for ${person.user.email}`);

    const row = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: createHash("sha256").update(token).digest("hex") } });
    expect(row).toMatchObject({ userId: person.user.id, name: "nightly export", revokedAt: null });
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "token.created", subjectId: row.id } });
    expect(event).toMatchObject({ actorId: null, actorLabel: "cli" });
    expect(JSON.stringify(event.after)).not.toContain(token.slice(10));

    expect(await statusOf()).toBe(401);
    expect(await statusOf(token)).toBe(200);
  });

  it("defaults to 90 days", async () => {
    const person = await createPerson(prisma);
    const result = await tokenCreate(["--email", person.user.email, "--name", "default expiry"], { DATABASE_URL: inject("databaseUrl") });
    expect(result.code).toBe(0);
    const row = await prisma.apiToken.findFirstOrThrow({ where: { userId: person.user.id } });
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(90);
  });

  it.each([
    [["--email", "nobody-at-all@it.test", "--name", "x"], /^No user has the email nobody-at-all@it\.test\.$/],
    [["--name", "x"], /--email and --name are required/],
    [["--email", "someone@it.test", "--name", "x", "--days", "400"], /--days: A token can last at most 365 days\./],
    [["--email", "someone@it.test", "--name", "x", "--days", "0"], /--days: A token must last at least 1 day\./],
  ])("fails with a message on stderr, nothing on stdout and exit code 1: %j", async (args, message) => {
    const result = await tokenCreate(args, { DATABASE_URL: inject("databaseUrl") });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toMatch(message);
  });

  it("refuses a deactivated user", async () => {
    const person = await createPerson(prisma, { active: false });
    const result = await tokenCreate(["--email", person.user.email, "--name", "x"], { DATABASE_URL: inject("databaseUrl") });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toBe(`${person.user.email} is deactivated: a token for them would not work.`);
    expect(await prisma.apiToken.count({ where: { userId: person.user.id } })).toBe(0);
  });
});

describe("npm run token:create on the embedded database", () => {
  const dataDirs: string[] = [];
  afterAll(async () => {
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  });

  async function tokenHashes(url: string): Promise<string[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ tokenHash: string }>(`SELECT "tokenHash" FROM "ApiToken" ORDER BY "createdAt"`)).rows.map((row) => row.tokenHash);
    } finally {
      await client.end();
    }
  }

  it("works while another process (as `npm start` does) holds the database, and when none does", { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "cr-token-create-"));
    dataDirs.push(dataDir);
    const env = { CHECKPOINT_DATA_DIR: dataDir, DATABASE_URL: "" };
    const sha = (token: string) => createHash("sha256").update(token).digest("hex");

    // A stand-in for `npm start`: holds the embedded data folder and serves it on a port.
    const holder: ChildProcessWithoutNullStreams = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-embedded-database.ts", "npm start"], {
      env: { ...process.env, ...env },
    });
    let url: string;
    try {
      url = await new Promise<string>((resolve, reject) => {
        let output = "";
        holder.stdout.on("data", (chunk) => {
          output += chunk;
          const match = /URL (\S+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        holder.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
      });
      await prepareDatabase(url, { seed: "if-empty" });

      const whileRunning = await tokenCreate(["--email", "admin@example.com", "--name", "while running"], env);
      expect(whileRunning.stderr).toContain("Created API token");
      expect(whileRunning.code).toBe(0);
      expect(await tokenHashes(url)).toEqual([sha(whileRunning.stdout.trim())]);
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.once("exit", resolve));
    }

    const standalone = await tokenCreate(["--email", "member@example.com", "--name", "no server"], env);
    expect(standalone.code).toBe(0);
    expect(standalone.stdout).toMatch(/^cpr_[A-Za-z0-9_-]{43}\n$/);

    // Reopen the folder to read what the standalone run wrote.
    const reopened = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-embedded-database.ts", "reader"], { env: { ...process.env, ...env } });
    try {
      const readerUrl = await new Promise<string>((resolve) => {
        let output = "";
        reopened.stdout.on("data", (chunk) => {
          output += chunk;
          const match = /URL (\S+)/.exec(output);
          if (match) resolve(match[1]!);
        });
      });
      expect(await tokenHashes(readerUrl)).toHaveLength(2);
      expect((await tokenHashes(readerUrl))[1]).toBe(sha(standalone.stdout.trim()));
    } finally {
      reopened.stdin.end();
      await new Promise((resolve) => reopened.once("exit", resolve));
    }
  });
});
