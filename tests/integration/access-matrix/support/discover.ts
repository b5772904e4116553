import { readdirSync } from "node:fs";
import path from "node:path";

const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

export interface Endpoint {
  key: string;
  file: string;
  name: string;
  kind: "action" | "route";
  handler: (...args: unknown[]) => unknown;
}

function walk(directory: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}

/** Every exported server action and every exported mutating route handler under app/, imported for real. */
export async function discoverEndpoints(root: string): Promise<Endpoint[]> {
  const files = walk(path.join(root, "app"))
    .map((file) => path.relative(root, file).split(path.sep).join("/"))
    .filter((file) => /(^|\/)actions\.tsx?$/.test(file) || /(^|\/)route\.tsx?$/.test(file))
    .sort();
  const endpoints: Endpoint[] = [];
  for (const file of files) {
    const loaded = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const isRoute = /(^|\/)route\.tsx?$/.test(file);
    for (const [name, value] of Object.entries(loaded)) {
      if (typeof value !== "function") continue;
      if (isRoute && !(MUTATING_METHODS as readonly string[]).includes(name)) continue;
      endpoints.push({ key: `${file}#${name}`, file, name, kind: isRoute ? "route" : "action", handler: value as Endpoint["handler"] });
    }
  }
  return endpoints;
}
