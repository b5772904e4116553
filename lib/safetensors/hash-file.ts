import { createSHA256 } from "hash-wasm";

import type { SliceableBlob } from "./header";

/**
 * 8 MiB: fastest of 4/8/16/32 MiB for a 200 MB Blob in Node 20 (about 435 MB/s in memory, 330 MB/s
 * from disk). Headless Chromium was within 5% of its best (16 MiB), at half the memory in flight.
 */
export const DEFAULT_HASH_CHUNK_SIZE = 8 * 1024 * 1024;

export interface HashFileOptions {
  /** Called after each chunk with the bytes hashed so far; once with (0, 0) for an empty file. */
  onProgress?: (bytesDone: number, total: number) => void;
  signal?: AbortSignal;
  chunkSize?: number;
}

/** Thrown when the signal aborts. Named "AbortError" like the DOM's, so generic checks work too. */
export class HashAbortedError extends Error {
  override readonly name = "AbortError";

  constructor(readonly bytesDone: number) {
    super("Computing the file's SHA-256 was cancelled.");
  }
}

export function isHashAbortedError(error: unknown): error is HashAbortedError {
  return error instanceof HashAbortedError;
}

type Hasher = Awaited<ReturnType<typeof createSHA256>>;

/**
 * Streams the whole file through SHA-256 and returns it as lowercase hex, never holding more than
 * two chunks: the one being hashed and the next one being read, which overlap. Where the Blob offers
 * a byte stream (browsers), two buffers are reused for the whole file, so memory stays flat however
 * large it is; otherwise each chunk is a fresh slice, which the garbage collector frees late.
 */
export async function hashFileSha256(blob: SliceableBlob & { stream?: Blob["stream"] }, options: HashFileOptions = {}): Promise<string> {
  const { chunkSize = DEFAULT_HASH_CHUNK_SIZE } = options;
  if (!Number.isSafeInteger(chunkSize) || chunkSize <= 0) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  throwIfAborted(options.signal, 0);
  const hasher = await createSHA256();
  hasher.init();
  const reader = byobReader(blob);
  if (reader) await hashWithReusedBuffers(reader, blob.size, hasher, { ...options, chunkSize });
  else await hashWithSlices(blob, hasher, { ...options, chunkSize });
  if (blob.size === 0) options.onProgress?.(0, 0);
  return hasher.digest("hex");
}

function byobReader(blob: { stream?: Blob["stream"] }): ReadableStreamBYOBReader | null {
  try {
    return blob.stream ? blob.stream().getReader({ mode: "byob" }) : null;
  } catch {
    return null; // not a byte stream (e.g. Node's Blob): read slices instead
  }
}

async function hashWithReusedBuffers(
  reader: ReadableStreamBYOBReader,
  total: number,
  hasher: Hasher,
  { onProgress, signal, chunkSize }: HashFileOptions & { chunkSize: number },
): Promise<void> {
  // `min` asks for a full buffer per read (fewer, larger hash updates); older engines ignore it.
  const read = reader.read.bind(reader) as (view: Uint8Array, options: { min: number }) => Promise<ReadableStreamReadResult<Uint8Array>>;
  const fill = (buffer: ArrayBuffer) => read(new Uint8Array(buffer, 0, chunkSize), { min: chunkSize });
  let done = 0;
  let pending = fill(new ArrayBuffer(chunkSize));
  let spare: ArrayBuffer | null = new ArrayBuffer(chunkSize);
  try {
    for (;;) {
      const result = await pending;
      throwIfAborted(signal, done);
      const chunk = result.value;
      // With `min`, the last read can carry the file's tail together with done.
      if (result.done) {
        if (chunk && chunk.length > 0) {
          hasher.update(chunk);
          done += chunk.length;
          onProgress?.(done, total);
        }
        break;
      }
      if (!chunk) break;
      // Start reading the next chunk into the other buffer before hashing this one.
      pending = fill(spare!);
      hasher.update(chunk);
      done += chunk.length;
      onProgress?.(done, total);
      spare = chunk.buffer as ArrayBuffer;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (done !== total) throw new Error("The file changed size while it was being read; pick it again.");
}

async function hashWithSlices(blob: SliceableBlob, hasher: Hasher, { onProgress, signal, chunkSize }: HashFileOptions & { chunkSize: number }): Promise<void> {
  const total = blob.size;
  const read = (start: number) => blob.slice(start, Math.min(start + chunkSize, total)).arrayBuffer();
  let done = 0;
  let pending = total > 0 ? read(0) : null;
  try {
    while (pending) {
      const chunk = new Uint8Array(await pending);
      pending = null;
      throwIfAborted(signal, done);
      if (chunk.length === 0) throw new Error("The file got shorter while it was being read; pick it again.");
      const next = done + chunk.length;
      if (next < total) pending = read(next);
      hasher.update(chunk);
      done = next;
      onProgress?.(done, total);
    }
  } finally {
    // A read-ahead abandoned by an abort or an error must not surface as an unhandled rejection.
    pending?.catch(() => undefined);
  }
}

function throwIfAborted(signal: AbortSignal | undefined, bytesDone: number): void {
  if (signal?.aborted) throw new HashAbortedError(bytesDone);
}
