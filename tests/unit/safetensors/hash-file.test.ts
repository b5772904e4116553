import { createHash } from "node:crypto";
import { openAsBlob } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { DEFAULT_HASH_CHUNK_SIZE, HashAbortedError, hashFileSha256, isHashAbortedError } from "@/lib/safetensors/hash-file";
import type { SliceableBlob } from "@/lib/safetensors/header";
import { inspectSafetensorsFile } from "@/lib/safetensors/inspect";
import { writeLargeSafetensorsFile } from "@/tests/support/safetensors-fixtures";

const MiB = 1024 * 1024;

function pseudoRandomBytes(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const nodeSha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A Blob-like that records each slice and how many reads are in flight at once. */
function recordingBlob(bytes: Uint8Array<ArrayBuffer>) {
  const blob = new Blob([bytes]);
  const ranges: [number, number][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const recorder: SliceableBlob = {
    size: blob.size,
    slice(start = 0, end = blob.size) {
      ranges.push([start, end]);
      const part = blob.slice(start, end);
      return {
        arrayBuffer: async () => {
          maxInFlight = Math.max(maxInFlight, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, 1));
          inFlight--;
          return part.arrayBuffer();
        },
      } as Blob;
    },
  };
  return { recorder, ranges, maxInFlight: () => maxInFlight };
}

describe("hashFileSha256 matches node:crypto", () => {
  const chunk = MiB;
  it.each([
    { name: "0 bytes", size: 0, chunkSize: chunk },
    { name: "1 byte", size: 1, chunkSize: chunk },
    { name: "exactly one chunk", size: chunk, chunkSize: chunk },
    { name: "one chunk + 1", size: chunk + 1, chunkSize: chunk },
    { name: "3.5 chunks", size: 3.5 * chunk, chunkSize: chunk },
    { name: "a few MB in odd-sized chunks", size: 5 * MiB + 3, chunkSize: 777_777 },
    { name: "exactly the default chunk", size: DEFAULT_HASH_CHUNK_SIZE, chunkSize: undefined },
    { name: "the default chunk + 1", size: DEFAULT_HASH_CHUNK_SIZE + 1, chunkSize: undefined },
  ])("$name", async ({ size, chunkSize }) => {
    const bytes = pseudoRandomBytes(size, size + 7);
    const progress: [number, number][] = [];
    const digest = await hashFileSha256(new Blob([bytes]), {
      chunkSize,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(digest).toBe(nodeSha256(bytes));

    const effectiveChunk = chunkSize ?? DEFAULT_HASH_CHUNK_SIZE;
    expect(progress.at(-1)).toEqual([size, size]);
    expect(progress).toHaveLength(Math.max(1, Math.ceil(size / effectiveChunk)));
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]![0] - progress[i - 1]![0]).toBeLessThanOrEqual(effectiveChunk);
      expect(progress[i]![0]).toBeGreaterThan(progress[i - 1]![0]);
    }
  });

  it("reads each byte once, in chunk order, with at most one read ahead", async () => {
    const bytes = pseudoRandomBytes(10 * 1000 + 5);
    const { recorder, ranges, maxInFlight } = recordingBlob(bytes);
    expect(await hashFileSha256(recorder, { chunkSize: 1000 })).toBe(nodeSha256(bytes));
    expect(ranges).toEqual(Array.from({ length: 11 }, (_, i) => [i * 1000, Math.min((i + 1) * 1000, bytes.length)]));
    expect(maxInFlight()).toBeLessThanOrEqual(2);
  });

  it("rejects a chunk size that is not a positive integer", async () => {
    for (const chunkSize of [0, -1, 1.5, Number.NaN]) {
      await expect(hashFileSha256(new Blob(["x"]), { chunkSize })).rejects.toThrow(RangeError);
    }
  });
});

describe("hashFileSha256 abort", () => {
  it("stops after the chunk during which the signal aborted", async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const { recorder, ranges } = recordingBlob(pseudoRandomBytes(10_000));
    const hashing = hashFileSha256(recorder, {
      chunkSize: 1000,
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 3000) controller.abort();
      },
    });
    const error = await hashing.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HashAbortedError);
    expect(isHashAbortedError(error)).toBe(true);
    expect((error as Error).name).toBe("AbortError");
    expect((error as HashAbortedError).bytesDone).toBe(3000);
    expect(progress).toEqual([1000, 2000, 3000]);
    expect(ranges.length).toBeLessThanOrEqual(4);
  });

  it("reads nothing when the signal is already aborted", async () => {
    const { recorder, ranges } = recordingBlob(pseudoRandomBytes(5000));
    await expect(hashFileSha256(recorder, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError", bytesDone: 0 });
    expect(ranges).toEqual([]);
  });
});

describe("large fixture file on disk", () => {
  const directory = mkdtemp(join(tmpdir(), "safetensors-"));
  afterAll(async () => rm(await directory, { recursive: true, force: true }));

  it("is a valid SDXL-shaped safetensors file whose streamed hash matches", async () => {
    const path = join(await directory, "large.safetensors");
    const size = 24 * 1000 * 1000 + 3;
    const written = await writeLargeSafetensorsFile(path, size);
    const onDisk = await readFile(path);
    expect(onDisk.length).toBe(size);
    expect(written.sha256).toBe(nodeSha256(onDisk));

    const file = await openAsBlob(path);
    let last: [number, number] = [0, 0];
    const digest = await hashFileSha256(file, { onProgress: (done, total) => (last = [done, total]) });
    expect(digest).toBe(written.sha256);
    expect(last).toEqual([size, size]);

    const inspected = await inspectSafetensorsFile(file);
    expect(inspected.ok && [inspected.inspection.architecture, inspected.inspection.fileSize]).toEqual(["SDXL", size]);
  });
});
