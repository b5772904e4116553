import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/hash-chain";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { verifyPassword } from "@/lib/server/auth/password";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { seedDatabase, SEED_CHECKPOINTS, type SeedSummary } from "@/prisma/seed";
import { DEMO_USERS } from "@/prisma/seed-data/demo-users";
import { currentRevision, LICENSE_KEY, LICENSES } from "@/prisma/seed-data/licenses";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

// Its own fresh database (not the shared one of global-setup): the re-seed and concurrency checks
// compare whole tables, which other test files must not be writing to at the same time.

const K = LICENSE_KEY;

// The catalog as the issue names it, written out independently of the data modules.
const EXPECTED_VERSIONS = [
  { ref: "stable-diffusion-v1@1.5", architecture: "SD1", kind: "BASE", licenses: [K.railM] },
  { ref: "stable-diffusion-v2@2.1", architecture: "SD2", kind: "BASE", licenses: [K.railPlusPlusM] },
  { ref: "stable-diffusion-xl@1.0", architecture: "SDXL", kind: "BASE", licenses: [K.railPlusPlusM] },
  { ref: "sdxl-turbo@1.0", architecture: "SDXL", kind: "DISTILLED", licenses: [K.stabilityNonCommercial] },
  { ref: "sd-turbo@1.0", architecture: "SD2", kind: "DISTILLED", licenses: [K.stabilityNonCommercial] },
  { ref: "stable-diffusion-3-5@Large", architecture: "SD3", kind: "BASE", licenses: [K.stabilityCommunity] },
  { ref: "stable-cascade@1.0", architecture: "STABLE_CASCADE", kind: "BASE", licenses: [K.stabilityNonCommercial] },
  { ref: "flux-1-dev@1.0", architecture: "FLUX1", kind: "BASE", licenses: [K.fluxDevNonCommercial] },
  { ref: "flux-1-schnell@1.0", architecture: "FLUX1", kind: "BASE", licenses: [K.apache2] },
  // Pony's own modified Fair AI Public License 1.0-SD; Anything V5 records none (unverified).
  { ref: "pony-diffusion@V6 XL", architecture: "SDXL", kind: "FINETUNE", licenses: [K.fairAiPublicSdPony] },
  { ref: "anything@V5", architecture: "SD1", kind: "FINETUNE", licenses: [] },
  { ref: "illustrious-xl@v0.1", architecture: "SDXL", kind: "FINETUNE", licenses: [K.fairAiPublicSd] },
  { ref: "illustrious-xl@v1.0", architecture: "SDXL", kind: "FINETUNE", licenses: [K.sdxlLicense] },
  { ref: "illustrious-xl@v2.0", architecture: "SDXL", kind: "FINETUNE", licenses: [K.railM] },
  { ref: "demo-cascade-dreams@1.0", architecture: "STABLE_CASCADE", kind: "FINETUNE", licenses: [K.stabilityNonCommercial] },
  { ref: "demo-velvet-portraits@2.0", architecture: "SD1", kind: "FINETUNE", licenses: [K.railM] },
  { ref: "demo-velvet-anything-mix@1.0", architecture: "SD1", kind: "MERGE", licenses: [K.railM] },
  { ref: "demo-xl-trinity-mix@1.0", architecture: "SDXL", kind: "MERGE", licenses: [K.railPlusPlusM] },
  { ref: "demo-clean-product-xl@1.0", architecture: "SDXL", kind: "FINETUNE", licenses: [K.railPlusPlusM] },
];

