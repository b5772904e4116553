import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const tempDirs: string[] = [];
afterAll(async () => {
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

async function emptyDataDir(): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), "cr-start-"));
  tempDirs.push(parent);
  return path.join(parent, "data");
}

function runStart(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

function listenOnFreePort(): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ port, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

describe("npm start with bad configuration", () => {
  it("stops with one line and a non-zero exit when the port is taken, writing nothing", async () => {
    const blocker = await listenOnFreePort();
    const dataDir = await emptyDataDir();
    try {
      const result = await runStart({ PORT: String(blocker.port), CHECKPOINT_DATA_DIR: dataDir });
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim()).toBe(
        `Port ${blocker.port} is already in use. Stop whatever is using it, or start on another port: PORT=${blocker.port + 1} npm start`,
      );
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await blocker.close();
    }
  });

  it("stops with one line and a non-zero exit when DATABASE_URL cannot be reached, writing nothing", async () => {
    const closed = await listenOnFreePort();
    await closed.close(); // a port nobody listens on
    const appPort = await listenOnFreePort();
    await appPort.close();
    const dataDir = await emptyDataDir();
    const result = await runStart({
      PORT: String(appPort.port),
      CHECKPOINT_DATA_DIR: dataDir,
      DATABASE_URL: `postgresql://registry:secret@127.0.0.1:${closed.port}/registry`,
    });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Cannot reach the database at 127\\.0\\.0\\.1:${closed.port}/registry \\(ECONNREFUSED`));
    expect(lines[0]).not.toContain("secret");
    expect(existsSync(dataDir)).toBe(false);
  });

  it("refuses a PORT that is not a port number", async () => {
    const result = await runStart({ PORT: "eighty", CHECKPOINT_DATA_DIR: await emptyDataDir() });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe('PORT must be a port number, not "eighty".');
  });
});
