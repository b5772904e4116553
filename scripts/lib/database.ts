import pg from "pg";
import { describeDatabaseUrl } from "@/lib/server/db/database-url";
import { openEmbeddedDatabase } from "@/scripts/lib/embedded-database";
import { FatalError } from "@/scripts/lib/fatal-error";

export interface DatabaseHandle {
  url: string;
  kind: "external" | "embedded";
  close(): Promise<void>;
}

/**
 * The database every command works on: DATABASE_URL when set, else the embedded one (through the
 * running `npm start` when there is one, else opened by this process for the command's duration).
 */
export async function openDatabase(owner: string, options: { exclusive?: boolean } = {}): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    return { url: external, kind: "external", close: async () => {} };
  }
  const embedded = await openEmbeddedDatabase({ owner, exclusive: options.exclusive });
  return { url: embedded.url, kind: "embedded", close: embedded.stop };
}

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ? `${code}: ${(error as Error).message}` : (error as Error).message;
    throw new FatalError(`Cannot reach the database at ${describeDatabaseUrl(url)} (${reason}). Check DATABASE_URL.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs a command's body against the database and turns expected failures into one line + exit 1. */
export async function runWithDatabase(owner: string, body: (database: DatabaseHandle) => Promise<void>): Promise<never> {
  let database: DatabaseHandle | undefined;
  let exitCode = 0;
  try {
    database = await openDatabase(owner);
    await body(database);
  } catch (error) {
    exitCode = 1;
    console.error(error instanceof FatalError ? error.message : `${owner} failed: ${(error as Error).stack ?? String(error)}`);
  } finally {
    await database?.close();
  }
  process.exit(exitCode);
}
