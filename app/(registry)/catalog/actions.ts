"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formInput } from "@/lib/catalog/form-input";
import {
  addLineageEdgeSchema,
  checkpointFieldsSchema,
  createLicenseRevisionSchema,
  createLicenseSchema,
  createVersionSchema,
  creatorTermsSchema,
  removeLineageEdgeSchema,
  updateCheckpointSchema,
  updateLicenseSchema,
  updateVersionSchema,
  versionLicenseSchema,
} from "@/lib/schemas/catalog";
import { parseInput, runAction, type ActionResult } from "@/lib/server/action-result";
import { requireActionUser } from "@/lib/server/auth/current-user";
import { addLineageEdge } from "@/lib/server/catalog/add-lineage-edge";
import { createCheckpoint } from "@/lib/server/catalog/create-checkpoint";
import { createVersion } from "@/lib/server/catalog/create-version";
import { removeLineageEdge } from "@/lib/server/catalog/remove-lineage-edge";
import { updateCheckpoint } from "@/lib/server/catalog/update-checkpoint";
import { updateCreatorTerms } from "@/lib/server/catalog/update-creator-terms";
import { updateVersion } from "@/lib/server/catalog/update-version";
import { addVersionLicense, removeVersionLicense } from "@/lib/server/catalog/version-licenses";
import { createLicense } from "@/lib/server/licenses/create-license";
import { previewLicenseRevision, type LicenseRevisionPreview } from "@/lib/server/licenses/preview-license-revision";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { updateLicense } from "@/lib/server/licenses/update-license";

type State<T = unknown> = ActionResult<T> | null;

// Every catalog change also changes what browse, the detail pages and the API show.
function revalidateCatalog(...paths: string[]) {
  revalidatePath("/");
  revalidatePath("/catalog", "layout");
  revalidatePath("/checkpoints/[id]", "page");
  for (const path of paths) revalidatePath(path);
}

function flaggedMessage(saved: string, flagged: number): string {
  return flagged === 0 ? saved : `${saved} ${flagged} approval${flagged === 1 ? " relied" : "s relied"} on the old facts and now need${flagged === 1 ? "s" : ""} review.`;
}

export async function createCheckpointAction(_previous: State, formData: FormData): Promise<ActionResult<{ checkpointId: string }>> {
  const result = await runAction("createCheckpoint", async () => {
    const { user, actor } = await requireActionUser();
    return createCheckpoint(actor, user, parseInput(checkpointFieldsSchema, formInput(formData)));
  });
  if (!result.ok) return result;
  revalidateCatalog();
  redirect(`/catalog/checkpoints/${result.data.checkpointId}?created=1`);
}

