import "server-only";
import { createHash } from "node:crypto";
import { buildImportPrefill, type ImportPrefill } from "@/lib/intake/import-prefill";
import { parseImportReference } from "@/lib/intake/import-reference";
import type { ImportedFacts } from "@/lib/intake/imported-facts";
import { readPastedImport } from "@/lib/intake/pasted-import";
import type { ImportInput } from "@/lib/schemas/intake";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ValidationError } from "@/lib/server/errors";
import { catalogOptions, matchParents } from "./catalog-matches";
import { importFromCivitai, type ServiceImport } from "./civitai-client";
import { importFromHuggingFace } from "./huggingface-client";
import { signImportReceipt, type ImportReceipt } from "./import-receipt";
import type { FetchProblem } from "./outbound-fetch";

// The import behind "Import from Civitai or Hugging Face": fetch (or read the pasted text), map,
// match against the catalog, and hand the form its prefill. It reads and writes nothing in the
// database but the catalog lookups; the submission that follows is the audited write, and it
// records where the facts came from through the signed receipt returned here.

export type ImportOutcome =
  { status: "imported"; prefill: ImportPrefill; receipt: string; provenance: ImportReceipt } | { status: "failed"; problem: FetchProblem };

export async function importCheckpoint(input: ImportInput, db: PrismaClient = prisma): Promise<ImportOutcome> {
  let facts: ImportedFacts;
  let provenance: ImportReceipt;
  if (input.mode === "reference") {
    const parsed = parseImportReference(input.reference);
    if (!parsed.ok) throw new ValidationError(parsed.message, { reference: [parsed.message] });
    const reference = parsed.reference;
    const fetched: ServiceImport = reference.source === "HUGGING_FACE" ? await importFromHuggingFace(reference.repoId) : await importFromCivitai(reference);
    if (!fetched.ok) return { status: "failed", problem: fetched.problem };
    facts = fetched.facts;
    provenance = {
      source: facts.source,
      via: "FETCHED",
      pageUrl: facts.pageUrl,
      responses: fetched.responses.map((response) => ({ url: response.url, fetchedAt: response.fetchedAt.toISOString(), sha256: response.sha256 })),
    };
  } else {
    const read = readPastedImport(input.text, input.fileName ?? undefined);
    if (!read.ok) throw new ValidationError(read.message, { text: [read.message] });
    facts = read.facts;
    provenance = {
      source: facts.source,
      via: "PASTED",
      pageUrl: facts.pageUrl,
      responses: [{ url: null, fetchedAt: null, sha256: createHash("sha256").update(input.text, "utf8").digest("hex") }],
    };
  }

  const [parents, options] = await Promise.all([matchParents(db, facts.baseModels), catalogOptions(db)]);
  const prefill = buildImportPrefill(facts, { parents, ...options });
  return { status: "imported", prefill, receipt: signImportReceipt(provenance), provenance };
}
