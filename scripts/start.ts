/**
 * `npm start`: one command to a working registry. Uses DATABASE_URL when set, else the embedded
 * PostgreSQL under .data/ (migrated and seeded on first start); builds when the build is missing
 * or older than the sources; then serves on PORT (default 3000).
 */
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { DEMO_USERS } from "@/prisma/seed-data/demo-users";
import { authSecret } from "@/scripts/lib/auth-secret";
import { webhookSecretKey } from "@/scripts/lib/webhook-secret-key";
import { buildIsCurrent, recordBuildFingerprint } from "@/scripts/lib/build";
import { openDatabase, type DatabaseHandle } from "@/scripts/lib/database";
import { FatalError } from "@/scripts/lib/fatal-error";
import { runNext, waitForExit } from "@/scripts/lib/next-bin";
import { assertPortFree } from "@/scripts/lib/port";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { createPrismaClient } from "@/lib/server/db/client";
import { libraryChanges } from "@/lib/server/licenses/library-update";

const { values } = parseArgs({ options: { seed: { type: "boolean", default: false } } });
const port = Number(process.env.PORT ?? 3000);
const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;

let database: DatabaseHandle | undefined;

async function main(): Promise<number> {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new FatalError(`PORT must be a port number, not "${process.env.PORT}".`);
  await assertPortFree(port);

  database = await openDatabase("npm start", { exclusive: true });
  const prepared = await prepareDatabase(database.url, {
    seed: database.kind === "embedded" || values.seed ? "if-empty" : "never",
  });
  if (prepared.appliedMigrations.length > 0) console.log(`Applied ${prepared.appliedMigrations.length} migration(s).`);
  if (prepared.seeded) console.log("Seeded the registry with the demo catalog, teams and users.");
  await announceLibraryUpdate(database.url);

  if (!buildIsCurrent()) {
    console.log("Building the app (first start or changed sources)...");
    const buildCode = await waitForExit(runNext(["build"], {}));
    if (buildCode !== 0) throw new FatalError(`The build failed (exit code ${buildCode}); see the output above.`);
    recordBuildFingerprint();
  }

  // Idle keep-alive connections stay open longer than a load balancer's (60 s on the common ones) or
  // a client's pool keeps them: with Node's 5 s, a client reusing a connection the server is closing
  // at that instant gets ECONNRESET.
  const keepAliveTimeout = process.env.KEEP_ALIVE_TIMEOUT_MS ?? "65000";
  const server = runNext(["start", "--port", String(port), "--keepAliveTimeout", keepAliveTimeout], {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: authSecret(),
    WEBHOOK_SECRET_KEY: webhookSecretKey(),
    NEXTAUTH_URL: baseUrl,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (database.kind === "embedded" ? "8" : "10"),
    // The embedded database serves every connection from one session (see lib/server/db/hot-path-sql.ts).
    DATABASE_SHARED_SESSION: database.kind === "embedded" ? "1" : "0",
  });
  const stop = () => server.kill("SIGTERM");
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  void announceWhenReady(database.kind === "embedded");
  return waitForExit(server);
}

async function announceWhenReady(showDemoUsers: boolean): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  const lines = [``, `Checkpoint Registry is running at ${baseUrl}`];
  if (showDemoUsers) {
    lines.push(`Demo sign-ins (embedded database):`);
    for (const user of DEMO_USERS) {
      const roles = user.roles.length > 0 ? user.roles.join(", ") : "member";
      lines.push(`  ${user.email.padEnd(22)} ${user.password.padEnd(20)} ${roles}`);
    }
  }
  lines.push(`Press Ctrl+C to stop.`, ``);
  console.log(lines.join("\n"));
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof FatalError ? error.message : `npm start failed: ${(error as Error).stack ?? String(error)}`);
} finally {
  await database?.close();
}
process.exit(exitCode);

// An update flags approvals for re-review, so it is never applied here: only announced.
async function announceLibraryUpdate(url: string): Promise<void> {
  const client = createPrismaClient(url, { maxConnections: 1 });
  try {
    const steps = await libraryChanges(client);
    if (steps.length > 0) {
      console.log(
        `A licence library update is available (${steps.length} change(s) to the licence records and the catalog). Nothing changes until an admin applies it: ` +
          "preview with `npm run licenses:update -- --dry-run` or in Catalog → Licence library, then apply with `npm run licenses:update` or the button there.",
      );
    }
  } catch (error) {
    console.log(`Could not check for a licence library update: ${(error as Error).message}`);
  } finally {
    await client.$disconnect();
  }
}