// parent -> child, relation, weight
const EXPECTED_EDGES = [
  "stable-diffusion-xl@1.0 -> sdxl-turbo@1.0 DISTILL null",
  "stable-diffusion-v2@2.1 -> sd-turbo@1.0 DISTILL null",
  "stable-diffusion-xl@1.0 -> pony-diffusion@V6 XL FINETUNE null",
  "stable-diffusion-v1@1.5 -> anything@V5 FINETUNE null",
  "stable-diffusion-xl@1.0 -> illustrious-xl@v0.1 FINETUNE null",
  "stable-diffusion-xl@1.0 -> illustrious-xl@v1.0 FINETUNE null",
  "illustrious-xl@v1.0 -> illustrious-xl@v2.0 FINETUNE null",
  "stable-cascade@1.0 -> demo-cascade-dreams@1.0 FINETUNE null",
  "stable-diffusion-v1@1.5 -> demo-velvet-portraits@2.0 FINETUNE null",
  "demo-velvet-portraits@2.0 -> demo-velvet-anything-mix@1.0 MERGE 0.6",
  "anything@V5 -> demo-velvet-anything-mix@1.0 MERGE 0.4",
  "stable-diffusion-xl@1.0 -> demo-xl-trinity-mix@1.0 MERGE 0.4",
  "pony-diffusion@V6 XL -> demo-xl-trinity-mix@1.0 MERGE 0.3",
  "illustrious-xl@v2.0 -> demo-xl-trinity-mix@1.0 MERGE 0.3",
  "stable-diffusion-xl@1.0 -> demo-clean-product-xl@1.0 FINETUNE null",
];

// A wrong ALLOWED is the worst bug this catalog can have: every one is listed here by hand.
const EXPECTED_ALLOWED = [
  `${K.stabilityCommunity} RESEARCH`,
  `${K.stabilityNonCommercial} RESEARCH`,
  ...["COMMERCIAL_OUTPUTS", "DERIVATIVES", "HOSTED_SERVICE", "INTERNAL_EXPLORATION", "REDISTRIBUTE_WEIGHTS", "RESEARCH", "TRAIN_ON_OUTPUTS"].map(
    (use) => `${K.apache2} ${use}`,
  ),
].sort();

const EXPECTED_FIRST_RUN: SeedSummary = {
  architectures: 6,
  licenses: 9,
  licenseVersions: 11,
  licenseTerms: 77,
  teams: 3,
  users: 5,
  memberships: 3,
  checkpoints: 17,
  checkpointVersions: 19,
  versionLicenses: 18,
  creatorTerms: 10,
  lineageEdges: 15,
  auditEvents: 86,
  lineageEdgesSkipped: 0,
  reviewRequests: 6,
  signOffs: 12,
  approvals: 6,
  versionSummaries: 19,
};

const SEEDED_TABLES = [
  "Architecture",
  "License",
  "LicenseVersion",
  "LicenseTerm",
  "Team",
  "User",
  "Membership",
  "Checkpoint",
  "CheckpointVersion",
  "VersionLicense",
  "CreatorTerms",
  "LineageEdge",
  "ReviewRequest",
  "SignOff",
  "Approval",
  "ApprovalUse",
  "ApprovalLicense",
  "Waiver",
  "VersionSummary",
  "VersionUseApproval",
  "AuditEvent",
];

let drop: () => Promise<void> = async () => {};
let prisma: PrismaClient;
let firstRun: SeedSummary;

beforeAll(async () => {
  const database = await createScratchDatabase("seed");
  drop = database.drop;
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url);
  firstRun = await seedDatabase(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await drop();
});

