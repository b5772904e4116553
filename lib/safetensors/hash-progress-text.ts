import { formatRate } from "@/lib/cli/progress-line";
import { formatBytes } from "@/lib/format";
import type { FileHashState } from "@/lib/safetensors/hash-job";

/** Below this, a rate says nothing useful (and a file read that fast needs no speedometer). */
export const RATE_SHOWN_FROM_MS = 1000;

/** "42% (1.2 GB of 2.9 GB), 380 MB/s": the rate only once hashing has taken a second or more. */
export function hashProgressText(state: Extract<FileHashState, { status: "hashing" | "done" | "cancelled" }>): string {
  const done = state.status === "done" ? state.total : state.done;
  const percent = state.total === 0 ? 100 : Math.floor((done / state.total) * 100);
  const rate = state.status !== "cancelled" && state.milliseconds >= RATE_SHOWN_FROM_MS ? `, ${formatRate(state.bytesPerSecond)}` : "";
  return `${percent}% (${formatBytes(done)} of ${formatBytes(state.total)})${rate}`;
}
