/** Display helpers shared by pages: pure, no React. */

const KIND_LABELS: Record<string, string> = {
  BASE: "Base",
  FINETUNE: "Fine-tune",
  MERGE: "Merge",
  DISTILLED: "Distilled",
};

const PROMPT_STYLE_LABELS: Record<string, string> = {
  NATURAL_LANGUAGE: "Natural language",
  TAGS: "Tags",
  HYBRID: "Hybrid (natural language + tags)",
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function promptStyleLabel(style: string): string {
  return PROMPT_STYLE_LABELS[style] ?? style;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

export function formatDate(date: Date | string): string {
  return new Date(date).toISOString().slice(0, 10);
}
