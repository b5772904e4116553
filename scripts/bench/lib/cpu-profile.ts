import { readFileSync } from "node:fs";

// Summarises a V8 .cpuprofile (node --cpu-prof) by self time: per package or app file, and per function.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Busy time: everything but (idle). */
  busyMs: number;
  groups: ProfileShare[];
  functions: ProfileShare[];
}

/** Where a frame's code lives: a package, a part of Next.js, an app chunk, or V8 itself. */
export function frameGroup(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const path = url.replace(/^file:\/\//, "");
  if (path.startsWith("node:")) return "node internals";
  const compiled = /node_modules\/next\/dist\/compiled\/([^/]+)/.exec(path);
  if (compiled) return `next/compiled/${compiled[1]}`;
  const next = /node_modules\/next\/dist\/([^/]+)/.exec(path);
  if (next) return `next/dist/${next[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  const chunk = /\.next[^/]*\/server\/(.+)$/.exec(path);
  if (chunk) return `build: ${chunk[1]!.replace(/\/[^/]*?_([^/_]+\.js)$/, "/…_$1")}`;
  return path.split("/").slice(-2).join("/");
}

export function summariseCpuProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)!.callFrame;
    total += micros;
    if (frame.functionName === "(idle)") idle += micros;
    const group = frameGroup(frame.url, frame.functionName);
    groups.set(group, (groups.get(group) ?? 0) + micros);
    const name = `${frame.functionName || "(anonymous)"} ${group}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const busy = total - idle;
  const shares = (map: Map<string, number>) =>
    [...map]
      .filter(([name]) => name !== "(idle)" && !name.startsWith("(idle) "))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), percent: Math.round((micros / busy) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), busyMs: Math.round(busy / 1000), groups: shares(groups), functions: shares(functions) };
}
