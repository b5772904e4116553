import { MAX_MODEL_REFERENCES } from "@/lib/image-metadata/limits";
import { cleanName, type ModelReference, type ModelRole } from "@/lib/image-metadata/model-reference";

// ComfyUI's SaveImage (nodes.py) writes two PNG text entries: `prompt`, the executed graph in API
// form ({ "<node id>": { "class_type": ..., "inputs": { ... } } }, an input that is a link being
// [node id, output index]), and `workflow`, the editor's graph ({ "nodes": [{ "type", "mode",
// "widgets_values": [...] }] }, where muted (2) and bypassed (4) nodes stay but did not run).
// `prompt` is what ran, so it wins; `workflow` is read only without it.

const LOADERS: Record<string, { role: ModelRole; input: string }> = {
  CheckpointLoaderSimple: { role: "checkpoint", input: "ckpt_name" },
  CheckpointLoader: { role: "checkpoint", input: "ckpt_name" },
  ImageOnlyCheckpointLoader: { role: "checkpoint", input: "ckpt_name" },
  unCLIPCheckpointLoader: { role: "checkpoint", input: "ckpt_name" },
  UNETLoader: { role: "checkpoint", input: "unet_name" },
  LoraLoader: { role: "lora", input: "lora_name" },
  LoraLoaderModelOnly: { role: "lora", input: "lora_name" },
};

/** The models a ComfyUI `prompt` graph loads; null when the text is not such a graph. */
export function comfyPromptReferences(text: string): ModelReference[] | null {
  const graph = parseObject(text);
  if (!graph) return null;
  const nodes = Object.values(graph).filter(
    (node): node is { class_type: string; inputs?: Record<string, unknown> } => isObject(node) && typeof node.class_type === "string",
  );
  if (nodes.length === 0) return null;
  const references: ModelReference[] = [];
  for (const node of nodes) {
    const loader = LOADERS[node.class_type];
    if (!loader) continue;
    const inputs = isObject(node.inputs) ? node.inputs : {};
    // A LoRA loaded at strength 0 changes nothing in the image.
    if (loader.role === "lora" && inputs.strength_model === 0 && (inputs.strength_clip === undefined || inputs.strength_clip === 0)) continue;
    const name = cleanName(inputs[loader.input]);
    references.push({
      role: loader.role,
      name,
      hash: null,
      civitai: null,
      foundIn: `ComfyUI ${node.class_type}${name ? "" : " (its file name is wired from another node)"}`,
    });
  }
  return dedupe(references);
}

/** The models an editor `workflow` graph loads (nodes that ran: not muted or bypassed). */
export function comfyWorkflowReferences(text: string): ModelReference[] | null {
  const workflow = parseObject(text);
  if (!workflow || !Array.isArray(workflow.nodes)) return null;
  const references: ModelReference[] = [];
  for (const node of workflow.nodes) {
    if (!isObject(node) || typeof node.type !== "string" || node.mode === 2 || node.mode === 4) continue;
    const loader = LOADERS[node.type];
    if (!loader) continue;
    const name = Array.isArray(node.widgets_values) ? cleanName(node.widgets_values[0]) : null;
    references.push({ role: loader.role, name, hash: null, civitai: null, foundIn: `ComfyUI workflow ${node.type}` });
  }
  return dedupe(references);
}

function dedupe(references: ModelReference[]): ModelReference[] {
  const seen = new Set<string>();
  return references
    .filter((reference) => {
      const key = `${reference.role}\0${reference.name ?? `#${seen.size}`}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_MODEL_REFERENCES);
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