export async function updateCheckpointAction(_previous: State, formData: FormData): Promise<ActionResult<{ checkpointId: string }>> {
  const result = await runAction("updateCheckpoint", async () => {
    const { user, actor } = await requireActionUser();
    return updateCheckpoint(actor, user, parseInput(updateCheckpointSchema, formInput(formData)));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: "Checkpoint saved." } : result;
}

export async function createVersionAction(_previous: State, formData: FormData): Promise<ActionResult<{ versionId: string }>> {
  const result = await runAction("createVersion", async () => {
    const { user, actor } = await requireActionUser();
    return createVersion(actor, user, parseInput(createVersionSchema, formInput(formData)));
  });
  if (!result.ok) return result;
  revalidateCatalog();
  redirect(`/catalog/versions/${result.data.versionId}?created=1`);
}

export async function updateVersionAction(_previous: State, formData: FormData): Promise<ActionResult<{ versionId: string; flaggedApprovals: number }>> {
  const result = await runAction("updateVersion", async () => {
    const { user, actor } = await requireActionUser();
    return updateVersion(actor, user, parseInput(updateVersionSchema, formInput(formData)));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: flaggedMessage("Version saved.", result.data.flaggedApprovals) } : result;
}

export async function addLineageEdgeAction(_previous: State, formData: FormData): Promise<ActionResult<{ edgeId: string; flaggedApprovals: number }>> {
  const result = await runAction("addLineageEdge", async () => {
    const { user, actor } = await requireActionUser();
    return addLineageEdge(actor, user, parseInput(addLineageEdgeSchema, formInput(formData)));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: flaggedMessage("Parent added.", result.data.flaggedApprovals) } : result;
}

export async function removeLineageEdgeAction(_previous: State, formData: FormData): Promise<ActionResult<{ childId: string; flaggedApprovals: number }>> {
  const result = await runAction("removeLineageEdge", async () => {
    const { user, actor } = await requireActionUser();
    return removeLineageEdge(actor, user, parseInput(removeLineageEdgeSchema, formInput(formData)));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: flaggedMessage("Parent removed.", result.data.flaggedApprovals) } : result;
}

export async function addVersionLicenseAction(_previous: State, formData: FormData): Promise<ActionResult<{ flaggedApprovals: number }>> {
  const result = await runAction("addVersionLicense", async () => {
    const { user, actor } = await requireActionUser();
    return addVersionLicense(actor, user, parseInput(versionLicenseSchema, formInput(formData)));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: flaggedMessage("License layer added.", result.data.flaggedApprovals) } : result;
}

export async function removeVersionLicenseAction(_previous: State, formData: FormData): Promise<ActionResult<{ flaggedApprovals: number }>> {
  const result = await runAction("removeVersionLicense", async () => {
    const { user, actor } = await requireActionUser();
    return removeVersionLicense(actor, user, parseInput(versionLicenseSchema, formInput(formData)));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: flaggedMessage("License layer removed.", result.data.flaggedApprovals) } : result;
}

export async function updateCreatorTermsAction(_previous: State, formData: FormData): Promise<ActionResult<{ revision: number; flaggedApprovals: number }>> {
  const result = await runAction("updateCreatorTerms", async () => {
    const { user, actor } = await requireActionUser();
    return updateCreatorTerms(actor, user, parseInput(creatorTermsSchema, formInput(formData, { multi: ["allowCommercialUse"] })));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: flaggedMessage(`Creator terms saved as revision ${result.data.revision}.`, result.data.flaggedApprovals) } : result;
}

export async function createLicenseAction(_previous: State, formData: FormData): Promise<ActionResult<{ licenseId: string; licenseVersionId: string }>> {
  const result = await runAction("createLicense", async () => {
    const { user, actor } = await requireActionUser();
    return createLicense(actor, user, parseInput(createLicenseSchema, formInput(formData)));
  });
  if (!result.ok) return result;
  revalidateCatalog();
  redirect(`/catalog/licenses/${result.data.licenseId}?created=1`);
}

export async function updateLicenseAction(_previous: State, formData: FormData): Promise<ActionResult<{ licenseId: string }>> {
  const result = await runAction("updateLicense", async () => {
    const { user, actor } = await requireActionUser();
    return updateLicense(actor, user, parseInput(updateLicenseSchema, formInput(formData)));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: "License saved." } : result;
}

/** The dry run of a license change: what saving it would flag and flip. Writes nothing. */
export async function previewLicenseRevisionAction(formData: FormData): Promise<ActionResult<LicenseRevisionPreview>> {
  return runAction("previewLicenseRevision", async () => {
    const { actor } = await requireActionUser();
    return previewLicenseRevision(actor, parseInput(createLicenseRevisionSchema, formInput(formData)));
  });
}

export async function createLicenseRevisionAction(
  _previous: State,
  formData: FormData,
): Promise<ActionResult<{ licenseVersionId: string; revision: number; flaggedApprovals: number }>> {
  const result = await runAction("createLicenseRevision", async () => {
    const { user, actor } = await requireActionUser();
    return createLicenseRevision(actor, user, parseInput(createLicenseRevisionSchema, formInput(formData)));
  });
  if (result.ok) revalidateCatalog();
  return result.ok ? { ...result, message: flaggedMessage(`Saved as revision ${result.data.revision}; the previous revision is kept.`, result.data.flaggedApprovals) } : result;
}
