import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

/**
 * Hashes of files already seen, keyed by absolute path and trusted only while the file's size and
 * modification time are unchanged: a re-run over a models folder of 100 GB then costs a stat per file.
 */
export interface HashCacheEntry {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface HashCache {
  get(filePath: string, size: number, mtimeMs: number): string | null;
  set(filePath: string, size: number, mtimeMs: number, sha256: string): void;
  save(): void;
}

/** `$CHECKPOINT_REGISTRY_CACHE`, else `$XDG_CACHE_HOME/checkpoint-registry/hashes.json`, else under ~/.cache. */
export function defaultCachePath(env: Readonly<Record<string, string | undefined>>): string {
  if (env.CHECKPOINT_REGISTRY_CACHE) return path.resolve(env.CHECKPOINT_REGISTRY_CACHE);
  const base = env.XDG_CACHE_HOME || path.join(homedir(), ".cache");
  return path.join(base, "checkpoint-registry", "hashes.json");
}

export function openHashCache(cachePath: string): HashCache {
  let entries: Record<string, HashCacheEntry> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(cachePath, "utf8"));
    if (parsed && typeof parsed === "object" && "entries" in parsed && parsed.entries && typeof parsed.entries === "object") {
      entries = parsed.entries as Record<string, HashCacheEntry>;
    }
  } catch {
    // No cache yet, or an unreadable one: start empty (it is only a cache).
  }
  let dirty = false;
  return {
    get(filePath, size, mtimeMs) {
      const entry = entries[filePath];
      return entry && entry.size === size && entry.mtimeMs === mtimeMs && /^[0-9a-f]{64}$/.test(entry.sha256) ? entry.sha256 : null;
    },
    set(filePath, size, mtimeMs, sha256) {
      entries[filePath] = { size, mtimeMs, sha256 };
      dirty = true;
    },
    save() {
      if (!dirty) return;
      try {
        mkdirSync(path.dirname(cachePath), { recursive: true });
        // Write then rename: two runs at once never leave a half-written file.
        const temporary = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ version: 1, entries }));
        renameSync(temporary, cachePath);
        dirty = false;
      } catch {
        // A read-only home directory must not fail the verification itself.
      }
    },
  };
}
