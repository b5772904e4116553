import { hashFileSha256 } from "@/lib/safetensors/hash-file";
import type { HashWorkerMessage } from "@/lib/safetensors/hash-job";

// Hashing runs here, off the page's main thread: the form stays responsive while a multi-GB
// file streams through SHA-256 chunk by chunk (the File is a handle; its bytes are read in slices).
// Cancelling terminates the worker, which stops the read at once.

type HashWorkerRequest = { file: File };

// The worker's global, typed by hand: the DOM and WebWorker libs cannot both be loaded in one program.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HashWorkerRequest>) => void) | null;
  postMessage(message: HashWorkerMessage): void;
};

scope.onmessage = async (event: MessageEvent<HashWorkerRequest>) => {
  const { file } = event.data;
  const post = (message: HashWorkerMessage) => scope.postMessage(message);
  const started = performance.now();
  try {
    const sha256 = await hashFileSha256(file, { onProgress: (done, total) => post({ type: "progress", done, total }) });
    post({ type: "done", sha256, total: file.size, milliseconds: performance.now() - started });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : "The file could not be read." });
  }
};
