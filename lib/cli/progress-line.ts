/** Files from this size get a progress line while they are hashed (when stderr is a terminal). */
export const PROGRESS_THRESHOLD_BYTES = 100 * 1000 * 1000;

/** "model.safetensors  42%  1.2 GB/s  ETA 3 s": rate so far and the time left at that rate. */
export function formatProgress(name: string, done: number, total: number, elapsedMs: number): string {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : null;
  return `hashing ${name}  ${String(percent).padStart(3)}%  ${formatRate(rate)}  ETA ${eta === null ? "…" : formatSeconds(eta)}`;
}

export function formatRate(bytesPerSecond: number): string {
  if (bytesPerSecond >= 1e9) return `${(bytesPerSecond / 1e9).toFixed(2)} GB/s`;
  return `${(bytesPerSecond / 1e6).toFixed(0)} MB/s`;
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}