describe("seedDatabase on an empty database", () => {
  it("reports what it created", () => {
    expect(firstRun).toEqual(EXPECTED_FIRST_RUN);
  });

  it("creates every catalog version with its architecture, kind and declared licenses", async () => {
    const versions = await listVersions();
    expect(versions.map((version) => version.ref).sort()).toEqual(EXPECTED_VERSIONS.map((version) => version.ref).sort());
    for (const expected of EXPECTED_VERSIONS) {
      const version = versions.find((candidate) => candidate.ref === expected.ref);
      expect({ ref: version?.ref, architecture: version?.architecture, kind: version?.kind, licenses: version?.licenses }).toEqual(expected);
    }
    // The data modules seed exactly this catalog, nothing more.
    const seeded = SEED_CHECKPOINTS.flatMap((checkpoint) => checkpoint.versions.map((version) => `${checkpoint.slug}@${version.version}`));
    expect(seeded.sort()).toEqual(EXPECTED_VERSIONS.map((version) => version.ref).sort());
  });

  it("links the lineage edges the document describes, and only those", async () => {
    const edges = await prisma.lineageEdge.findMany({
      include: { parent: { include: { checkpoint: true } }, child: { include: { checkpoint: true } } },
    });
    const described = edges.map(
      (edge) => `${edge.parent.checkpoint.slug}@${edge.parent.version} -> ${edge.child.checkpoint.slug}@${edge.child.version} ${edge.relation} ${edge.weight}`,
    );
    expect(described.sort()).toEqual([...EXPECTED_EDGES].sort());

    for (const version of await listVersions()) {
      const parents = edges.filter((edge) => edge.childId === version.id);
      if (version.kind === "BASE") expect(parents, version.ref).toHaveLength(0);
      if (version.kind === "FINETUNE" || version.kind === "DISTILLED") expect(parents, version.ref).toHaveLength(1);
      if (version.kind === "MERGE") {
        expect(parents.length, version.ref).toBeGreaterThanOrEqual(2);
        expect(parents.reduce((sum, edge) => sum + (edge.weight ?? Number.NaN), 0)).toBeCloseTo(1);
      }
    }
  });

  it("gives Illustrious XL v1.0 and v2.0 different licenses, as marked on Hugging Face", async () => {
    const versions = await prisma.checkpointVersion.findMany({
      where: { checkpoint: { slug: "illustrious-xl" } },
      include: { licenses: { include: { license: true } } },
      orderBy: { version: "asc" },
    });
    expect(versions.map((version) => version.version)).toEqual(["v0.1", "v1.0", "v2.0"]);
    const [v01, v1, v2] = versions.map((version) => version.licenses.map(({ license }) => license));
    expect(v01?.map((license) => license.aliases)).toEqual([expect.arrayContaining(["fair-ai-public-license-1.0-sd"])]);
    expect(v1?.map((license) => license.aliases)).toEqual([expect.arrayContaining(["sdxl-license"])]);
    expect(v2?.map((license) => license.aliases)).toEqual([expect.arrayContaining(["creativeml-openrail-m"])]);
    expect(v1?.[0]?.id).not.toBe(v2?.[0]?.id);
    for (const version of versions) {
      expect(version).toMatchObject({ promptStyle: "HYBRID", publisher: "OnomaAIResearch" });
      if (version.version !== "v0.1") expect(version.nativeResolution).toBe(1536);
    }
  });

  it("records descriptive notes, prompting styles and no invented file hashes", async () => {
    const versions = await prisma.checkpointVersion.findMany({ include: { checkpoint: true } });
    for (const version of versions) {
      expect(version.bestFor, version.checkpoint.slug).toBeTruthy();
      expect(version.pros.length, version.checkpoint.slug).toBeGreaterThan(0);
      expect(version.cons.length, version.checkpoint.slug).toBeGreaterThan(0);
      expect(version.licenseNotes, version.checkpoint.slug).toBeTruthy();
      expect(version.sha256).toBeNull();
    }
    const bySlug = (slug: string) => versions.find((version) => version.checkpoint.slug === slug);
    expect(bySlug("stable-diffusion-v1")).toMatchObject({ nativeResolution: 512, promptStyle: "NATURAL_LANGUAGE" });
    expect(bySlug("stable-diffusion-v2")).toMatchObject({ nativeResolution: 768 });
    expect(bySlug("stable-diffusion-xl")).toMatchObject({ nativeResolution: 1024, publisher: "Stability AI" });
    expect(bySlug("flux-1-dev")).toMatchObject({ publisher: "Black Forest Labs" });
    expect(bySlug("pony-diffusion")).toMatchObject({ promptStyle: "TAGS", publisher: "PurpleSmartAI" });
    expect(bySlug("anything")).toMatchObject({ promptStyle: "TAGS" });
    const pony = await prisma.checkpoint.findUniqueOrThrow({ where: { slug: "pony-diffusion" } });
    expect(pony.aliases).toEqual(expect.arrayContaining(["Pony V6", "PDXL"]));
  });
});

