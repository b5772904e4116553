import { describe, expect, it } from "vitest";
import { startHashJob, type FileHashState, type HashWorkerHandle, type HashWorkerMessage } from "@/lib/safetensors/hash-job";

/** A worker that records what the job does to it and lets the test deliver its events. */
class FakeWorker implements HashWorkerHandle {
  onmessage: ((event: { data: HashWorkerMessage }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  posted: { file: Blob }[] = [];
  terminated = false;
  // Kept separately so the test can deliver events even after the job cleared its handlers,
  // the way a real worker's queued events still arrive.
  private listeners: { message?: (event: { data: HashWorkerMessage }) => void; error?: (event: unknown) => void } = {};

  postMessage(message: { file: Blob }) {
    this.posted.push(message);
    this.listeners = { message: this.onmessage ?? undefined, error: this.onerror ?? undefined };
  }
  terminate() {
    this.terminated = true;
  }
  deliver(message: HashWorkerMessage) {
    this.listeners.message?.({ data: message });
  }
  fail() {
    this.listeners.error?.(new Event("error"));
  }
}

function run(size = 1000) {
  const worker = new FakeWorker();
  const states: FileHashState[] = [];
  const results: { sha256: string; total: number }[] = [];
  let clock = 0;
  const file = new Blob([new Uint8Array(size)]);
  const job = startHashJob(file, {
    createWorker: () => worker,
    onState: (state) => states.push(state),
    onDone: (result) => results.push(result),
    now: () => clock,
  });
  return { worker, states, results, job, file, tick: (ms: number) => (clock += ms) };
}

const SHA = "a".repeat(64);

describe("startHashJob", () => {
  it("starts hashing at 0 bytes and hands the file to the worker", () => {
    const { worker, states, file } = run();
    expect(states).toEqual([{ status: "hashing", done: 0, total: 1000, bytesPerSecond: 0, milliseconds: 0 }]);
    expect(worker.posted).toEqual([{ file }]);
  });

  it("reports progress with a speed, then the digest, and stops the worker", () => {
    const { worker, states, results, tick } = run();
    tick(500);
    worker.deliver({ type: "progress", done: 400, total: 1000 });
    worker.deliver({ type: "done", sha256: SHA, total: 1000, milliseconds: 1000 });
    expect(states.slice(1)).toEqual([
      { status: "hashing", done: 400, total: 1000, bytesPerSecond: 800, milliseconds: 500 },
      { status: "done", sha256: SHA, total: 1000, bytesPerSecond: 1000, milliseconds: 1000 },
    ]);
    expect(results).toEqual([{ sha256: SHA, total: 1000 }]);
    expect(worker.terminated).toBe(true);
  });

  it("cancelling keeps the bytes done so far and terminates the worker", () => {
    const { worker, states, job } = run();
    worker.deliver({ type: "progress", done: 300, total: 1000 });
    job.cancel();
    expect(states.at(-1)).toEqual({ status: "cancelled", done: 300, total: 1000 });
    expect(worker.terminated).toBe(true);
  });

  // The failure seen in CI: cancelling right after the worker was created, while its script was
  // still loading, made Chromium fire `error` on the terminated worker, and the page said
  // "Computing the SHA-256 failed" instead of "cancelled".
  it("an error the terminated worker fires after a cancel does not replace 'cancelled'", () => {
    const { worker, states, job } = run();
    job.cancel();
    worker.fail();
    expect(states.at(-1)).toEqual({ status: "cancelled", done: 0, total: 1000 });
  });

  it("progress or a digest arriving after a cancel is ignored", () => {
    const { worker, states, results, job } = run();
    job.cancel();
    worker.deliver({ type: "progress", done: 900, total: 1000 });
    worker.deliver({ type: "done", sha256: SHA, total: 1000, milliseconds: 5 });
    expect(states.at(-1)).toEqual({ status: "cancelled", done: 0, total: 1000 });
    expect(results).toEqual([]);
  });

  it("a disposed job (the file was replaced) reports nothing more", () => {
    const { worker, states, job } = run();
    job.dispose();
    worker.fail();
    worker.deliver({ type: "done", sha256: SHA, total: 1000, milliseconds: 5 });
    expect(states).toHaveLength(1);
    expect(worker.terminated).toBe(true);
  });

  it("a worker that cannot load or read the file ends in an error the page can show", () => {
    const { worker, states } = run();
    worker.fail();
    expect(states.at(-1)).toEqual({ status: "error", message: "The file could not be read; pick it again." });
    expect(worker.terminated).toBe(true);
  });

  it("the worker's own error message is passed on, and cancel after the end changes nothing", () => {
    const { worker, states, job } = run();
    worker.deliver({ type: "error", message: "The file changed size while it was being read; pick it again." });
    job.cancel();
    expect(states.at(-1)).toEqual({ status: "error", message: "The file changed size while it was being read; pick it again." });
  });
});
