import { createReadStream } from "node:fs";

/**
 * A V8 heap snapshot (`v8.writeHeapSnapshot()`) read as a stream, because a snapshot of a large heap
 * is more text than one JavaScript string can hold: its node array, its edge array (when asked for)
 * and its strings, with the field layout the snapshot declares.
 */
export interface HeapSnapshot {
  meta: {
    node_fields: string[];
    node_types: [string[], ...unknown[]];
    edge_fields: string[];
    edge_types: [string[], ...unknown[]];
  };
  nodes: number[];
  /** Empty unless read with `edges: true`. */
  edges: number[];
  strings: string[];
}

type Section = "head" | "nodes" | "to-edges" | "edges" | "to-strings" | "strings" | "done";

export async function readHeapSnapshot(file: string, options: { edges?: boolean } = {}): Promise<HeapSnapshot> {
  let meta = null as HeapSnapshot["meta"] | null;
  const nodes: number[] = [];
  const edges: number[] = [];
  const strings: string[] = [];
  let section: Section = "head";
  let pending = "";
  let number = "";
  let token = "";
  let inString = false;
  let escaped = false;
  const MARKERS: Partial<Record<Section, [string, Section]>> = {
    head: ['"nodes":[', "nodes"],
    "to-edges": ['"edges":[', "edges"],
    "to-strings": ['"strings":[', "strings"],
  };

  const feed = (text: string): void => {
    const awaited = MARKERS[section];
    if (awaited) {
      const [marker, next] = awaited;
      pending += text;
      const at = pending.indexOf(marker);
      if (at < 0) {
        // Keep what could be the start of a marker split across chunks (the head is small: keep it all).
        if (section !== "head") pending = pending.slice(-marker.length);
        return;
      }
      if (section === "head")
        meta = (JSON.parse(`${pending.slice(0, at).replace(/,\s*$/, "")}}`) as { snapshot: { meta: HeapSnapshot["meta"] } }).snapshot.meta;
      const rest = pending.slice(at + marker.length);
      pending = "";
      section = next;
      feed(rest);
    } else if (section === "nodes" || section === "edges") {
      const end = parseNumbers(text, section === "nodes" ? nodes : options.edges ? edges : null);
      if (end >= 0) {
        section = section === "nodes" ? "to-edges" : "to-strings";
        feed(text.slice(end + 1));
      }
    } else if (section === "strings") parseStrings(text);
  };

  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) feed(chunk as string);
  if (!meta) throw new Error(`${file} is not a V8 heap snapshot.`);
  return { meta, nodes, edges, strings };

  /** Appends the array's numbers (to `into`, unless skipping); the index of its closing bracket, or -1 when it goes on. */
  function parseNumbers(text: string, into: number[] | null): number {
    for (let at = 0; at < text.length; at += 1) {
      const char = text.charCodeAt(at);
      if (char >= 48 && char <= 57) number += text[at];
      else {
        if (number) {
          into?.push(Number(number));
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
