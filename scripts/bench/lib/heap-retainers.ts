import type { HeapSnapshot } from "@/scripts/bench/lib/heap-snapshot";

/**
 * Why a heap snapshot still holds the objects of one constructor (e.g. `ServerResponse` after a full
 * collection): how many of them are reachable from the GC roots, and the shortest path to one.
 *
 * WeakMap entries are left out of the walk. A snapshot draws a WeakMap's value as held both by the
 * map's table and by the key, though the value lives only while both do, so a walk through them
 * names whichever was found first (a long-lived key, say a module's function) rather than what
 * really holds the object. What is reachable without them is held by strong references, and the
 * path shows which.
 */
export interface Retention {
  constructorName: string;
  count: number;
  reachable: number;
  /** From the root to the held object, one step a line: `type:name -[edge]->`. */
  shortestPath: string[];
}

/** Of a snapshot read with readHeapSnapshot and its edges (`edges: true`). */
export function findRetention(snapshot: HeapSnapshot, constructorName: string): Retention {
  const { meta, nodes, edges, strings } = snapshot;
  if (edges.length === 0) throw new Error("findRetention needs the snapshot's edges: read it with { edges: true }.");
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const [typeAt, nameAt, edgeCountAt] = ["type", "name", "edge_count"].map((field) => meta.node_fields.indexOf(field)) as [number, number, number];
  const [edgeTypeAt, edgeNameAt, toAt] = ["type", "name_or_index", "to_node"].map((field) => meta.edge_fields.indexOf(field)) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const count = nodes.length / nodeFields;

  const firstEdge = new Uint32Array(count + 1);
  for (let node = 0, edge = 0; node < count; node += 1) {
    firstEdge[node] = edge;
    edge += nodes[node * nodeFields + edgeCountAt]! * edgeFields;
    firstEdge[node + 1] = edge;
  }
  const nodeLabel = (node: number) => `${nodeTypes[nodes[node * nodeFields + typeAt]!]}:${strings[nodes[node * nodeFields + nameAt]!]!.slice(0, 60)}`;
  const edgeLabel = (edge: number) => {
    const type = edgeTypes[edges[edge + edgeTypeAt]!];
    const name = edges[edge + edgeNameAt]!;
    return type === "element" || type === "hidden" ? `[${name}]` : strings[name]!;
  };

  // Breadth first from the root (node 0), so the path found to each node is a shortest one, and the
  // first held object the walk reaches is the nearest.
  const parentEdge = new Int32Array(count).fill(-1);
  const parentNode = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  parentNode[0] = 0;
  while (head < tail) {
    const node = queue[head++]!;
    for (let edge = firstEdge[node]!; edge < firstEdge[node + 1]!; edge += edgeFields) {
      const type = edgeTypes[edges[edge + edgeTypeAt]!];
      if (type === "weak" || type === "shortcut") continue;
      const to = edges[edge + toAt]! / nodeFields;
      if (parentNode[to] !== -1) continue;
      if (type === "internal" && edgeLabel(edge).includes("part of key")) continue; // a WeakMap entry
      parentNode[to] = node;
      parentEdge[to] = edge;
      queue[tail++] = to;
    }
  }

  const isWanted = (node: number) =>
    nodeTypes[nodes[node * nodeFields + typeAt]!] === "object" && strings[nodes[node * nodeFields + nameAt]!] === constructorName;
  let total = 0;
  for (let node = 0; node < count; node += 1) if (isWanted(node)) total += 1;
  let reachable = 0;
  let nearest = -1;
  for (let at = 0; at < tail; at += 1) {
    const node = queue[at]!;
    if (!isWanted(node)) continue;
    reachable += 1;
    if (nearest === -1) nearest = node;
  }
  const shortestPath: string[] = [];
  for (let step = nearest; step > 0; step = parentNode[step]!) shortestPath.unshift(`${nodeLabel(parentNode[step]!)} -[${edgeLabel(parentEdge[step]!)}]->`);
  if (nearest >= 0) shortestPath.push(nodeLabel(nearest));
  return { constructorName, count: total, reachable, shortestPath };
}
