import "server-only";
import { hashPrefixRange } from "@/lib/catalog/autov2";
import { fileNameCandidates } from "@/lib/image-metadata/file-name-candidates";
import type { CatalogVersionRef, Identification, MatchKind } from "@/lib/image-metadata/image-verdict";
import type { ModelReference } from "@/lib/image-metadata/model-reference";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/generated/prisma/client";

type Db = PrismaClient | TransactionClient;

// More candidates than this are reported as "ambiguous" without listing them all.
const CANDIDATE_LIMIT = 6;

/**
 * Finds the catalogued version an image's model reference stands for: by hash first (the full
 * SHA-256, or a prefix of it such as AutoV2: a range on the sha256 index), then by file name, then
 * by Civitai's model and version names. A version found by name whose recorded SHA-256 contradicts
 * the image's hash is a different file and is never taken. Several candidates: ambiguous.
 */
export async function identifyModel(db: Db, reference: ModelReference): Promise<Identification> {
  const { hash } = reference;
  if (hash) {
    const range = hashPrefixRange(hash);
    const condition = hash.length === 64 ? Prisma.sql`v.sha256 = ${hash}` : Prisma.sql`v.sha256 >= ${range.from} AND v.sha256 < ${range.to}`;
    const found = await versionsWhere(db, condition);
    if (found.length > 0) return decide(found, hash.length === 64 ? "SHA256" : hash.length === 10 ? "AUTOV2" : "HASH_PREFIX");
  }
  const notContradicted = (rows: CatalogVersionRef[]) => rows.filter((row) => !hash || row.sha256 === null || row.sha256.startsWith(hash));

  const fileNames = fileNameCandidates(reference.name);
  if (fileNames.length > 0) {
    const found = notContradicted(await versionsWhere(db, Prisma.sql`v."fileName" = ANY(${fileNames}::text[])`));
    if (found.length > 0) return decide(found, "FILE_NAME");
  }
  const civitaiName = reference.civitai?.modelName;
  if (civitaiName) {
    const version = reference.civitai?.versionName;
    const found = notContradicted(
      await versionsWhere(db, version ? Prisma.sql`c.name = ${civitaiName} AND v.version = ${version}` : Prisma.sql`c.name = ${civitaiName}`),
    );
    if (found.length > 0) return decide(found, "CIVITAI_NAME");
  }
  if (!hash && fileNames.length === 0 && !civitaiName) return { status: "UNIDENTIFIABLE" };
  return { status: "NOT_IN_REGISTRY" };
}

function decide(found: CatalogVersionRef[], matchedBy: MatchKind): Identification {
  return found.length === 1 ? { status: "IDENTIFIED", matchedBy, version: found[0]! } : { status: "AMBIGUOUS", matchedBy, candidates: found };
}

async function versionsWhere(db: Db, condition: Prisma.Sql): Promise<CatalogVersionRef[]> {
  return db.$queryRaw<CatalogVersionRef[]>(Prisma.sql`
    SELECT v.id, c.name || ' ' || v.version AS name, v.sha256::text AS sha256, v."fileName" AS "fileName"
    FROM "CheckpointVersion" v JOIN "Checkpoint" c ON c.id = v."checkpointId"
    WHERE ${condition}
    ORDER BY c.name, v.version, v.id
    LIMIT ${CANDIDATE_LIMIT}`);
}
