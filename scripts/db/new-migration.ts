/**
 * `npm run db:migration -- <name> [--from <schema file>]`: writes
 * prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema as last
 * committed (`git show HEAD:prisma/schema.prisma`, or the --from file; none at all for the first
 * migration) to the working prisma/schema.prisma. Review the file before committing and add
 * triggers or data moves by hand. The drift test proves the result matches the schema.
 */
import { execFileSync } from "node:child_process";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_MIGRATIONS_DIR } from "@/lib/server/db/migrate";
import { diffSchemas } from "@/scripts/lib/schema-engine";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { from: { type: "string" } } });
const name = positionals[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <snake_case_name> [--from <schema file>]");
  process.exit(2);
}

const existing = (await readdir(DEFAULT_MIGRATIONS_DIR).catch(() => [])).filter((entry) => /^\d{14}_/.test(entry));
const fromSchema = values.from
  ? await readFile(values.from, "utf8")
  : existing.length === 0
    ? null
    : execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
const toSchema = await readFile(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
const sql = await diffSchemas(fromSchema, toSchema);

if (!sql.trim() || sql.includes("This is an empty migration")) {
  console.log("prisma/schema.prisma has no change to migrate.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(DEFAULT_MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
await writeFile(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
process.exit(0);
