import "server-only";
import type { PrismaClient } from "@/lib/server/db/client";
import type { ImportedBaseModel } from "@/lib/intake/imported-facts";
import type { ParentMatch, ParentOption } from "@/lib/intake/import-prefill";
import type { LicenseOption } from "@/lib/reviews/file-prefill";

// Read-only lookups that turn imported names into catalog rows: a base model by the Hugging Face
// page a version records as its source, else by a checkpoint's name or alias when that checkpoint
// has exactly one version (several versions: the submitter picks, never a guess).

export async function matchParents(db: PrismaClient, baseModels: readonly ImportedBaseModel[]): Promise<ParentMatch[]> {
  return Promise.all(baseModels.map((baseModel) => matchParent(db, baseModel)));
}

async function matchParent(db: PrismaClient, baseModel: ImportedBaseModel): Promise<ParentMatch> {
  const { ref, origin } = baseModel;
  if (baseModel.sourceUrl) {
    const bySource = await db.checkpointVersion.findMany({
      where: { sourceUrl: { in: [baseModel.sourceUrl, `${baseModel.sourceUrl}/`], mode: "insensitive" } },
      select: versionSelect,
      take: 2,
    });
    if (bySource.length === 1) return { ref, origin, match: toOption(bySource[0]!) };
  }
  const names = [...new Set(baseModel.candidates.map((name) => name.trim().toLowerCase()).filter(Boolean))];
  if (names.length === 0) return { ref, origin, match: null, reason: "not in the catalog: pick the parent yourself" };
  const checkpoints = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Checkpoint" c
    WHERE lower(c.name) = ANY(${names}::text[])
       OR EXISTS (SELECT 1 FROM unnest(c.aliases) AS alias WHERE lower(alias) = ANY(${names}::text[]))
    LIMIT 3`;
  if (checkpoints.length === 0) return { ref, origin, match: null, reason: "not in the catalog: pick the parent yourself, or ask an admin to add it" };
  if (checkpoints.length > 1) return { ref, origin, match: null, reason: "matches several catalogued checkpoints: pick the right one" };
  const versions = await db.checkpointVersion.findMany({ where: { checkpointId: checkpoints[0]!.id }, select: versionSelect, take: 2 });
  if (versions.length !== 1)
    return {
      ref,
      origin,
      match: null,
      reason: `${versions[0]?.checkpoint.name ?? "that checkpoint"} has several versions in the catalog: pick the one it derives from`,
    };
  return { ref, origin, match: toOption(versions[0]!) };
}

const versionSelect = { id: true, version: true, kind: true, architectureKey: true, checkpoint: { select: { name: true } } } as const;

function toOption(row: { id: string; version: string; kind: string; architectureKey: string; checkpoint: { name: string } }): ParentOption {
  return { id: row.id, label: `${row.checkpoint.name} ${row.version}`, detail: `${row.architectureKey} · ${row.kind.toLowerCase()}` };
}

export async function catalogOptions(db: PrismaClient): Promise<{ licenses: LicenseOption[]; architectureKeys: string[] }> {
  const [licenses, architectures] = await Promise.all([
    db.license.findMany({ select: { id: true, key: true, name: true, aliases: true } }),
    db.architecture.findMany({ select: { key: true } }),
  ]);
  return { licenses, architectureKeys: architectures.map((architecture) => architecture.key) };
}