describe("seeded licenses", () => {
  it("have every library revision (FLUX.1 [dev] three) with a term for every intended use", async () => {
    const licenses = await listLicenses();
    expect(licenses.map((license) => license.key).sort()).toEqual(LICENSES.map((license) => license.key).sort());
    for (const license of licenses) {
      expect(license.key).toMatch(/^(LicenseRef-[a-z0-9.+-]+|Apache-2\.0)$/);
      expect(license.versions.map((version) => version.revision).sort()).toEqual(license.key === K.fluxDevNonCommercial ? [1, 2, 3] : [1]);
      const [version] = license.versions;
      expect(version?.textSha256).toBeNull();
      expect(version?.terms.map((term) => term.use).sort(), license.key).toEqual([...INTENDED_USES].sort());
    }
  });

  it("are ALLOWED only where the licence text says so, and never without the clause stored in basis", async () => {
    const terms = (await listLicenses()).flatMap((license) => (currentOf(license)?.terms ?? []).map((term) => ({ key: license.key, ...term })));
    expect(
      terms
        .filter((term) => term.status === "ALLOWED")
        .map((term) => `${term.key} ${term.use}`)
        .sort(),
    ).toEqual(EXPECTED_ALLOWED);

    // Every row is what the library's current revision says, with its clause.
    const stated = LICENSES.flatMap((license) =>
      Object.entries(currentRevision(license).terms).map(([use, term]) => `${license.key} ${use} ${term.status} ${term.basis}`),
    );
    expect(terms.map((term) => `${term.key} ${term.use} ${term.status} ${term.basis}`).sort()).toEqual(stated.sort());
    for (const term of terms) {
      expect(term.basis?.length, `${term.key} ${term.use}`).toBeGreaterThan(20);
      if (term.status === "CONDITIONAL" || term.status === "FORBIDDEN") expect(term.condition, `${term.key} ${term.use}`).toBeTruthy();
      if (term.status === "UNKNOWN") expect(term.condition).toBeNull();
    }
  });

  it("carry the document's statements per license", async () => {
    const statusOf = async (key: string) => {
      const license = (await listLicenses()).find((candidate) => candidate.key === key);
      return Object.fromEntries((license ? (currentOf(license)?.terms ?? []) : []).map((term) => [term.use, term.status]));
    };
    expect(await statusOf(K.stabilityNonCommercial)).toMatchObject({ COMMERCIAL_OUTPUTS: "FORBIDDEN", HOSTED_SERVICE: "FORBIDDEN", RESEARCH: "ALLOWED" });
    expect(await statusOf(K.fluxDevNonCommercial)).toMatchObject({ COMMERCIAL_OUTPUTS: "CONDITIONAL", HOSTED_SERVICE: "FORBIDDEN" });
    expect(await statusOf(K.stabilityCommunity)).toMatchObject({ COMMERCIAL_OUTPUTS: "CONDITIONAL", HOSTED_SERVICE: "CONDITIONAL" });
    expect(new Set(Object.values(await statusOf(K.sdxlLicense)))).toEqual(new Set(["UNKNOWN"]));
    expect(await statusOf(K.fairAiPublicSdPony)).toMatchObject({ HOSTED_SERVICE: "FORBIDDEN", COMMERCIAL_OUTPUTS: "UNKNOWN" });
    expect(new Set(Object.values(await statusOf(K.apache2)))).toEqual(new Set(["ALLOWED"]));
    for (const key of [K.railM, K.railPlusPlusM]) expect(new Set(Object.values(await statusOf(key))), key).toEqual(new Set(["CONDITIONAL"]));

    const community = await prisma.licenseTerm.findFirstOrThrow({
      where: { use: "COMMERCIAL_OUTPUTS", licenseVersion: { license: { key: K.stabilityCommunity } } },
    });
    expect(community.conditionKeys).toEqual(["stability-community-revenue"]);
    const flux = await prisma.licenseTerm.findFirstOrThrow({
      where: { use: "COMMERCIAL_OUTPUTS", licenseVersion: { revision: 3, license: { key: K.fluxDevNonCommercial } } },
    });
    expect(flux.condition).toMatch(/§2\(d\).*§4\(a\)/);
  });

  it("mark the OpenRAIL licenses as passing use-based restrictions on to derivatives", async () => {
    const licenses = await listLicenses();
    for (const license of licenses) {
      const version = currentOf(license);
      const passesOn = (
        [K.railM, K.railPlusPlusM, K.stabilityNonCommercial, K.fluxDevNonCommercial, K.fairAiPublicSd, K.fairAiPublicSdPony] as string[]
      ).includes(license.key);
      expect(version?.passThroughRestrictions, license.key).toBe(passesOn);
      if (license.key === K.railM || license.key === K.railPlusPlusM) {
        expect(version?.restrictionsText).toMatch(/derivative/);
        expect(version?.obligations).toContain("Give every recipient of the model or a derivative a copy of the licence");
      }
    }
    const aliases = licenses.flatMap((license) => license.aliases);
    expect(aliases).toEqual(expect.arrayContaining(["creativeml-openrail-m", "openrail++", "flux-1-dev-non-commercial-license", "sdxl-license"]));
  });
});

