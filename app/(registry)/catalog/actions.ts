"use server";

import { formInput } from "@/lib/catalog/form-input";
import {
  addLineageEdgeSchema,
  applyLibraryUpdateSchema,
  checkpointFieldsSchema,
  createLicenseRevisionSchema,
  createLicenseSchema,
  createVersionSchema,
  updateCreatorTermsSchema,
  removeLineageEdgeSchema,
  updateCheckpointSchema,
  updateLicenseSchema,
  updateVersionSchema,
  versionLicenseSchema,
} from "@/lib/schemas/catalog";
import { defineFormAction, type Revalidation } from "@/lib/server/actions/define-action";
import { addLineageEdge } from "@/lib/server/catalog/add-lineage-edge";
import { createCheckpoint } from "@/lib/server/catalog/create-checkpoint";
import { createVersion } from "@/lib/server/catalog/create-version";
import { removeLineageEdge } from "@/lib/server/catalog/remove-lineage-edge";
import { updateCheckpoint } from "@/lib/server/catalog/update-checkpoint";
import { updateCreatorTerms } from "@/lib/server/catalog/update-creator-terms";
import { updateVersion } from "@/lib/server/catalog/update-version";
import { addVersionLicense, removeVersionLicense } from "@/lib/server/catalog/version-licenses";
import { createLicense } from "@/lib/server/licenses/create-license";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { previewLicenseRevision } from "@/lib/server/licenses/preview-license-revision";
import { applyLibraryUpdate } from "@/lib/server/licenses/library-update";
import { updateLicense } from "@/lib/server/licenses/update-license";

// Every catalog change also changes what browse, the detail pages and the API show.
const CATALOG: readonly Revalidation[] = ["/", { path: "/catalog", type: "layout" }, { path: "/checkpoints/[id]", type: "page" }];

export const createCheckpointAction = defineFormAction({
  name: "createCheckpoint",
  schema: checkpointFieldsSchema,
  run: (input, { actor }) => createCheckpoint(actor, input),
  revalidate: CATALOG,
  redirectTo: ({ checkpointId }) => `/catalog/checkpoints/${checkpointId}?created=1`,
});

export const updateCheckpointAction = defineFormAction({
  name: "updateCheckpoint",
  schema: updateCheckpointSchema,
  run: (input, { actor }) => updateCheckpoint(actor, input),
  revalidate: CATALOG,
  message: "Checkpoint saved.",
});

export const createVersionAction = defineFormAction({
  name: "createVersion",
  schema: createVersionSchema,
  run: (input, { actor }) => createVersion(actor, input),
  revalidate: CATALOG,
  redirectTo: ({ versionId }) => `/catalog/versions/${versionId}?created=1`,
});

export const updateVersionAction = defineFormAction({
  name: "updateVersion",
  schema: updateVersionSchema,
  run: (input, { actor }) => updateVersion(actor, input),
  revalidate: CATALOG,
  message: ({ flaggedApprovals }) => flaggedMessage("Version saved.", flaggedApprovals),
});

export const addLineageEdgeAction = defineFormAction({
  name: "addLineageEdge",
  schema: addLineageEdgeSchema,
  run: (input, { actor }) => addLineageEdge(actor, input),
  revalidate: CATALOG,
  message: ({ flaggedApprovals }) => flaggedMessage("Parent added.", flaggedApprovals),
});

export const removeLineageEdgeAction = defineFormAction({
  name: "removeLineageEdge",
  schema: removeLineageEdgeSchema,
  run: (input, { actor }) => removeLineageEdge(actor, input),
  revalidate: CATALOG,
  message: ({ flaggedApprovals }) => flaggedMessage("Parent removed.", flaggedApprovals),
});

export const addVersionLicenseAction = defineFormAction({
  name: "addVersionLicense",
  schema: versionLicenseSchema,
  run: (input, { actor }) => addVersionLicense(actor, input),
  revalidate: CATALOG,
  message: ({ flaggedApprovals }) => flaggedMessage("License layer added.", flaggedApprovals),
});

export const removeVersionLicenseAction = defineFormAction({
  name: "removeVersionLicense",
  schema: versionLicenseSchema,
  run: (input, { actor }) => removeVersionLicense(actor, input),
  revalidate: CATALOG,
  message: ({ flaggedApprovals }) => flaggedMessage("License layer removed.", flaggedApprovals),
});

export const updateCreatorTermsAction = defineFormAction({
  name: "updateCreatorTerms",
  schema: updateCreatorTermsSchema,
  read: (formData) => formInput(formData, { multi: ["allowCommercialUse"] }),
  run: (input, { actor }) => updateCreatorTerms(actor, input),
  revalidate: CATALOG,
  message: ({ revision, flaggedApprovals }) => flaggedMessage(`Creator terms saved as revision ${revision}.`, flaggedApprovals),
});

export const createLicenseAction = defineFormAction({
  name: "createLicense",
  schema: createLicenseSchema,
  run: (input, { actor }) => createLicense(actor, input),
  revalidate: CATALOG,
  redirectTo: ({ licenseId }) => `/catalog/licenses/${licenseId}?created=1`,
});

export const updateLicenseAction = defineFormAction({
  name: "updateLicense",
  schema: updateLicenseSchema,
  run: (input, { actor }) => updateLicense(actor, input),
  revalidate: CATALOG,
  message: "License saved.",
});

/** The dry run of a license change: what saving it would flag and flip. Writes nothing. */
export const previewLicenseRevisionAction = defineFormAction({
  name: "previewLicenseRevision",
  schema: createLicenseRevisionSchema,
  run: (input, { actor }) => previewLicenseRevision(actor, input),
});

export const createLicenseRevisionAction = defineFormAction({
  name: "createLicenseRevision",
  schema: createLicenseRevisionSchema,
  run: (input, { actor }) => createLicenseRevision(actor, input),
  revalidate: CATALOG,
  message: ({ revision, flaggedApprovals }) => flaggedMessage(`Saved as revision ${revision}; the previous revision is kept.`, flaggedApprovals),
});

/** Applies the licence library's update the admin previewed at /catalog/library: one audit event per changed licence. */
export const applyLicenseLibraryUpdateAction = defineFormAction({
  name: "applyLicenseLibraryUpdate",
  schema: applyLibraryUpdateSchema,
  run: async (input, { actor }) => {
    const outcome = await applyLibraryUpdate(actor, input);
    return { applied: outcome.applied.length, flaggedApprovals: outcome.flaggedApprovals };
  },
  revalidate: [...CATALOG, "/catalog/library"],
  message: ({ applied, flaggedApprovals }) =>
    flaggedMessage(`Applied ${applied} change${applied === 1 ? "" : "s"} from the licence library.`, flaggedApprovals),
});

function flaggedMessage(saved: string, flagged: number): string {
  return flagged === 0
    ? saved
    : `${saved} ${flagged} approval${flagged === 1 ? " relied" : "s relied"} on the old facts and now need${flagged === 1 ? "s" : ""} review.`;
}
