import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

// The official CycloneDX 1.6 JSON schema and the two schemas it references, vendored unchanged from
// github.com/CycloneDX/specification (schema/, commit e02a34ae, 2026-08-07; Apache-2.0, see LICENSE
// beside them) so tests validate offline.
const dir = path.join(process.cwd(), "tests", "fixtures", "cyclonedx");
const load = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;

let validate: ReturnType<Ajv["compile"]> | null = null;

/** The schema's errors for `document` (an empty list when it is a valid CycloneDX 1.6 BOM). */
export function cycloneDxErrors(document: unknown): string[] {
  if (!validate) {
    // strict: false — the official schema uses keywords ajv's strict mode rejects (e.g. "meta:enum").
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // JSON Schema's IRI formats are not in ajv-formats: an IRI reference has no spaces or controls.
    ajv.addFormat("iri-reference", /^[^\s\u0000-\u001f]*$/u);
    ajv.addFormat("idn-email", /^[^\s@]+@[^\s@]+$/u);
    ajv.addSchema(load("spdx.schema.json"));
    ajv.addSchema(load("jsf-0.82.schema.json"));
    validate = ajv.compile(load("bom-1.6.schema.json"));
  }
  return validate(document)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
}
