import { randomBytes } from "node:crypto";
import { autoV2 } from "@/lib/catalog/autov2";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient } from "@/lib/server/db/client";
import { a1111Parameters, comfyPrompt, comfyWorkflow, pngWithText } from "@/tests/support/image-fixtures";
import { expect, signIn, test } from "./support/fixtures";

// "Was this image made with an approved model?" in the browser: PNGs built here with real tEXt
// chunks, as A1111 and ComfyUI write them, are read by the page (nothing uploaded) and answered
// from the catalogue. Also AutoV2 on the detail page and in the browse search.

const DAY = 24 * 60 * 60 * 1000;

/** A catalogued SDXL fine-tune with a file hash and name, approved for commercial outputs for Creative Studio. */
async function approvedCheckpoint(prisma: PrismaClient) {
  const suffix = randomBytes(4).toString("hex");
  const sha256 = randomBytes(32).toString("hex");
  const fileName = `e2e_approved_${suffix}.safetensors`;
  const name = `Image Check ${suffix}`;
  const versionId = await prisma.$transaction(
    async (tx) => {
      const license = await tx.license.create({
        data: {
          key: `LicenseRef-image-check-${suffix}`,
          name: `Image Check License ${suffix}`,
          versions: {
            create: {
              revision: 1,
              terms: {
                create: INTENDED_USES.map((use) => ({
                  use,
                  status: use === "COMMERCIAL_OUTPUTS" || use === "INTERNAL_EXPLORATION" ? ("ALLOWED" as const) : ("FORBIDDEN" as const),
                })),
              },
            },
          },
        },
        select: { id: true },
      });
      const checkpoint = await tx.checkpoint.create({ data: { slug: `image-check-${suffix}`, name }, select: { id: true } });
      const version = await tx.checkpointVersion.create({
        data: {
          checkpointId: checkpoint.id,
          version: "1.0",
          kind: "BASE",
          architectureKey: "SDXL",
          sha256,
          fileName,
          licenses: { create: [{ licenseId: license.id }] },
        },
        select: { id: true },
      });
      await syncVersionSummaries(tx, [version.id]);
      const team = await tx.team.findUniqueOrThrow({ where: { slug: "creative-studio" }, select: { id: true } });
      await grantApproval(tx, SYSTEM_ACTOR, {
        versionId: version.id,
        uses: ["COMMERCIAL_OUTPUTS"],
        teamId: team.id,
        conditions: ["Credit the studio"],
        reviewBy: new Date(Date.now() + 180 * DAY),
      });
      return version.id;
    },
    { timeout: 30_000 },
  );
  return { versionId, sha256, fileName, name: `${name} 1.0`, autov2: autoV2(sha256)! };
}

test("images made with an approved catalogued checkpoint read 'approved for commercial outputs for your team'; an unknown model reads 'not in the registry'", async ({
  page,
  prisma,
  createUser,
}) => {
  const model = await approvedCheckpoint(prisma);
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Check an image" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check an image" })).toBeVisible();
  await expect(page.getByText("No images checked yet.")).toBeVisible();

  const a1111 = pngWithText([{ type: "tEXt", key: "parameters", text: a1111Parameters({ modelHash: model.autov2, model: "my_local_copy" }) }]);
  const comfy = pngWithText([
    { type: "tEXt", key: "prompt", text: comfyPrompt({ ckptName: `SDXL/${model.fileName}` }) },
    { type: "tEXt", key: "workflow", text: comfyWorkflow({ ckptName: `SDXL/${model.fileName}` }) },
  ]);
  const unknown = pngWithText([{ type: "tEXt", key: "parameters", text: a1111Parameters({ modelHash: "0f0f0f0f0f", model: "not_catalogued_anywhere" }) }]);
  const plain = pngWithText([{ type: "tEXt", key: "Software", text: "an image editor" }]);
  await page.getByLabel("Choose PNG, JPEG or WebP images").setInputFiles([
    { name: "a1111.png", mimeType: "image/png", buffer: a1111 },
    { name: "comfyui.png", mimeType: "image/png", buffer: comfy },
    { name: "unknown.png", mimeType: "image/png", buffer: unknown },
    { name: "plain.png", mimeType: "image/png", buffer: plain },
  ]);

  for (const [file, how] of [
    ["a1111.png", "identified by its AutoV2 hash"],
    ["comfyui.png", "identified by file name only"],
  ] as const) {
    const card = page.getByRole("article", { name: `Check of ${file}` });
    await expect(card.getByRole("list", { name: "Answer per use" })).toContainText(/Approved for commercial outputs for your team \(Creative Studio\)/);
    await expect(card).toContainText(`In the registry as ${model.name}, ${how}`);
    await expect(card).toContainText("conditions: Credit the studio");
    // Uses nobody approved stay plainly not approved.
    await expect(card).toContainText(`Not approved for train on outputs for your team (Creative Studio): ${model.name} has no approval for it.`);
  }

  const unknownCard = page.getByRole("article", { name: "Check of unknown.png" });
  await expect(unknownCard).toContainText(
    'Not approved for commercial outputs for your team (Creative Studio): Checkpoint "not_catalogued_anywhere" (0f0f0f0f0f) is not in the registry.',
  );
  await expect(unknownCard).not.toContainText(/^Approved/);
  await expect(unknownCard.getByText("Approved", { exact: true })).toHaveCount(0);

  const plainCard = page.getByRole("article", { name: "Check of plain.png" });
  await expect(plainCard).toContainText("No generation metadata found");
  await expect(plainCard.getByText("Approved", { exact: true })).toHaveCount(0);

  // The same file's AutoV2 is shown on its detail page and finds it in the browse search.
  await page.getByRole("article", { name: "Check of a1111.png" }).getByRole("link", { name: model.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(model.name.replace(/ 1\.0$/, ""));
  await expect(page.getByRole("region", { name: "Facts" })).toContainText(`AutoV2${model.autov2}`);
  await page.goto("/");
  await page.getByLabel("Search by name or alias").fill(model.autov2.toUpperCase());
  await page.getByLabel("Search by name or alias").press("Enter");
  const rows = page.getByRole("table", { name: "Checkpoint versions" }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(model.name.replace(/ 1\.0$/, ""));
});

test("a damaged file, or one that is no image, gets a plain message, never an answer", async ({ page, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, "/check-image");
  await page.goto("/check-image");
  const text = a1111Parameters({ modelHash: "0123456789" });
  const damaged = pngWithText([{ type: "tEXt", key: "parameters", text }]);
  const at = damaged.indexOf(Buffer.from("parameters")) + 3;
  damaged.writeUInt8(damaged.readUInt8(at) ^ 0x01, at); // one changed byte: the chunk's CRC no longer matches
  await page.getByLabel("Choose PNG, JPEG or WebP images").setInputFiles([
    { name: "damaged.png", mimeType: "image/png", buffer: damaged },
    { name: "notes.png", mimeType: "image/png", buffer: Buffer.from("this is not an image") },
  ]);
  const damagedCard = page.getByRole("article", { name: "Check of damaged.png" });
  await expect(damagedCard).toContainText("No generation metadata found");
  await expect(damagedCard.getByRole("list", { name: "Problems reading the file" })).toContainText("wrong checksum");
  await expect(page.getByRole("article", { name: "Check of notes.png" }).getByRole("alert")).toHaveText("This is not a PNG, JPEG or WebP image.");
});