describe("demo derivatives", () => {
  it("carry creator terms that make the lineage rules visible", async () => {
    const terms = await prisma.creatorTerms.findMany({ include: { version: { include: { checkpoint: true } } } });
    const of = (slug: string) => terms.find((term) => term.version.checkpoint.slug === slug);

    expect(of("demo-cascade-dreams")?.allowCommercialUse).toEqual(["IMAGE", "RENT", "SELL"]);
    expect(of("demo-velvet-portraits")).toMatchObject({ allowDerivatives: false, allowNoCredit: false });
    expect(of("demo-xl-trinity-mix")).toMatchObject({ allowDifferentLicense: false, allowCommercialUse: ["IMAGE", "RENT_CIVIT", "RENT", "SELL"] });
    expect(of("demo-clean-product-xl")).toMatchObject({
      allowCommercialUse: ["IMAGE", "RENT_CIVIT", "RENT", "SELL"],
      allowNoCredit: true,
      allowDerivatives: true,
      allowDifferentLicense: true,
    });
    // Community foundations: terms not recorded, so every flag is "not stated", never permissive.
    for (const slug of ["pony-diffusion", "anything", "illustrious-xl"]) {
      expect(of(slug)).toMatchObject({ allowCommercialUse: [], allowNoCredit: null, allowDerivatives: null, allowDifferentLicense: null });
    }
    // Lab bases add no creator layer.
    expect(of("stable-diffusion-xl")).toBeUndefined();

    const demos = await prisma.checkpoint.findMany({ where: { slug: { startsWith: "demo-" } }, include: { versions: true } });
    expect(demos).toHaveLength(5);
    for (const demo of demos) {
      expect(demo.name).toMatch(/\(demo\)$/);
      expect(demo.description).toMatch(/Fictional/);
      expect(demo.versions.every((version) => version.publisher === "Demo creator (fictional)")).toBe(true);
    }
  });
});

