import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const MODEL_EXTENSIONS = [".safetensors", ".ckpt"] as const;

export function isModelFile(name: string): boolean {
  const lower = name.toLowerCase();
  return MODEL_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

export class MissingPathError extends Error {}

/**
 * Every `*.safetensors` / `*.ckpt` under the given files and folders (recursively, following no
 * symlinked folders twice), as absolute paths, sorted, each once. A file named explicitly is taken
 * whatever its extension; a path that does not exist is an error.
 */
export function findModelFiles(paths: readonly string[]): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = path.resolve(dir);
      const key = `${statSync(real).dev}:${statSync(real).ino}`;
      if (visited.has(key)) return;
      visited.add(key);
    } catch {
      return;
    }
    let entries;
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to verify in it
    }
    for (const entry of entries) {
      const full = path.join(real, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(full))) walk(full);
      else if (isModelFile(entry.name) && isFile(full)) found.add(full);
    }
  };
  for (const given of paths) {
    const absolute = path.resolve(given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new MissingPathError(`No such file or folder: ${given}`);
    }
    if (stats.isDirectory()) walk(absolute);
    else found.add(absolute);
  }
  return [...found].sort();
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
