import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// What a production build depends on. A build older than any of these is rebuilt by `npm start`.
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "instrumentation.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const IGNORED = new Set(["generated", "node_modules"]);
// NEXT_DIST_DIR: the build folder next.config.ts builds into (an end-to-end run uses its own).
const distDir = () => process.env.NEXT_DIST_DIR || ".next";
const fingerprintFile = () => path.join(distDir(), "source-fingerprint");

function walk(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const child of readdirSync(entry)) if (!IGNORED.has(child)) walk(path.join(entry, child), out);
  } else {
    out.push(`${entry}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
  }
}

export function sourceFingerprint(): string {
  const entries: string[] = [];
  for (const source of SOURCES) walk(source, entries);
  return createHash("sha256").update(entries.sort().join("\n")).digest("hex");
}

export function buildIsCurrent(): boolean {
  if (!existsSync(path.join(distDir(), "BUILD_ID")) || !existsSync(fingerprintFile())) return false;
  return readFileSync(fingerprintFile(), "utf8") === sourceFingerprint();
}

export function recordBuildFingerprint(): void {
  writeFileSync(fingerprintFile(), sourceFingerprint());
}
