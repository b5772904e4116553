import Link from "next/link";
import { layoutLineage } from "@/lib/catalog/lineage-layout";
import { lineageEdgeLabel } from "@/lib/catalog/lineage-labels";
import { kindLabel } from "@/lib/format";
import type { LineageGraphData } from "@/lib/catalog/lineage-graph-data";
import { LineageGraph } from "./lineage-graph";

function edgeLabel(edge: { relation: string; weight: number | null }): string {
  return lineageEdgeLabel(edge.relation, edge.weight);
}

/** The lineage as a graph (client leaf) with the same facts as a plain list for everyone and every device. */
export function LineageSection({ lineage, currentId }: { lineage: LineageGraphData; currentId: string }) {
  const parentsOf = (id: string) => lineage.edges.filter((edge) => edge.target === id);
  const byId = new Map(lineage.nodes.map((node) => [node.id, node]));
  if (lineage.nodes.length <= 1) {
    return <p className="text-sm text-slate-600">No recorded parents or derivatives.</p>;
  }
  const layout = layoutLineage(lineage);
  const ancestors = lineage.nodes.filter((node) => node.depth < 0).sort((a, b) => b.depth - a.depth || a.label.localeCompare(b.label));
  const descendants = lineage.nodes.filter((node) => node.depth > 0);
  return (
    <div className="space-y-4">
      <LineageGraph
        nodes={lineage.nodes.map((node) => ({
          id: node.id,
          label: node.label,
          kind: kindLabel(node.kind),
          current: node.current,
          ...layout.positions[node.id]!,
        }))}
        edges={lineage.edges.map((edge) => ({
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: edgeLabel(edge),
          route: layout.routes[`${edge.source}>${edge.target}`] ?? [],
        }))}
        height={layout.height}
      />
      <div className="grid gap-4 text-sm sm:grid-cols-2">
        <div>
          <h3 className="font-medium">Derived from</h3>
          {ancestors.length === 0 ? (
            <p className="text-slate-600">Nothing: a base model.</p>
          ) : (
            <ul className="list-disc pl-5">
              {ancestors.map((node) => (
                <li key={node.id}>
                  <Link href={`/checkpoints/${node.id}`}>{node.label}</Link>
                  <span className="text-slate-500">
                    {" "}
                    ({-node.depth === 1 ? "parent" : `${-node.depth} generations up`}
                    {parentsOf(node.id).length === 0 ? ", a base" : ""})
                  </span>
                </li>
              ))}
            </ul>
          )}
          <EdgeList edges={parentsOf(currentId)} byId={byId} />
        </div>
        <div>
          <h3 className="font-medium">Derivatives in the catalog</h3>
          {descendants.length === 0 ? (
            <p className="text-slate-600">None catalogued.</p>
          ) : (
            <ul className="list-disc pl-5">
              {descendants.map((node) => (
                <li key={node.id}>
                  <Link href={`/checkpoints/${node.id}`}>{node.label}</Link>
                  <span className="text-slate-500"> ({node.depth === 1 ? "child" : `${node.depth} generations down`})</span>
                </li>
              ))}
            </ul>
          )}
          {lineage.hiddenDescendants > 0 && <p className="text-slate-600">…and {lineage.hiddenDescendants} more further down, not drawn.</p>}
        </div>
      </div>
    </div>
  );
}

function EdgeList({ edges, byId }: { edges: LineageGraphData["edges"]; byId: Map<string, { label: string }> }) {
  if (edges.length === 0) return null;
  return (
    <p className="mt-1 text-slate-600">
      Direct parents: {edges.map((edge) => `${byId.get(edge.source)?.label ?? "unknown"} (${edgeLabel(edge)})`).join("; ")}.
    </p>
  );
}
