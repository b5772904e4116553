import { formatRate } from "@/lib/cli/progress-line";
import { formatBytes } from "@/lib/format";
import type { FileHashState } from "@/lib/safetensors/hash-job";

/** Below this, a rate says nothing useful (and a file read that fast needs no speedometer). */
export const RATE_SHOWN_FROM_MS = 1000;

/**
 * Nor for a file this small, however long it took: a machine busy enough to spend a second on a few
 * megabytes would show a rate that describes the machine's load, not the file. Checkpoints are
 * gigabytes; a file under this size is a test file, an embedding or a mistake.
 */
export const RATE_SHOWN_FROM_BYTES = 64 * 1024 * 1024;

/** "42% (1.2 GB of 2.9 GB), 380 MB/s": the rate only for a file of 64 MiB or more, once hashing has taken a second or more. */
export function hashProgressText(state: Extract<FileHashState, { status: "hashing" | "done" | "cancelled" }>): string {
  const done = state.status === "done" ? state.total : state.done;
  const percent = state.total === 0 ? 100 : Math.floor((done / state.total) * 100);
  const rate =
    state.status !== "cancelled" && state.total >= RATE_SHOWN_FROM_BYTES && state.milliseconds >= RATE_SHOWN_FROM_MS
      ? `, ${formatRate(state.bytesPerSecond)}`
      : "";
  return `${percent}% (${formatBytes(done)} of ${formatBytes(state.total)})${rate}`;
}
