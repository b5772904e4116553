/** What the page shows about one file's SHA-256 computation. */
export type FileHashState =
  | { status: "idle" }
  | { status: "hashing"; done: number; total: number; bytesPerSecond: number; milliseconds: number }
  | { status: "done"; sha256: string; total: number; bytesPerSecond: number; milliseconds: number }
  | { status: "cancelled"; done: number; total: number }
  | { status: "error"; message: string };

/** Messages the hashing worker posts back. */
export type HashWorkerMessage =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; sha256: string; total: number; milliseconds: number }
  | { type: "error"; message: string };

/** The part of a DOM `Worker` a hash job uses (a fake one in tests). */
export interface HashWorkerHandle {
  onmessage: ((event: { data: HashWorkerMessage }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: { file: Blob }): void;
  terminate(): void;
}

export interface HashJob {
  /** Stops the worker; the state becomes "cancelled" unless the job had already finished. */
  cancel(): void;
  /** Stops the worker without a state change (the file was replaced or the page left). */
  dispose(): void;
}

interface HashJobOptions {
  createWorker: () => HashWorkerHandle;
  onState: (state: FileHashState) => void;
  onDone?: (result: { sha256: string; total: number }) => void;
  now?: () => number;
}

/**
 * Runs one file through a hashing worker. Once the job has ended (finished, failed, cancelled or
 * disposed), anything the worker still delivers is ignored: Chromium fires `error` on a module
 * worker terminated while its script is still loading, and that must not turn "cancelled" into
 * "failed".
 */
export function startHashJob(file: Blob, { createWorker, onState, onDone, now = () => performance.now() }: HashJobOptions): HashJob {
  const worker = createWorker();
  const started = now();
  const total = file.size;
  let ended = false;
  let done = 0;
  const rate = (bytes: number, milliseconds = now() - started) => bytes / Math.max(milliseconds / 1000, 0.001);

  const end = (state?: FileHashState) => {
    if (ended) return;
    ended = true;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    if (state) onState(state);
  };

  worker.onmessage = ({ data: message }) => {
    if (ended) return;
    if (message.type === "progress") {
      done = message.done;
      const milliseconds = now() - started;
      onState({ status: "hashing", done: message.done, total: message.total, bytesPerSecond: rate(message.done, milliseconds), milliseconds });
    } else if (message.type === "done") {
      end({
        status: "done",
        sha256: message.sha256,
        total: message.total,
        bytesPerSecond: rate(message.total, message.milliseconds),
        milliseconds: message.milliseconds,
      });
      onDone?.({ sha256: message.sha256, total: message.total });
    } else {
      end({ status: "error", message: message.message });
    }
  };
  worker.onerror = () => end({ status: "error", message: "The file could not be read; pick it again." });

  onState({ status: "hashing", done: 0, total, bytesPerSecond: 0, milliseconds: 0 });
  worker.postMessage({ file });

  return {
    cancel: () => end({ status: "cancelled", done, total }),
    dispose: () => end(),
  };
}
