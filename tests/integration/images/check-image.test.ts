import { beforeAll, describe, expect, it } from "vitest";
import { POST as check } from "@/app/api/v1/images/check/route";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { prisma } from "@/lib/server/db/prisma";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { a1111Parameters, comfyPrompt } from "@/tests/support/image-fixtures";
import { createPerson, createTeamRow, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, token } from "../catalog/support";

// POST /api/v1/images/check against PostgreSQL: identification by hash, file name and Civitai
// names; the per-use answer for the caller's team; every way of not being approved.

const family = token();
const sha = (prefix: string, fill: string) => `${prefix}${fill.repeat(64 - prefix.length)}`;
const studioSha = sha(`a${family}0`, "1");
const loraSha = sha(`b${family}0`, "2");
const twinPrefix = `c${family}0`;
const hashedSha = sha(`d${family}0`, "4");
const files = { studio: `studio_${family}.safetensors`, named: `named_only_${family}.safetensors`, hashed: `hashed_${family}.safetensors` };
let team: { id: string; slug: string; name: string };
let otherTeam: { id: string; slug: string; name: string };
let bearer: { member: string; loner: string; twoTeams: string };
let ids: Record<"studio" | "lora" | "named" | "twinA" | "twinB", string>;

/** The answer's shape (or an error's), loosely: the assertions spell out the values. */
interface CheckJson {
  status: string;
  team: { slug: string; name: string } | null;
  models: { reference: Record<string, unknown>; identification: Record<string, unknown>; approvals: Record<string, unknown>[] }[];
  verdicts: { use: string; approved: boolean; message: string }[];
  error: { code: string; message: string; details?: Record<string, unknown> };
}

