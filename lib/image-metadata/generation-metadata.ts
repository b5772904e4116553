import { a1111ModelReferences, parseA1111Parameters } from "@/lib/image-metadata/a1111-parameters";
import { comfyPromptReferences, comfyWorkflowReferences } from "@/lib/image-metadata/comfyui-graph";
import type { ImageTextEntry } from "@/lib/image-metadata/image-texts";
import type { GenerationMetadata } from "@/lib/image-metadata/model-reference";

/**
 * What made the image, from its text entries: ComfyUI's `prompt` (or `workflow`), A1111's
 * `parameters` (PNG), or the same text in EXIF (UserComment, a JPEG comment), or ComfyUI's WebP
 * EXIF ("prompt:<json>" in Model, "workflow:<json>" in Make). Null when none of them is there.
 */
export function generationMetadataFromTexts(entries: readonly ImageTextEntry[]): GenerationMetadata | null {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    const prefixed = /^(prompt|workflow):(\{[\s\S]*)$/.exec(entry.text);
    if (prefixed && ["Make", "Model", "ImageDescription"].includes(entry.key)) {
      if (!byKey.has(prefixed[1]!)) byKey.set(prefixed[1]!, prefixed[2]!);
    } else if (!byKey.has(entry.key)) {
      byKey.set(entry.key, entry.text);
    }
  }
  return generationMetadataFrom({
    prompt: byKey.get("prompt"),
    workflow: byKey.get("workflow"),
    parameters: byKey.get("parameters") ?? byKey.get("UserComment") ?? byKey.get("comment"),
  });
}

/** The same from the raw values (what POST /api/v1/images/check accepts besides a list of models). */
export function generationMetadataFrom(raw: { parameters?: string; prompt?: string; workflow?: string }): GenerationMetadata | null {
  const fromPrompt = raw.prompt ? comfyPromptReferences(raw.prompt) : null;
  if (fromPrompt) return { generator: "COMFYUI", models: fromPrompt };
  const fromWorkflow = raw.workflow ? comfyWorkflowReferences(raw.workflow) : null;
  if (fromWorkflow) return { generator: "COMFYUI", models: fromWorkflow };
  const parameters = raw.parameters ? parseA1111Parameters(raw.parameters) : null;
  if (parameters) return { generator: "A1111", models: a1111ModelReferences(parameters) };
  return null;
}
