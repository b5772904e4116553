import type { HeapSnapshot } from "@/scripts/bench/lib/heap-snapshot";

/**
 * What a V8 heap snapshot (`v8.writeHeapSnapshot()`) holds, summed by kind: self size and count per
 * constructor (objects), per function name (closures), per type (arrays, code, …), and strings by
 * their first characters.
 */
export interface HeapGroup {
  key: string;
  count: number;
  bytes: number;
}

export interface HeapSummary {
  nodes: number;
  totalBytes: number;
  groups: HeapGroup[];
}

const STRING_TYPES = new Set(["string", "concatenated string", "sliced string"]);

/** Of a snapshot read with readHeapSnapshot (its edges are not needed). */
export function summariseHeapSnapshot(snapshot: HeapSnapshot, options: { stringPrefix?: number } = {}): HeapSummary {
  const stringPrefix = options.stringPrefix ?? 48;
  const { meta, nodes: nodeValues, strings } = snapshot;
  const fieldCount = meta.node_fields.length;
  const typeAt = meta.node_fields.indexOf("type");
  const nameAt = meta.node_fields.indexOf("name");
  const sizeAt = meta.node_fields.indexOf("self_size");
  const types = meta.node_types[0];
  const groups = new Map<string, HeapGroup>();
  let totalBytes = 0;
  for (let offset = 0; offset + fieldCount <= nodeValues.length; offset += fieldCount) {
    const type = types[nodeValues[offset + typeAt]!] ?? "?";
    const name = strings[nodeValues[offset + nameAt]!] ?? "?";
    const bytes = nodeValues[offset + sizeAt]!;
    totalBytes += bytes;
    const key = STRING_TYPES.has(type)
      ? `(string) ${JSON.stringify(name.slice(0, stringPrefix))}`
      : type === "object" || type === "closure" || type === "native"
        ? `${type} ${name}`
        : `(${type})${type === "hidden" || type === "synthetic" ? ` ${name}` : ""}`;
    const group = groups.get(key) ?? { key, count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += bytes;
    groups.set(key, group);
  }
  return { nodes: nodeValues.length / fieldCount, totalBytes, groups: [...groups.values()].sort((x, y) => y.bytes - x.bytes) };
}

/** The groups of `after` that grew most since `before`, by bytes. */
export function heapGrowth(before: HeapSummary, after: HeapSummary, limit = 25): { key: string; countDelta: number; bytesDelta: number }[] {
  const earlier = new Map(before.groups.map((group) => [group.key, group]));
  return after.groups
    .map((group) => ({
      key: group.key,
      countDelta: group.count - (earlier.get(group.key)?.count ?? 0),
      bytesDelta: group.bytes - (earlier.get(group.key)?.bytes ?? 0),
    }))
    .sort((x, y) => y.bytesDelta - x.bytesDelta)
    .slice(0, limit);
}
