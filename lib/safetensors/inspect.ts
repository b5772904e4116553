import { detectArchitecture, type ArchitectureKey, type ShapeLookalike } from "./architecture";
import { readSafetensorsHeader, type HeaderError, type SliceableBlob } from "./header";
import { parseSafetensorsMetadata, type SuggestedParent } from "./metadata";

/** What the submit form pre-fills from a picked file. Nothing here leaves the browser. */
export interface SafetensorsInspection {
  fileName: string;
  fileSize: number;
  headerSize: number;
  tensorCount: number;
  parameterCount: number;
  architecture: ArchitectureKey | null;
  /** Which tensor, shape or metadata field decided the architecture. */
  architectureEvidence: string | null;
  architectureNote: string | null;
  /** The published model the tensor shapes match (e.g. FLUX.1 [dev]); null when they do not say. */
  architectureLookalike: ShapeLookalike | null;
  title?: string;
  author?: string;
  license?: string;
  description?: string;
  /** ModelSpec's native resolution as written, e.g. "1024x1024". */
  resolution?: string;
  /** MERGE when the file records a merge; null when the file cannot tell (base and fine-tune look alike). */
  suggestedKind: "MERGE" | null;
  suggestedParents: SuggestedParent[];
  metadata: Readonly<Record<string, string>>;
  warnings: string[];
}

export type InspectionResult = { ok: true; inspection: SafetensorsInspection } | { ok: false; error: HeaderError };

export async function inspectSafetensorsFile(file: SliceableBlob & { name?: string }): Promise<InspectionResult> {
  const result = await readSafetensorsHeader(file);
  if (!result.ok) return result;
  const { header } = result;
  const detected = detectArchitecture(header.tensors);
  const parsed = parseSafetensorsMetadata(header.metadata);
  const spec = parsed.modelSpec;
  const warnings = [...parsed.warnings];

  let architecture = detected.architecture;
  let architectureEvidence = detected.evidence;
  let architectureNote = detected.note;
  if (architecture && spec?.architectureKey && spec.architectureKey !== architecture) {
    warnings.push(`The metadata says ${spec.architecture} but the tensor shapes are ${architecture}; the shapes were used.`);
  }
  // Fall back to the metadata only when the shapes were inconclusive, never to override a LoRA or a VAE.
  if (!architecture && detected.notCheckpoint === "UNKNOWN" && spec?.architectureKey && !spec.adapter) {
    architecture = spec.architectureKey;
    architectureEvidence = `modelspec.architecture is "${spec.architecture}" (from metadata, not from tensor shapes)`;
    architectureNote = "The tensor shapes matched no known architecture, so this comes from the file's metadata alone: confirm it.";
  }

  const fileName = file.name ?? "";
  if (fileName && !fileName.toLowerCase().endsWith(".safetensors")) {
    warnings.push(`"${fileName}" does not end in .safetensors; it was read as safetensors anyway.`);
  }
  return {
    ok: true,
    inspection: {
      fileName,
      fileSize: file.size,
      headerSize: header.headerSize,
      tensorCount: header.tensorCount,
      parameterCount: header.parameterCount,
      architecture,
      architectureEvidence,
      architectureNote,
      architectureLookalike: detected.lookalike,
      ...definedOnly({
        title: spec?.title,
        author: spec?.author,
        license: spec?.license,
        description: spec?.description,
        resolution: spec?.resolution,
      }),
      suggestedKind: parsed.isMerge ? "MERGE" : null,
      suggestedParents: parsed.suggestedParents,
      metadata: header.metadata,
      warnings,
    },
  };
}

function definedOnly<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Record<keyof T, string>>;
}
