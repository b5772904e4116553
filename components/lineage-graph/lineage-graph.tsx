"use client";

import "@xyflow/react/dist/style.css";
import { Background, BaseEdge, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type EdgeProps, type Node, type NodeProps } from "@xyflow/react";
import Link from "next/link";
import { useMemo } from "react";

/** Plain data from the server: nodes already placed by dagre. */
export interface LineageGraphProps {
  nodes: { id: string; label: string; kind: string; current: boolean; x: number; y: number }[];
  edges: { id: string; source: string; target: string; label: string; route: { x: number; y: number }[] }[];
  height: number;
}

type VersionNodeData = { label: string; kind: string; current: boolean; href: string };

function VersionNode({ data }: NodeProps<Node<VersionNodeData>>) {
  return (
    <div
      className={`flex h-14 w-[210px] flex-col justify-center rounded-md border px-2 text-sm shadow-sm ${
        data.current ? "border-indigo-600 bg-indigo-600 text-white" : "border-slate-300 bg-white text-slate-900"
      }`}
    >
      <Handle type="target" position={Position.Top} className="!opacity-0" isConnectable={false} />
      {data.current ? (
        <span className="truncate font-semibold" aria-current="page">
          {data.label}
        </span>
      ) : (
        <Link href={data.href} className="truncate font-semibold text-indigo-700">
          {data.label}
        </Link>
      )}
      <span className={`text-xs ${data.current ? "text-indigo-100" : "text-slate-600"}`}>{data.kind}</span>
      <Handle type="source" position={Position.Bottom} className="!opacity-0" isConnectable={false} />
    </div>
  );
}

type RoutedEdgeData = { route: { x: number; y: number }[] };

/** An edge along dagre's route (through its bend points), ending at the target's handle. */
function RoutedEdge({ sourceX, sourceY, targetX, targetY, data, label, markerEnd, labelStyle }: EdgeProps<Edge<RoutedEdgeData>>) {
  const inner = (data?.route ?? []).slice(1, -1);
  const points = [{ x: sourceX, y: sourceY }, ...inner, { x: targetX, y: targetY }];
  const path = points.map((point, index) => `${index === 0 ? "M" : "L"} ${point.x} ${point.y}`).join(" ");
  const middle = points[Math.floor(points.length / 2)]!;
  const before = points[Math.floor(points.length / 2) - 1] ?? middle;
  return (
    <BaseEdge
      path={path}
      markerEnd={markerEnd}
      label={label}
      labelX={(middle.x + before.x) / 2}
      labelY={(middle.y + before.y) / 2}
      labelStyle={labelStyle}
      labelBgPadding={[3, 2]}
    />
  );
}

const NODE_TYPES = { version: VersionNode };
const EDGE_TYPES = { routed: RoutedEdge };

/** The lineage drawn with @xyflow/react: pan and zoom, each version a link to its page. */
export function LineageGraph({ nodes, edges, height }: LineageGraphProps) {
  const flowNodes = useMemo<Node<VersionNodeData>[]>(
    () =>
      nodes.map((node) => ({
        id: node.id,
        type: "version",
        position: { x: node.x, y: node.y },
        data: { label: node.label, kind: node.kind, current: node.current, href: `/checkpoints/${node.id}` },
        draggable: false,
        connectable: false,
        focusable: false,
      })),
    [nodes],
  );
  const flowEdges = useMemo<Edge<RoutedEdgeData>[]>(
    () =>
      edges.map((edge) => ({
        id: edge.id,
        type: "routed",
        source: edge.source,
        target: edge.target,
        label: edge.label,
        data: { route: edge.route },
        markerEnd: { type: MarkerType.ArrowClosed },
        labelStyle: { fontSize: 12 },
        focusable: false,
      })),
    [edges],
  );
  return (
    // Tall enough that a fitted graph keeps its labels readable: its laid-out height plus room for the controls.
    <div style={{ height: Math.min(Math.max(height + 96, 280), 720) }} className="rounded-md border border-slate-200 bg-slate-50">
      <ReactFlow
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        fitView
        fitViewOptions={{ padding: 0.1, minZoom: 0.6, maxZoom: 1.25 }}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        proOptions={{ hideAttribution: true }}
        minZoom={0.2}
        aria-label="Lineage graph"
      >
        <Background gap={16} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
