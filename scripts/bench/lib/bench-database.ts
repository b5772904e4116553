import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { resyncAllVersionSummaries } from "@/lib/server/catalog/resync-all-summaries";
import { createPrismaClient } from "@/lib/server/db/client";
import { applyMigrations, readMigrations } from "@/lib/server/db/migrate";
import { seedDatabase } from "@/prisma/seed";
import { BENCH_DATA_VERSION, benchLicenseTerms, BENCH_SIZES, checkpointName, generateApprovals, generateVersions } from "@/scripts/bench/lib/bench-data";
import { databaseUrlFor, scratchServerUrl } from "@/scripts/lib/scratch-database";

// The benchmark's own database on the local PostgreSQL server, `cr_bench`. It is kept between runs
// (building it takes a few minutes) and rebuilt whenever its fingerprint — the migrations, the
// generated data's version and the code that writes the read model — differs from the one stored.
// `BENCH_DATABASE` names another one, so two checkouts benchmarking on one server do not rebuild
// (and drop) each other's.

export const BENCH_DATABASE = process.env.BENCH_DATABASE || "cr_bench";

const FINGERPRINTED = ["lib/server/catalog", "lib/catalog", "lib/licensing"];

export function benchFingerprint(migrations: { checksum: string }[]): string {
  const hash = createHash("sha256").update(`data ${BENCH_DATA_VERSION}\n`);
  for (const migration of migrations) hash.update(`${migration.checksum}\n`);
  for (const dir of FINGERPRINTED) {
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .sort())
      hash.update(readFileSync(path.join(dir, file)));
  }
  return hash.digest("hex");
}

export interface BenchDatabase {
  url: string;
  rebuilt: boolean;
  buildSeconds: number;
}

