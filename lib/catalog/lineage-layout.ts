import dagre from "@dagrejs/dagre";

// Positions for the lineage graph, computed with dagre where the page is rendered, so the browser
// receives coordinates and only the drawing library (@xyflow/react) ships as JavaScript.

export const NODE_WIDTH = 210;
export const NODE_HEIGHT = 56;

export interface LayoutInput {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
}

export interface Positioned {
  positions: Record<string, { x: number; y: number }>;
  /** Dagre's route for each edge (by "source>target"), so long edges go around nodes rather than through them. */
  routes: Record<string, { x: number; y: number }[]>;
  width: number;
  height: number;
}

/** Top-to-bottom layered layout: ancestors above, descendants below. */
export function layoutLineage(graph: LayoutInput): Positioned {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 64, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) if (g.hasNode(edge.source) && g.hasNode(edge.target)) g.setEdge(edge.source, edge.target);
  dagre.layout(g);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const node of graph.nodes) {
    const placed = g.node(node.id);
    positions[node.id] = { x: placed.x - NODE_WIDTH / 2, y: placed.y - NODE_HEIGHT / 2 };
  }
  const routes: Record<string, { x: number; y: number }[]> = {};
  for (const edge of g.edges()) routes[`${edge.v}>${edge.w}`] = (g.edge(edge).points ?? []).map((point) => ({ x: point.x, y: point.y }));
  const label = g.graph();
  return { positions, routes, width: label.width ?? NODE_WIDTH, height: label.height ?? NODE_HEIGHT };
}
