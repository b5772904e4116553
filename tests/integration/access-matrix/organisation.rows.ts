import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { libraryChanges } from "@/lib/server/licenses/library-update";
import { only, type MatrixRow } from "./support/matrix";

// Organisation conditions (legal reviewers and admins) and the licence library update (admins).

const ORGANISATION = "app/(registry)/settings/organisation/actions.ts";
const CATALOG = "app/(registry)/catalog/actions.ts";

const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: ORGANISATION,
    name: "recordOrganisationFactAction",
    allowed: only("legalReviewer", "admin"),
    audit: "organisation.fact_recorded",
    args: ({ form, unique }) => [null, form({ conditionKey: "outputs-content-review", met: "true", evidenceReference: unique("policy"), reviewBy: inAYear() })],
  },
  {
    kind: "action",
    file: ORGANISATION,
    name: "withdrawOrganisationFactAction",
    allowed: only("legalReviewer", "admin"),
    audit: "organisation.fact_withdrawn",
    args: async ({ db, form, unique, world }) => {
      // The condition's current fact, recorded just now for this caller.
      const fact = await db.organisationFact.create({
        data: {
          conditionKey: "stability-powered-by",
          met: true,
          evidenceReference: unique("screenshot"),
          reviewBy: new Date(Date.now() + 86_400_000),
          recordedById: world.users.legalReviewer.id,
        },
        select: { id: true },
      });
      return [null, form({ factId: fact.id, reason: "The product page no longer shows it." })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "applyLicenseLibraryUpdateAction",
    allowed: only("admin"),
    audit: "license.version_created",
    args: async ({ db, form }) => {
      // Someone edited Apache-2.0 away from the library: the update brings it back, as one new revision.
      const apache = await db.license.findUniqueOrThrow({
        where: { key: "Apache-2.0" },
        select: { id: true, versions: { orderBy: { revision: "desc" }, take: 1, select: { revision: true } } },
      });
      await db.licenseVersion.create({
        data: {
          licenseId: apache.id,
          revision: (apache.versions[0]?.revision ?? 0) + 1,
          terms: { create: INTENDED_USES.map((use) => ({ use, status: "UNKNOWN" as const })) },
        },
      });
      return [null, form({ expectedSteps: (await libraryChanges(db)).length })];
    },
  },
];
