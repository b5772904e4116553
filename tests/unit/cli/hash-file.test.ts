import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openHashCache } from "@/lib/cli/hash-cache";
import { HASH_BUFFER_BYTES, sha256File } from "@/lib/cli/hash-file";
import { findModelFiles, MissingPathError } from "@/lib/cli/find-model-files";

const dir = mkdtempSync(path.join(tmpdir(), "cli-hash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sha256File", () => {
  it.each([0, 1, HASH_BUFFER_BYTES - 1, HASH_BUFFER_BYTES, 2 * HASH_BUFFER_BYTES + 17])("hashes a file of %i bytes as crypto does in one piece", (size) => {
    const bytes = randomBytes(size);
    const file = path.join(dir, `f-${size}.bin`);
    writeFileSync(file, bytes);
    const progress: number[] = [];
    const result = sha256File(file, ({ bytesDone, bytesTotal }) => {
      expect(bytesTotal).toBe(size);
      progress.push(bytesDone);
    });
    expect(result).toEqual({ sha256: createHash("sha256").update(bytes).digest("hex"), size });
    expect(progress).toHaveLength(Math.ceil(size / HASH_BUFFER_BYTES));
    if (size > 0) expect(progress.at(-1)).toBe(size);
  });
});

describe("hash cache", () => {
  it("keeps a hash across runs while path, size and mtime match, and drops it when one changes", () => {
    const cachePath = path.join(dir, "cache", "hashes.json");
    const first = openHashCache(cachePath);
    expect(first.get("/models/a.safetensors", 10, 1000)).toBeNull();
    first.set("/models/a.safetensors", 10, 1000, "a".repeat(64));
    first.save();

    const second = openHashCache(cachePath);
    expect(second.get("/models/a.safetensors", 10, 1000)).toBe("a".repeat(64));
    expect(second.get("/models/a.safetensors", 11, 1000)).toBeNull();
    expect(second.get("/models/a.safetensors", 10, 1001)).toBeNull();
    expect(second.get("/models/b.safetensors", 10, 1000)).toBeNull();
  });

  it("starts empty on a corrupt cache file", () => {
    const cachePath = path.join(dir, "corrupt.json");
    writeFileSync(cachePath, "{not json");
    expect(openHashCache(cachePath).get("/x", 1, 1)).toBeNull();
  });
});

describe("findModelFiles", () => {
  it("finds *.safetensors and *.ckpt recursively, sorted, each once; a named file counts whatever its name", () => {
    const root = path.join(dir, "models");
    for (const name of ["checkpoints/a.safetensors", "checkpoints/sub/b.CKPT", "loras/c.safetensors", "vae/readme.txt", "d.pt"]) {
      const file = path.join(root, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "x");
      utimesSync(file, new Date(), new Date());
    }
    const found = findModelFiles([root, path.join(root, "checkpoints"), path.join(root, "d.pt")]);
    expect(found.map((file) => path.relative(root, file))).toEqual(["checkpoints/a.safetensors", "checkpoints/sub/b.CKPT", "d.pt", "loras/c.safetensors"]);
  });

  it("refuses a path that does not exist", () => {
    expect(() => findModelFiles([path.join(dir, "nope")])).toThrow(MissingPathError);
  });
});
