import { createReadStream } from "node:fs";

/**
 * What a V8 heap snapshot (`v8.writeHeapSnapshot()`) holds, summed by kind: self size and count per
 * constructor (objects), per function name (closures), per type (arrays, code, …), and strings by
 * their first characters. Read as a stream, because a snapshot of a large heap is more text than
 * one JavaScript string can hold.
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

interface Meta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
}

const STRING_TYPES = new Set(["string", "concatenated string", "sliced string"]);

export async function summariseHeapSnapshot(file: string, options: { stringPrefix?: number } = {}): Promise<HeapSummary> {
  const stringPrefix = options.stringPrefix ?? 48;
  let meta = null as Meta | null;
  const nodeValues: number[] = [];
  const strings: string[] = [];
  let section: "head" | "nodes" | "skip" | "strings" | "done" = "head";
  let pending = "";
  let number = "";
  let token = "";
  let inString = false;
  let escaped = false;

  const feed = (text: string): void => {
    if (section === "head" || section === "skip") {
      pending += text;
      const marker = section === "head" ? '"nodes":[' : '"strings":[';
      const at = pending.indexOf(marker);
      if (at < 0) {
        // Keep what could be the start of a marker split across chunks (the head is small: keep it all).
        if (section === "skip") pending = pending.slice(-marker.length);
        return;
      }
      if (section === "head") meta = (JSON.parse(`${pending.slice(0, at).replace(/,\s*$/, "")}}`) as { snapshot: { meta: Meta } }).snapshot.meta;
      const rest = pending.slice(at + marker.length);
      pending = "";
      section = section === "head" ? "nodes" : "strings";
      feed(rest);
    } else if (section === "nodes") {
      const end = parseNumbers(text);
      if (end >= 0) {
        section = "skip";
        feed(text.slice(end + 1));
      }
    } else if (section === "strings") parseStrings(text);
  };

  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) feed(chunk as string);
  if (!meta) throw new Error(`${file} is not a V8 heap snapshot.`);

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

  /** Appends the node array's numbers; the index of its closing bracket, or -1 when it goes on. */
  function parseNumbers(text: string): number {
    for (let at = 0; at < text.length; at += 1) {
      const char = text.charCodeAt(at);
      if (char >= 48 && char <= 57) number += text[at];
      else {
        if (number) {
          nodeValues.push(Number(number));
          number = "";
        }
        if (char === 93 /* ] */) return at;
      }
    }
    return -1;
  }

  function parseStrings(text: string): void {
    for (let at = 0; at < text.length; at += 1) {
      const char = text[at]!;
      if (inString) {
        token += char;
        if (escaped) escaped = false;
        else if (char === "\\") escaped = true;
        else if (char === '"') {
          inString = false;
          strings.push(JSON.parse(token) as string);
          token = "";
        }
      } else if (char === '"') {
        inString = true;
        token = '"';
      } else if (char === "]") {
        section = "done";
        return;
      }
    }
  }
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
