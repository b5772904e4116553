// A1111 writes a checkpoint's name without its extension ("sd_xl_base_1.0"), ComfyUI its file name
// relative to the models folder ("SDXL/sd_xl_base_1.0.safetensors"). The catalogue records a file
// name, so a reference is compared as every file name it could stand for: exact, indexed matches.

const MODEL_EXTENSIONS = [".safetensors", ".ckpt", ".pt", ".pth", ".bin", ".sft", ".gguf"];

export function fileNameCandidates(name: string | null): string[] {
  if (!name) return [];
  const base = name.split(/[\\/]/).pop()?.trim() ?? "";
  if (!base) return [];
  const extension = MODEL_EXTENSIONS.find((candidate) => base.toLowerCase().endsWith(candidate));
  const stem = extension ? base.slice(0, base.length - extension.length) : base;
  return [...new Set([base, ...MODEL_EXTENSIONS.map((candidate) => `${stem}${candidate}`)])];
}
