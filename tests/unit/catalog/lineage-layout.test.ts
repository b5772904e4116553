import { describe, expect, it } from "vitest";
import { layoutLineage, NODE_HEIGHT } from "@/lib/catalog/lineage-layout";

describe("layoutLineage (dagre)", () => {
  it("places every node, parents above their children, and routes every edge", () => {
    const nodes = ["sdxl", "pony", "illustrious", "mix"].map((id) => ({ id }));
    const edges = [
      { source: "sdxl", target: "pony" },
      { source: "sdxl", target: "illustrious" },
      { source: "pony", target: "mix" },
      { source: "illustrious", target: "mix" },
      { source: "sdxl", target: "mix" },
    ];
    const layout = layoutLineage({ nodes, edges });
    expect(Object.keys(layout.positions).sort()).toEqual(["illustrious", "mix", "pony", "sdxl"]);
    for (const edge of edges) {
      expect(layout.positions[edge.source]!.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.positions[edge.target]!.y);
      expect(layout.routes[`${edge.source}>${edge.target}`]!.length).toBeGreaterThanOrEqual(2);
    }
    expect(layout.positions.pony!.x).not.toBe(layout.positions.illustrious!.x);
  });

  it("ignores edges to nodes it was not given", () => {
    const layout = layoutLineage({ nodes: [{ id: "a" }], edges: [{ source: "a", target: "missing" }] });
    expect(Object.keys(layout.routes)).toEqual([]);
  });
});
