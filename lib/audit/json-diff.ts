/** A readable diff of an audit event's before/after: one line per changed leaf, by dotted path. */

export type DiffKind = "added" | "removed" | "changed";

export interface DiffLine {
  path: string;
  kind: DiffKind;
  before?: unknown;
  after?: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Leaves by path; arrays of scalars stay whole (a list of uses reads better as one value). */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) out.set(prefix, {});
    for (const key of keys) flatten(value[key], prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (Array.isArray(value) && value.some((item) => isPlainObject(item) || Array.isArray(item))) {
    value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out));
    if (value.length === 0) out.set(prefix, []);
    return;
  }
  out.set(prefix || "(value)", value);
}

export function diffJson(before: unknown, after: unknown): DiffLine[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, "", left);
  if (after !== null && after !== undefined) flatten(after, "", right);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  const lines: DiffLine[] = [];
  for (const path of paths) {
    const inLeft = left.has(path);
    const inRight = right.has(path);
    if (inLeft && !inRight) lines.push({ path, kind: "removed", before: left.get(path) });
    else if (!inLeft && inRight) lines.push({ path, kind: "added", after: right.get(path) });
    else if (JSON.stringify(left.get(path)) !== JSON.stringify(right.get(path))) {
      lines.push({ path, kind: "changed", before: left.get(path), after: right.get(path) });
    }
  }
  return lines;
}

export function formatDiffValue(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
