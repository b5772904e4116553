/** Plain data for the lineage graph (a client component) and its list fallback. */
export interface LineageGraphNode {
  id: string;
  label: string;
  kind: string;
  /** Negative: ancestor generations; 0: this version; positive: descendant generations. */
  depth: number;
  current: boolean;
}

export interface LineageGraphEdge {
  id: string;
  source: string;
  target: string;
  relation: string;
  weight: number | null;
}

export interface LineageGraphData {
  nodes: LineageGraphNode[];
  edges: LineageGraphEdge[];
  /** Descendants left out to keep the graph readable. */
  hiddenDescendants: number;
}
