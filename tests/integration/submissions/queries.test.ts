import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { findBaseVersions, findVersionsByHashes, previewSubmissionChecks, searchCheckpoints, searchVersions } from "@/lib/server/submissions/queries";
import { createVersion, createWorld } from "../reviews/world";

describe("the submit form's searches", () => {
  it("finds versions and checkpoints by word prefixes of their names", async () => {
    const world = await createWorld();
    const versionId = await createVersion(world, world.licenses.permissive);
    await prisma.$transaction((tx) => syncVersionSummaries(tx, [world.base.id, versionId]));
    const versions = await searchVersions(`subject ${world.tag}`);
    expect(versions.map((option) => option.id)).toEqual([versionId]);
    expect(versions[0]!.detail).toContain("SDXL");
    const checkpoints = await searchCheckpoints(`bas ${world.tag}`);
    expect(checkpoints.map((option) => option.label)).toEqual([`Base ${world.tag}`]);
    expect(await searchVersions("   ")).toEqual([]);
  });

  it("matches merge-recipe parents by full SHA-256 or by A1111's short hash, ignoring junk", async () => {
    const world = await createWorld();
    const matches = await findVersionsByHashes([world.base.sha256.toUpperCase(), "not-a-hash"], [world.base.sha256.slice(0, 10), "abc"]);
    expect(matches.map((match) => [match.id, match.hash])).toEqual([[world.base.id, world.base.sha256]]);
    const short = await findVersionsByHashes([], [world.base.sha256.slice(0, 10)]);
    expect(short.map((match) => [match.id, match.hash, match.label])).toEqual([[world.base.id, world.base.sha256.slice(0, 10), world.base.name]]);
    expect(await findVersionsByHashes([], [])).toEqual([]);
  });

  it("lists the BASE versions of one architecture with their source URL and checkpoint names", async () => {
    const world = await createWorld();
    const architectureKey = `ARCH_${world.tag}`;
    await prisma.architecture.create({ data: { key: architectureKey, name: `Architecture ${world.tag}` } });
    const checkpoint = await prisma.checkpoint.create({
      data: {
        slug: `family-${world.tag}`,
        name: `Family ${world.tag}`,
        aliases: [`Fam ${world.tag}`],
        versions: {
          create: [
            { version: "1.0", kind: "BASE", architectureKey, sourceUrl: `https://huggingface.co/example/${world.tag}` },
            { version: "1.1", kind: "FINETUNE", architectureKey },
          ],
        },
      },
      select: { versions: { where: { kind: "BASE" }, select: { id: true } } },
    });
    expect(await findBaseVersions(architectureKey)).toEqual([
      {
        id: checkpoint.versions[0]!.id,
        label: `Family ${world.tag} 1.0`,
        detail: `${architectureKey} · base`,
        sourceUrl: `https://huggingface.co/example/${world.tag}`,
        names: [`Family ${world.tag}`, `Fam ${world.tag}`],
      },
    ]);
    expect(await findBaseVersions(`NONE_${world.tag}`)).toEqual([]);
  });

  it("previews the checks of a catalogued version with the file the submitter inspected", async () => {
    const world = await createWorld();
    const preview = await previewSubmissionChecks({
      mode: "existing",
      versionId: world.base.id,
      parentIds: [],
      licenseIds: [],
      creatorTerms: null,
      sha256: "f".repeat(64),
      uses: ["INTERNAL_EXPLORATION"],
      detectedArchitecture: "SD1",
    });
    expect(preview.checks.map((check) => check.code).sort()).toEqual(["ARCHITECTURE_MISMATCH", "FILE_MISMATCH"]);
    expect(preview.useStatuses?.INTERNAL_EXPLORATION).toBe("ALLOWED");
  });
});
