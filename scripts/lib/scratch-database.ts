import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server that tests and tools may create throw-away databases on: never a remote one. */
export function scratchServerUrl(): string {
  const url = process.env.DATABASE_URL_TEST ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host) && process.env.ALLOW_REMOTE_TEST_DATABASE !== "1") {
    throw new Error(`Refusing to create scratch databases on non-local host ${host} (set ALLOW_REMOTE_TEST_DATABASE=1 to override).`);
  }
  return url;
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createScratchDatabase(prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const serverUrl = scratchServerUrl();
  const name = `cr_${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: databaseUrlFor(serverUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function withScratchDatabase<T>(prefix: string, run: (url: string) => Promise<T>): Promise<T> {
  const database = await createScratchDatabase(prefix);
  try {
    return await run(database.url);
  } finally {
    await database.drop();
  }
}
