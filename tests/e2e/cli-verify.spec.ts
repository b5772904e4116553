import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { createLicense, createVersion } from "@/tests/support/catalog-fixtures";
import { expect, signIn, test } from "./support/fixtures";

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command as a person would from the checkout: `npx checkpoint-registry …`, or (`via:
 * "bin"`) its bin file directly, which is what npx runs, without npx's own start-up.
 */
function runCli(args: string[], env: Record<string, string>, via: "npx" | "bin" = "bin"): Promise<CliRun> {
  const [command, prefix] = via === "npx" ? ["npx", ["--no-install", "checkpoint-registry"]] : [process.execPath, ["bin/checkpoint-registry.mjs"]];
  return new Promise((resolve) => {
    execFile(command as string, [...(prefix as string[]), ...args], { env: { ...process.env, ...env }, timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

function modelFile(dir: string, name: string): { path: string; sha256: string } {
  const bytes = randomBytes(64 * 1024);
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return { path: file, sha256: createHash("sha256").update(bytes).digest("hex") };
}

test("checkpoint-registry verify: one line per file, exit 1 when any file is not approved, --json parses", async ({ page, prisma, createUser, baseURL }) => {
  // Four runs of a Node command (TypeScript through tsx) on a shared, busy machine.
  test.setTimeout(240_000);
  // A person makes a token in the app for their render farm.
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, "/settings/tokens");
  await page.getByLabel("Name").fill("render farm verify");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^cpr_/);

  // A ComfyUI-style models folder: one approved file, one catalogued but not approved for the
  // use, one the registry has never seen (and a file that is no model, which is skipped).
  const dir = mkdtempSync(path.join(tmpdir(), "cli-verify-e2e-"));
  const cache = path.join(dir, "cache.json");
  const models = path.join(dir, "models");
  try {
    const approved = modelFile(models, "checkpoints/approved.safetensors");
    const unapproved = modelFile(models, "checkpoints/sub/unapproved.ckpt");
    const unknown = modelFile(models, "loras/unknown.safetensors");
    writeFileSync(path.join(models, "checkpoints", "notes.txt"), "not a model");

    const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });
    const license = await createLicense(prisma, {});
    const approvedVersion = await createVersion(prisma, { licenseIds: [license.id], sha256: approved.sha256 });
    const unapprovedVersion = await createVersion(prisma, { licenseIds: [license.id], sha256: unapproved.sha256 });
    await prisma.$transaction(
      async (tx) => {
        const actor = { id: legal.id, label: legal.email };
        const reviewBy = new Date(Date.now() + 30 * 86_400_000);
        await grantApproval(tx, actor, { versionId: approvedVersion.id, uses: ["COMMERCIAL_OUTPUTS"], conditions: ["Credit the studio"], reviewBy });
        await grantApproval(tx, actor, { versionId: unapprovedVersion.id, uses: ["RESEARCH"], reviewBy });
        await syncVersionSummaries(tx, [approvedVersion.id, unapprovedVersion.id]);
      },
      { timeout: 60_000 },
    ); // Prisma's default 5 s is too short on a busy shared machine

    const env = { CHECKPOINT_REGISTRY_URL: baseURL!, CHECKPOINT_REGISTRY_TOKEN: token, CHECKPOINT_REGISTRY_CACHE: cache };
    const lines = await runCli(["verify", models, "--use", "COMMERCIAL_OUTPUTS"], env, "npx");
    expect(lines.stderr).toContain("3 file(s): 2 not approved.");
    expect(lines.code).toBe(1);
    const out = lines.stdout.trim().split("\n");
    expect(out).toHaveLength(3);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 7);
    expect(out[0]).toMatch(
      new RegExp(
        `^APPROVED +${escape(approved.path)} — ${escape(approvedVersion.name)} 1\\.0: approved COMMERCIAL_OUTPUTS for every team until ${until}-\\d\\d; conditions: Credit the studio$`,
      ),
    );
    expect(out[1]).toBe(
      `NOT APPROVED   ${unapproved.path} — ${unapprovedVersion.name} 1.0: not approved for COMMERCIAL_OUTPUTS for every team (approved for RESEARCH)`,
    );
    expect(out[2]).toBe(`NOT CATALOGUED ${unknown.path} — not catalogued (sha256 ${unknown.sha256})`);

    const json = await runCli(["verify", models, "--use", "COMMERCIAL_OUTPUTS", "--json"], env);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      approved: boolean;
      counts: Record<string, number>;
      files: { path: string; sha256: string; status: string; versions: { id: string }[] }[];
    };
    expect(report.approved).toBe(false);
    expect(report.counts).toEqual({ approved: 1, notApproved: 1, notCatalogued: 1 });
    expect(report.files.map((file) => [file.path, file.sha256, file.status, file.versions.map((version) => version.id)])).toEqual([
      [approved.path, approved.sha256, "APPROVED", [approvedVersion.id]],
      [unapproved.path, unapproved.sha256, "NOT_APPROVED", [unapprovedVersion.id]],
      [unknown.path, unknown.sha256, "NOT_CATALOGUED", []],
    ]);

    // Only approved files: exit 0. A bad token: exit 2, and no verdict lines.
    const onlyApproved = await runCli(["verify", approved.path, "--use", "COMMERCIAL_OUTPUTS"], env);
    expect(onlyApproved.code).toBe(0);
    expect(onlyApproved.stdout).toMatch(/^APPROVED /);
    const badToken = await runCli(["verify", models, "--use", "COMMERCIAL_OUTPUTS"], { ...env, CHECKPOINT_REGISTRY_TOKEN: "cpr_not-a-token" });
    expect(badToken.code).toBe(2);
    expect(badToken.stdout).toBe("");
    expect(badToken.stderr).toContain("The registry refused the token");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