export async function ensureBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const serverUrl = scratchServerUrl();
  const url = databaseUrlFor(serverUrl, BENCH_DATABASE);
  const fingerprint = benchFingerprint(await readMigrations());
  // BENCH_ACCEPT_DATABASE=1 measures the database as it is (e.g. the same one before and after a change to the code fingerprinted).
  if (process.env.BENCH_ACCEPT_DATABASE === "1" || (await storedFingerprint(url)) === fingerprint) return { url, rebuilt: false, buildSeconds: 0 };

  const started = Date.now();
  log(`Building the benchmark database ${BENCH_DATABASE} (${BENCH_SIZES.versions.toLocaleString("en")} versions; a few minutes, once)...`);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
  } finally {
    await admin.end();
  }
  await applyMigrations(url);
  await populate(url, log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE "_bench_meta" (fingerprint text NOT NULL)`);
    await client.query(`INSERT INTO "_bench_meta" VALUES ($1)`, [fingerprint]);
  } finally {
    await client.end();
  }
  return { url, rebuilt: true, buildSeconds: Math.round((Date.now() - started) / 1000) };
}

async function storedFingerprint(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ fingerprint: string }>(`SELECT fingerprint FROM "_bench_meta" LIMIT 1`);
    return rows[0]?.fingerprint ?? null;
  } catch {
    return null; // no database yet, or a half-built one
  } finally {
    await client.end().catch(() => {});
  }
}

const CHUNK = 5_000;
const DAY_MS = 24 * 60 * 60 * 1000;

async function insertChunks<T>(client: pg.Client, rows: T[], sql: string, columns: ((row: T) => unknown)[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await client.query(
      sql,
      columns.map((column) => chunk.map(column)),
    );
  }
}

async function populate(url: string, log: (line: string) => void): Promise<void> {
  const prisma = createPrismaClient(url, { maxConnections: 4 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The demo catalog, teams and users first: the benchmark signs in as the demo admin.
    await seedDatabase(prisma);
    const teams = (await client.query<{ id: string }>(`SELECT id FROM "Team" ORDER BY slug`)).rows.map((row) => row.id);
    const legal = (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'legal@example.com'`)).rows[0]!.id;

    log("  licenses...");
    const licenseIds = Array.from({ length: BENCH_SIZES.licenses }, () => randomUUID());
    const licenseVersionIds = licenseIds.map(() => randomUUID());
    await client.query(
      `INSERT INTO "License" (id, key, name, aliases, "updatedAt")
       SELECT id, 'LicenseRef-bench-' || n, 'Bench License ' || lpad(n::text, 3, '0'), ARRAY['bench-' || n], now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
      [licenseIds],
    );
    await client.query(
      `INSERT INTO "LicenseVersion" (id, "licenseId", revision, summary, "passThroughRestrictions", obligations)
       SELECT v, l, 1, 'Generated for the benchmark.', n % 3 = 0, CASE WHEN n % 4 = 0 THEN ARRAY['Credit the creator'] ELSE ARRAY[]::text[] END
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS t(v, l, n)`,
      [licenseVersionIds, licenseIds],
    );
    const terms = licenseVersionIds.flatMap((licenseVersionId, index) => benchLicenseTerms(index).map((term) => ({ licenseVersionId, ...term })));
    await insertChunks(
      client,
      terms,
      `INSERT INTO "LicenseTerm" ("licenseVersionId", use, status, condition) SELECT * FROM unnest($1::uuid[], $2::"IntendedUse"[], $3::"TermStatus"[], $4::text[])`,
      [(term) => term.licenseVersionId, (term) => term.use, (term) => term.status, (term) => term.condition],
    );

    log("  versions and lineage...");
    const versions = generateVersions();
    const versionIds = versions.map(() => randomUUID());
    const checkpointIds = new Map<number, string>();
    const checkpoints: { id: string; name: string; slug: string }[] = [];
    for (const version of versions) {
      if (checkpointIds.has(version.checkpoint)) continue;
      const id = randomUUID();
      checkpointIds.set(version.checkpoint, id);
      checkpoints.push({ id, name: checkpointName(version.checkpoint, version.architectureKey), slug: `bench-${version.checkpoint}` });
    }
    await insertChunks(
      client,
      checkpoints,
      `INSERT INTO "Checkpoint" (id, name, slug, aliases, "updatedAt") SELECT id, name, slug, ARRAY[]::text[], now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, name, slug)`,
      [(row) => row.id, (row) => row.name, (row) => row.slug],
    );
    const now = Date.now();
    await insertChunks(
      client,
      versions,
      `INSERT INTO "CheckpointVersion" (id, "checkpointId", version, kind, "architectureKey", "promptStyle", sha256, "fileName", "fileFormat", "releasedAt", "createdAt", "updatedAt")
       SELECT id, cp, label, kind, arch, prompt, sha, 'bench-' || label || '.safetensors', 'safetensors', created::date, created, created
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::"VersionKind"[], $5::text[], $6::"PromptStyle"[], $7::text[], $8::timestamptz[]) AS t(id, cp, label, kind, arch, prompt, sha, created)`,
      [
        (version) => versionIds[version.index],
        (version) => checkpointIds.get(version.checkpoint),
        (version) => version.label,
        (version) => version.kind,
        (version) => version.architectureKey,
        (version) => version.promptStyle,
        (version) => version.sha256,
        (version) => new Date(now - (BENCH_SIZES.versions - version.index) * 5 * 60 * 1000),
      ],
    );
    const edges = versions.flatMap((version) =>
      version.parents.map((parent) => ({
        child: versionIds[version.index]!,
        parent: versionIds[parent.index]!,
        relation: parent.relation,
        weight: parent.weight,
      })),
    );
    await insertChunks(
      client,
      edges,
      `INSERT INTO "LineageEdge" ("parentId", "childId", relation, weight) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::"LineageRelation"[], $4::float8[])`,
      [(edge) => edge.parent, (edge) => edge.child, (edge) => edge.relation, (edge) => edge.weight],
    );
    const layers = versions.flatMap((version) => version.licenses.map((license) => ({ version: versionIds[version.index]!, license: licenseIds[license]! })));
    await insertChunks(client, layers, `INSERT INTO "VersionLicense" ("versionId", "licenseId") SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      (layer) => layer.version,
      (layer) => layer.license,
    ]);
    const creator = versions.filter((version) => version.creatorTerms);
    await insertChunks(
      client,
      creator,
      `INSERT INTO "CreatorTerms" ("versionId", "allowCommercialUse", "allowNoCredit", "allowDerivatives", "allowDifferentLicense", "updatedAt")
       SELECT v, string_to_array(NULLIF(c, ''), ',')::"CommercialUse"[], n, d, l, now() FROM unnest($1::uuid[], $2::text[], $3::bool[], $4::bool[], $5::bool[]) AS t(v, c, n, d, l)`,
      [
        (version) => versionIds[version.index],
        (version) => version.creatorTerms!.allowCommercialUse.join(","),
        (version) => version.creatorTerms!.allowNoCredit,
        (version) => version.creatorTerms!.allowDerivatives,
        (version) => version.creatorTerms!.allowDifferentLicense,
      ],
    );

    log("  approvals...");
    const approvals = generateApprovals().map((approval) => ({ ...approval, id: randomUUID() }));
    await insertChunks(
      client,
      approvals,
      `INSERT INTO "Approval" (id, "versionId", "teamId", status, "reviewBy", "effectiveTerms", conditions, "updatedAt", "revokedAt", "revokedReason", "needsReviewReason", "needsReviewSince")
       SELECT id, v, team, status, review, '{}'::jsonb, ARRAY['Generated for the benchmark'], now(),
              CASE WHEN status = 'REVOKED' THEN now() END, CASE WHEN status = 'REVOKED' THEN 'Generated' END,
              CASE WHEN status = 'NEEDS_REVIEW' THEN 'Generated' END, CASE WHEN status = 'NEEDS_REVIEW' THEN now() END
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::"ApprovalStatus"[], $5::timestamptz[]) AS t(id, v, team, status, review)`,
      [
        (approval) => approval.id,
        (approval) => versionIds[approval.version],
        (approval) => (approval.team === null ? null : teams[approval.team]),
        (approval) => approval.status,
        (approval) => new Date(now + approval.reviewByDays * DAY_MS),
      ],
    );
    const uses = approvals.flatMap((approval) => approval.uses.map((use) => ({ approval: approval.id, use })));
    await insertChunks(
      client,
      uses,
      `INSERT INTO "ApprovalUse" ("approvalId", use, "statusAtApproval") SELECT a, u, 'CONDITIONAL' FROM unnest($1::uuid[], $2::"IntendedUse"[]) AS t(a, u)`,
      [(row) => row.approval, (row) => row.use],
    );
    const waivers = approvals.flatMap((approval) =>
      approval.waived.map((use) => ({ approval: approval.id, use, expires: new Date(now + approval.waiverExpiresDays * DAY_MS) })),
    );
    await insertChunks(
      client,
      waivers,
      `INSERT INTO "Waiver" ("approvalId", use, reason, comment, "expiresAt", "grantedById")
       SELECT a, u, 'LEGAL_OPINION', 'Generated for the benchmark', e, g FROM unnest($1::uuid[], $2::"IntendedUse"[], $3::timestamptz[], $4::uuid[]) AS t(a, u, e, g)`,
      [(row) => row.approval, (row) => row.use, (row) => row.expires, () => legal],
    );

    log("  browse summaries (the license engine over every version)...");
    await resyncAllVersionSummaries(prisma, {
      batchSize: 500,
      onProgress: (done, total) => {
        if (done % 20_000 === 0 || done === total) log(`    ${done.toLocaleString("en")} of ${total.toLocaleString("en")}`);
      },
    });
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}