describe("demo approvals", () => {
  it("are granted through grantApproval after a request signed off by the demo legal and technical reviewers", async () => {
    const approvals = await prisma.approval.findMany({
      include: {
        version: { include: { checkpoint: true } },
        team: true,
        uses: true,
        waivers: { include: { grantedBy: true } },
        licenses: true,
        request: { include: { submitter: true, team: true, signOffs: { include: { reviewer: true } } } },
      },
    });
    const described = approvals.map((approval) => ({
      ref: `${approval.version.checkpoint.slug}@${approval.version.version}`,
      team: approval.team?.slug ?? "every team",
      uses: approval.uses.map((use) => `${use.use}:${use.statusAtApproval}`).sort(),
      waivers: approval.waivers.map((waiver) => `${waiver.use}:${waiver.reason}`).sort(),
    }));
    expect(described.sort((x, y) => x.ref.localeCompare(y.ref))).toEqual([
      { ref: "flux-1-dev@1.0", team: "creative-studio", uses: ["COMMERCIAL_OUTPUTS:CONDITIONAL"], waivers: [] },
      { ref: "illustrious-xl@v2.0", team: "creative-studio", uses: ["INTERNAL_EXPLORATION:UNKNOWN"], waivers: ["INTERNAL_EXPLORATION:LEGAL_OPINION"] },
      { ref: "pony-diffusion@V6 XL", team: "creative-studio", uses: ["INTERNAL_EXPLORATION:UNKNOWN"], waivers: ["INTERNAL_EXPLORATION:LEGAL_OPINION"] },
      { ref: "stable-cascade@1.0", team: "ml-platform", uses: ["RESEARCH:ALLOWED"], waivers: [] },
      { ref: "stable-diffusion-3-5@Large", team: "ml-platform", uses: ["COMMERCIAL_OUTPUTS:CONDITIONAL", "INTERNAL_EXPLORATION:CONDITIONAL"], waivers: [] },
      // RAIL++-M: CONDITIONAL within the use restrictions, so no waiver.
      { ref: "stable-diffusion-xl@1.0", team: "every team", uses: ["INTERNAL_EXPLORATION:CONDITIONAL", "RESEARCH:CONDITIONAL"], waivers: [] },
    ]);
    for (const approval of approvals) {
      expect(approval).toMatchObject({ status: "ACTIVE" });
      expect(approval.reviewBy.getTime()).toBeGreaterThan(Date.now());
      expect(approval.licenses.length).toBeGreaterThan(0);
      const request = approval.request!;
      expect(request.status).toBe("APPROVED");
      expect(request.signOffs.map((signOff) => `${signOff.capacity}:${signOff.decision}:${signOff.reviewer.email}`).sort()).toEqual([
        "LEGAL:APPROVE:legal@example.com",
        "TECHNICAL:APPROVE:tech@example.com",
      ]);
      // Separation of duties: the submitter belongs to the requesting team and signs nothing.
      expect(["legal@example.com", "tech@example.com"]).not.toContain(request.submitter.email);
      expect(DEMO_USERS.find((user) => user.email === request.submitter.email)?.teams).toContain(request.team.slug);
      for (const waiver of approval.waivers) expect(waiver.grantedBy.email).toBe("legal@example.com");
    }
  });

  it("give every version a browse summary, with the approved uses readable right now", async () => {
    expect(await prisma.versionSummary.count()).toBe(EXPECTED_VERSIONS.length);
    const commercial = await prisma.versionUseApproval.findMany({
      where: { use: "COMMERCIAL_OUTPUTS", status: "ACTIVE", validUntil: { gt: new Date() } },
      select: { versionId: true },
    });
    const versions = await prisma.checkpointVersion.findMany({ where: { id: { in: commercial.map((row) => row.versionId) } }, include: { checkpoint: true } });
    expect(versions.map((version) => version.checkpoint.slug).sort()).toEqual(["flux-1-dev", "stable-diffusion-3-5"]);
  });
});

