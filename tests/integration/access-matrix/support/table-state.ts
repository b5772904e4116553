import type { PrismaClient } from "@/lib/server/db/client";

// Columns a refused call may legitimately touch: authenticating a request with an API token
// refreshes its "last used" hint (at most once a minute), whatever the request then asks for.
const IGNORED_COLUMNS: Record<string, string[]> = { ApiToken: ["lastUsedAt"] };

export type TableState = Record<string, { rows: number; digest: string }>;

let statement: string | undefined;

/** Row count and a digest of every row of every table (the audit trail included), in one query. */
export async function tableState(db: PrismaClient): Promise<TableState> {
  statement ??= await buildStatement(db);
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; digest: string }[]>(statement);
  return Object.fromEntries(rows.map((row) => [row.name, { rows: row.rows, digest: row.digest }]));
}

async function buildStatement(db: PrismaClient): Promise<string> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  if (tables.length === 0) throw new Error("no tables found: is the matrix database migrated?");
  return tables
    .map(({ name }) => {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      const ignored = (IGNORED_COLUMNS[name] ?? []).map((column) => ` - '${column}'`).join("");
      return `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS digest
        FROM (SELECT (to_jsonb(t)${ignored})::text AS r FROM ${quoted} t) s`;
    })
    .join("\nUNION ALL\n");
}

/** The tables whose rows differ between two states, for a readable failure. */
export function changedTables(before: TableState, after: TableState): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name]?.digest !== after[name]?.digest)
    .map((name) => `${name} (${before[name]?.rows ?? 0} → ${after[name]?.rows ?? 0} rows)`);
}