async function post(body: unknown, who: keyof typeof bearer = "member"): Promise<{ status: number; json: CheckJson }> {
  const response = await check(
    new Request("http://localhost/api/v1/images/check", {
      method: "POST",
      headers: { authorization: `Bearer ${bearer[who]}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, json: (await response.json()) as CheckJson };
}
const verdict = (json: CheckJson, use: string) => json.verdicts.find((entry) => entry.use === use)!;

beforeAll(async () => {
  const admin: Person = await createPerson(prisma, { roles: ["ADMIN"] });
  team = await createTeamRow(prisma, "studio");
  otherTeam = await createTeamRow(prisma, "elsewhere");
  const tokenFor = async (person: Person) => (await issueApiToken(prisma, { userId: person.user.id, name: "it", expiresInDays: 30 }, SYSTEM_ACTOR)).token;
  bearer = {
    member: await tokenFor(await createPerson(prisma, { teamIds: [team.id] })),
    loner: await tokenFor(await createPerson(prisma)),
    twoTeams: await tokenFor(await createPerson(prisma, { teamIds: [team.id, otherTeam.id] })),
  };
  const architectureKey = await createArchitecture();
  const license = await newLicense(admin, {
    COMMERCIAL_OUTPUTS: { status: "CONDITIONAL", condition: "revenue under USD 1M" },
    INTERNAL_EXPLORATION: "ALLOWED",
    TRAIN_ON_OUTPUTS: "FORBIDDEN",
    RESEARCH: "ALLOWED",
  });
  const version = async (name: string, sha256?: string, fileName?: string) => {
    const { versionId } = await newVersion(admin, { architectureKey, name: `${name} ${family}`, licenseIds: [license.licenseId], sha256 });
    if (fileName) await prisma.checkpointVersion.update({ where: { id: versionId }, data: { fileName } });
    return versionId;
  };
  ids = {
    studio: await version("Studio", studioSha, files.studio),
    lora: await version("Detail Lora", loraSha),
    named: await version("Named Only", undefined, files.named),
    twinA: await version("Twin A", sha(twinPrefix, "5")),
    twinB: await version("Twin B", sha(twinPrefix, "6")),
  };
  await version("Hashed", hashedSha, files.hashed);
  await approve(ids.studio, ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION"], { grantedById: admin.user.id, teamId: team.id, conditions: ["Credit the studio"] });
  await approve(ids.lora, ["COMMERCIAL_OUTPUTS", "TRAIN_ON_OUTPUTS"], { grantedById: admin.user.id });
  await approve(ids.named, ["COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id, teamId: otherTeam.id });
});

describe("identifying the checkpoint", () => {
  it("by A1111's Model hash (AutoV2): approved for commercial outputs for the caller's team, with the conditions", async () => {
    const { status, json } = await post({ parameters: a1111Parameters({ modelHash: studioSha.slice(0, 10), model: "renamed-locally" }) });
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: "CHECKED", generator: "A1111", team: { slug: team.slug } });
    expect(json.models).toEqual([
      expect.objectContaining({
        identification: { status: "IDENTIFIED", matchedBy: "AUTOV2", version: expect.objectContaining({ id: ids.studio, sha256: studioSha }) },
        approvals: expect.arrayContaining([
          expect.objectContaining({
            use: "COMMERCIAL_OUTPUTS",
            team: { slug: team.slug, name: team.name },
            conditions: ["Credit the studio", "revenue under USD 1M"],
            waiver: null,
          }),
        ]),
      }),
    ]);
    expect(verdict(json, "COMMERCIAL_OUTPUTS")).toEqual({
      use: "COMMERCIAL_OUTPUTS",
      approved: true,
      message: `Approved for commercial outputs for your team (${team.name}).`,
    });
    expect(verdict(json, "TRAIN_ON_OUTPUTS")).toMatchObject({
      approved: false,
      message: expect.stringContaining(`Studio ${family} 1.0 has no approval for it`),
    });
  });

  it("by ComfyUI's ckpt_name (a file name in a subfolder) when there is no hash", async () => {
    const { json } = await post({ prompt: JSON.parse(comfyPrompt({ ckptName: `SDXL/${files.studio}` })) });
    expect(json.models[0]!.identification).toMatchObject({ status: "IDENTIFIED", matchedBy: "FILE_NAME", version: { id: ids.studio } });
    expect(verdict(json, "COMMERCIAL_OUTPUTS").approved).toBe(true);
  });

  it("by A1111's model name without its extension", async () => {
    const { json } = await post({ parameters: a1111Parameters({ model: files.studio.replace(".safetensors", "") }) });
    expect(json.models[0]!.identification).toMatchObject({ status: "IDENTIFIED", matchedBy: "FILE_NAME", version: { id: ids.studio } });
  });

  it("by Civitai's model and version name when that is all there is", async () => {
    const resources = JSON.stringify([{ type: "checkpoint", modelVersionId: 1, modelName: `Studio ${family}`, modelVersionName: "1.0" }]);
    const { json } = await post({ parameters: `a cat\nSteps: 20, Sampler: Euler, Seed: 1, Civitai resources: ${resources}` });
    expect(json.models[0]!.identification).toMatchObject({ status: "IDENTIFIED", matchedBy: "CIVITAI_NAME", version: { id: ids.studio } });
  });
});

describe("LoRAs", () => {
  it("count too: approved only when the checkpoint and every LoRA are, waivers reported", async () => {
    const { json } = await post({ parameters: a1111Parameters({ modelHash: studioSha.slice(0, 10), loraHashes: `detail: ${loraSha.slice(0, 12)}` }) });
    expect(json.models[1]).toMatchObject({
      reference: { role: "lora", name: "detail", hash: loraSha.slice(0, 12) },
      identification: { status: "IDENTIFIED", matchedBy: "HASH_PREFIX", version: { id: ids.lora } },
    });
    expect(json.models[1]!.approvals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ use: "TRAIN_ON_OUTPUTS", team: null, waiver: { reason: "LEGAL_OPINION", expiresAt: expect.any(String) } }),
      ]),
    );
    expect(verdict(json, "COMMERCIAL_OUTPUTS").approved).toBe(true);
    // The checkpoint has no approval to train on outputs, though the LoRA has.
    expect(verdict(json, "TRAIN_ON_OUTPUTS").approved).toBe(false);

    const unknownLora = await post({ parameters: a1111Parameters({ modelHash: studioSha.slice(0, 10), loraHashes: "mystery: 0000000000ff" }) });
    expect(verdict(unknownLora.json, "COMMERCIAL_OUTPUTS")).toMatchObject({
      approved: false,
      message: expect.stringContaining('LoRA "mystery" (0000000000ff) is not in the registry'),
    });
  });
});

describe("never approved", () => {
  it("a model that is not catalogued: 'not in the registry'", async () => {
    const { json } = await post({ parameters: a1111Parameters({ modelHash: "9999999999", model: `nowhere_${family}` }) });
    expect(json.models[0]!.identification).toEqual({ status: "NOT_IN_REGISTRY" });
    for (const entry of json.verdicts) expect(entry).toMatchObject({ approved: false, message: expect.stringContaining("is not in the registry") });
  });

  it("an AutoV2 that two catalogued versions share: ambiguous, naming both", async () => {
    const { json } = await post({ models: [{ role: "checkpoint", name: null, hash: twinPrefix }] });
    expect(json.models[0]!.identification).toMatchObject({ status: "AMBIGUOUS", candidates: [{ id: ids.twinA }, { id: ids.twinB }] });
    expect(verdict(json, "COMMERCIAL_OUTPUTS")).toMatchObject({
      approved: false,
      message: expect.stringContaining(`matches 2 catalogued versions (Twin A ${family} 1.0, Twin B ${family} 1.0)`),
    });
  });

  it("a file name whose catalogued version has another hash: a different file, not in the registry", async () => {
    const { json } = await post({ models: [{ role: "checkpoint", name: files.hashed, hash: "abcdefabcd" }] });
    expect(json.models[0]!.identification).toEqual({ status: "NOT_IN_REGISTRY" });
  });

  it("no generation metadata: a plain answer", async () => {
    const { json } = await post({ parameters: "just a prompt, no settings" });
    expect(json).toMatchObject({ status: "NO_METADATA", models: [] });
    expect(verdict(json, "COMMERCIAL_OUTPUTS")).toMatchObject({ approved: false, message: expect.stringContaining("no generation metadata") });
  });

  it("metadata that names no checkpoint", async () => {
    const { json } = await post({ models: [] });
    expect(verdict(json, "COMMERCIAL_OUTPUTS")).toMatchObject({ approved: false, message: expect.stringContaining("names no checkpoint") });
  });

  it("another team's approval: a caller without a team sees only approvals for every team", async () => {
    const { json } = await post({ models: [{ role: "checkpoint", name: files.named, hash: null }] }, "loner");
    expect(json.team).toBeNull();
    expect(verdict(json, "COMMERCIAL_OUTPUTS")).toMatchObject({
      approved: false,
      message: `Not approved for commercial outputs for every team: Named Only ${family} 1.0 has no approval for it.`,
    });
    const studio = await post({ parameters: a1111Parameters({ modelHash: studioSha.slice(0, 10) }) }, "loner");
    expect(verdict(studio.json, "COMMERCIAL_OUTPUTS").approved).toBe(false);
  });
});

describe("teams and errors", () => {
  it("asks a member of several teams which one, and answers for the team named", async () => {
    const body = { parameters: a1111Parameters({ modelHash: studioSha.slice(0, 10) }) };
    expect(await post(body, "twoTeams")).toMatchObject({ status: 400, json: { error: { code: "INVALID_REQUEST", details: { team: ["Choose a team."] } } } });
    const forOther = await post({ ...body, team: otherTeam.slug }, "twoTeams");
    expect(verdict(forOther.json, "COMMERCIAL_OUTPUTS").approved).toBe(false);
    const forStudio = await post({ ...body, team: team.slug }, "twoTeams");
    expect(verdict(forStudio.json, "COMMERCIAL_OUTPUTS").approved).toBe(true);
  });

  it("refuses a team the caller does not belong to (403) and an unknown one (404)", async () => {
    const body = { models: [], team: otherTeam.slug };
    expect((await post(body)).json).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect((await post({ models: [], team: `no-such-${family}` })).status).toBe(404);
  });

  it("answers 400 for a body that is not metadata and 401 without a token", async () => {
    for (const body of [{}, { models: [{ role: "vae" }] }, { models: [{ role: "checkpoint", hash: "12345" }] }, { parameters: 42 }]) {
      const { status, json } = await post(body);
      expect([status, json.error.code], JSON.stringify(body)).toEqual([400, "INVALID_REQUEST"]);
    }
    const notJson = await check(
      new Request("http://localhost/api/v1/images/check", { method: "POST", headers: { authorization: `Bearer ${bearer.member}` }, body: "not json" }),
    );
    expect(notJson.status).toBe(400);
    const anonymous = await check(new Request("http://localhost/api/v1/images/check", { method: "POST", body: "{}" }));
    expect(anonymous.status).toBe(401);
  });
});