describe("teams and demo users", () => {
  it("creates the three teams and one user per role, with working passwords", async () => {
    const teams = await prisma.team.findMany({ orderBy: { slug: "asc" } });
    expect(teams.map((team) => [team.slug, team.name])).toEqual([
      ["creative-studio", "Creative Studio"],
      ["ml-platform", "ML Platform"],
      ["research-lab", "Research Lab"],
    ]);

    const users = await prisma.user.findMany({ include: { memberships: { include: { team: true } } } });
    const described = users.map((user) => ({
      email: user.email,
      name: user.name,
      roles: user.roles,
      teams: user.memberships.map((membership) => membership.team.slug).sort(),
    }));
    expect(described.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: "admin@example.com", name: "Ada Admin", roles: ["ADMIN"], teams: ["ml-platform"] },
      { email: "auditor@example.com", name: "Aude Auditor", roles: ["AUDITOR"], teams: [] },
      { email: "legal@example.com", name: "Lena Legal", roles: ["LEGAL_REVIEWER"], teams: [] },
      { email: "member@example.com", name: "Mia Member", roles: [], teams: ["creative-studio"] },
      { email: "tech@example.com", name: "Tariq Tech", roles: ["TECH_REVIEWER"], teams: ["ml-platform"] },
    ]);

    for (const demo of DEMO_USERS) {
      const user = users.find((candidate) => candidate.email === demo.email);
      expect(user?.passwordHash).toMatch(/^scrypt\$/);
      expect(await verifyPassword(demo.password, user?.passwordHash ?? "")).toBe(true);
      expect(await verifyPassword(`${demo.password}-wrong`, user?.passwordHash ?? "")).toBe(false);
    }
  });
});

describe("the seed's audit trail", () => {
  it("has one system event per created entity, no secrets, and an intact hash chain", async () => {
    const events = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events).toHaveLength(EXPECTED_FIRST_RUN.auditEvents);
    const count = (action: string) => events.filter((event) => event.action === action).length;
    expect({
      architectures: count("architecture.seeded"),
      licenses: count("license.seeded"),
      teams: count("team.seeded"),
      users: count("user.seeded"),
      checkpoints: count("checkpoint.seeded"),
      checkpointVersions: count("version.seeded"),
      lineageEdges: count("lineage.edge_seeded"),
      reviewRequests: count("review.seeded"),
      approvals: count("approval.granted"),
    }).toEqual({
      architectures: 6,
      licenses: 9,
      teams: 3,
      users: 5,
      checkpoints: 17,
      checkpointVersions: 19,
      lineageEdges: 15,
      reviewRequests: 6,
      approvals: 6,
    });

    for (const event of events) {
      expect(event).toMatchObject({ actorId: null, actorLabel: "system", before: null });
      expect(JSON.stringify(event.after)).not.toMatch(/passwordHash|scrypt\$|checkpoint-(admin|legal|tech|auditor|member)/);
    }
    const verdict = await verifyAuditChain(
      (async function* () {
        yield* events;
      })(),
    );
    expect(verdict).toMatchObject({ ok: true, checked: events.length });
  });
});

