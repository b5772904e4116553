import { describe, expect, it } from "vitest";
import { listDescendants } from "@/lib/server/catalog/descendants";
import { prisma } from "@/lib/server/db/prisma";
import { createPerson } from "../auth/support/people";
import { createArchitecture, newVersion } from "./support";

describe("listDescendants", () => {
  it("finds direct and indirect fine-tunes and merges once each, at their shortest distance, and nothing upstream", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const architectureKey = await createArchitecture();
    const base = await newVersion(admin, { architectureKey, name: "Desc Base" });
    const otherBase = await newVersion(admin, { architectureKey, name: "Desc Other Base" });
    const tune = await newVersion(admin, { architectureKey, name: "Desc Tune", parents: [{ id: base.versionId }] });
    const tuneOfTune = await newVersion(admin, { architectureKey, name: "Desc Tune Two", parents: [{ id: tune.versionId }] });
    // A merge of the base and its own fine-tune: reached twice, listed once at depth 1.
    const merge = await newVersion(admin, {
      architectureKey,
      name: "Desc Merge",
      kind: "MERGE",
      parents: [
        { id: base.versionId, relation: "MERGE" },
        { id: tune.versionId, relation: "MERGE" },
      ],
    });
    // A merge of the fine-tune and an unrelated base: indirect.
    const farMerge = await newVersion(admin, {
      architectureKey,
      name: "Desc Far Merge",
      kind: "MERGE",
      parents: [
        { id: tuneOfTune.versionId, relation: "MERGE" },
        { id: otherBase.versionId, relation: "MERGE" },
      ],
    });

    const found = await listDescendants(prisma, base.versionId);
    expect(found.map((descendant) => [descendant.id, descendant.kind, descendant.depth])).toEqual(
      expect.arrayContaining([
        [tune.versionId, "FINETUNE", 1],
        [merge.versionId, "MERGE", 1],
        [tuneOfTune.versionId, "FINETUNE", 2],
        [farMerge.versionId, "MERGE", 3],
      ]),
    );
    expect(found).toHaveLength(4);
    expect(found.find((descendant) => descendant.id === tune.versionId)?.name).toBe(tune.name);
    expect(found.map((descendant) => descendant.id)).not.toContain(otherBase.versionId);

    expect((await listDescendants(prisma, otherBase.versionId)).map((descendant) => descendant.id)).toEqual([farMerge.versionId]);
    expect(await listDescendants(prisma, farMerge.versionId)).toEqual([]);
  });

  it("ends on a cycle in bad data", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const architectureKey = await createArchitecture();
    const a = await newVersion(admin, { architectureKey, name: "Cycle A" });
    const b = await newVersion(admin, { architectureKey, name: "Cycle B", parents: [{ id: a.versionId }] });
    // Written around the editor, which refuses cycles.
    await prisma.lineageEdge.create({ data: { parentId: b.versionId, childId: a.versionId, relation: "FINETUNE" } });
    expect((await listDescendants(prisma, a.versionId)).map((descendant) => [descendant.id, descendant.depth])).toEqual([[b.versionId, 1]]);
  });
});