describe("seeding again", () => {
  it("creates nothing, changes no row and records no audit event", async () => {
    const before = await snapshot();
    const again = await seedDatabase(prisma);
    expect(again).toEqual(zeroSummary());
    expect(await snapshot()).toEqual(before);
  });

  it("keeps an admin's edits, and does not re-grant a removed membership", async () => {
    const sdxl = await findVersion("stable-diffusion-xl", "1.0");
    await prisma.checkpointVersion.update({
      where: { id: sdxl.id },
      data: { bestFor: "Edited by an admin", revision: { increment: 1 } },
    });
    await prisma.license.update({ where: { key: K.fluxDevNonCommercial }, data: { name: "FLUX.1 [dev] NC (renamed)" } });
    const member = await prisma.user.findUniqueOrThrow({ where: { email: "member@example.com" } });
    await prisma.membership.deleteMany({ where: { userId: member.id } });
    await prisma.user.update({ where: { email: "admin@example.com" }, data: { roles: ["ADMIN", "AUDITOR"] } });

    const before = await snapshot();
    expect(await seedDatabase(prisma)).toEqual(zeroSummary());
    expect(await snapshot()).toEqual(before);

    expect(await findVersion("stable-diffusion-xl", "1.0")).toMatchObject({ bestFor: "Edited by an admin", revision: 2 });
    expect((await prisma.license.findUniqueOrThrow({ where: { key: K.fluxDevNonCommercial } })).name).toBe("FLUX.1 [dev] NC (renamed)");
    expect(await prisma.membership.count({ where: { userId: member.id } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } })).roles).toEqual(["ADMIN", "AUDITOR"]);
  });

  it("recreates only what is missing by natural key", async () => {
    await prisma.team.delete({ where: { slug: "research-lab" } });
    const auditBefore = await prisma.auditEvent.count();
    expect(await seedDatabase(prisma)).toEqual({ ...zeroSummary(), teams: 1, auditEvents: 1 });
    expect(await prisma.auditEvent.count()).toBe(auditBefore + 1);
    expect(await prisma.auditEvent.findFirst({ orderBy: { id: "desc" } })).toMatchObject({ action: "team.seeded" });
  });

  it("does not add a lineage edge that would close a cycle after an admin reversed it", async () => {
    const sdxl = await findVersion("stable-diffusion-xl", "1.0");
    const product = await findVersion("demo-clean-product-xl", "1.0");
    await prisma.lineageEdge.delete({ where: { parentId_childId: { parentId: sdxl.id, childId: product.id } } });
    await prisma.lineageEdge.create({ data: { parentId: product.id, childId: sdxl.id, relation: "FINETUNE" } });

    const summary = await seedDatabase(prisma);
    expect(summary).toEqual({ ...zeroSummary(), lineageEdgesSkipped: 1 });
    expect(await prisma.lineageEdge.count({ where: { parentId: sdxl.id, childId: product.id } })).toBe(0);
  });
});

describe("two instances seeding one database at once", () => {
  it("seed it exactly once", async () => {
    const database = await createScratchDatabase("seed_race");
    const clients = [createPrismaClient(database.url), createPrismaClient(database.url)];
    try {
      await applyMigrations(database.url);
      const [a, b] = await Promise.all(clients.map((client) => seedDatabase(client)));
      const created = (key: "checkpointVersions" | "users" | "lineageEdges" | "approvals" | "auditEvents") => (a?.[key] ?? 0) + (b?.[key] ?? 0);
      expect([created("checkpointVersions"), created("users"), created("lineageEdges"), created("approvals"), created("auditEvents")]).toEqual([
        19, 5, 15, 6, 86,
      ]);
      expect([a?.auditEvents, b?.auditEvents].sort()).toEqual([0, 86]);
      expect(await clients[0]?.auditEvent.count()).toBe(86);
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
      await database.drop();
    }
  });
});

async function listVersions() {
  const versions = await prisma.checkpointVersion.findMany({
    include: { checkpoint: true, licenses: { include: { license: true } } },
  });
  return versions.map((version) => ({
    id: version.id,
    ref: `${version.checkpoint.slug}@${version.version}`,
    architecture: version.architectureKey,
    kind: version.kind,
    licenses: version.licenses.map(({ license }) => license.key).sort(),
  }));
}

/** The current (highest) revision of a license row. */
function currentOf<T extends { revision: number }>(license: { versions: T[] }): T | undefined {
  return [...license.versions].sort((a, b) => b.revision - a.revision)[0];
}

function listLicenses() {
  return prisma.license.findMany({ include: { versions: { include: { terms: true } } } });
}

function findVersion(slug: string, version: string) {
  return prisma.checkpointVersion.findFirstOrThrow({ where: { checkpoint: { slug }, version } });
}

/** Row count and a digest of every column of every row (updatedAt included) of each seeded table. */
async function snapshot(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    SEEDED_TABLES.map(async (table) => {
      const [row] = await prisma.$queryRawUnsafe<{ rows: number; digest: string }[]>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
      );
      return [table, `${row?.rows}:${row?.digest}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function zeroSummary(): SeedSummary {
  return Object.fromEntries(Object.keys(EXPECTED_FIRST_RUN).map((key) => [key, 0])) as unknown as SeedSummary;
}
