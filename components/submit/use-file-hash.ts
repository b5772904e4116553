"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { HashWorkerMessage } from "./hash.worker";

export type FileHashState =
  | { status: "idle" }
  | { status: "hashing"; done: number; total: number; bytesPerSecond: number }
  | { status: "done"; sha256: string; total: number; bytesPerSecond: number }
  | { status: "cancelled"; done: number; total: number }
  | { status: "error"; message: string };

/** Streams a file through SHA-256 in a Web Worker, with progress, speed and cancel. */
export function useFileHash(onDone?: (result: { sha256: string; total: number }) => void) {
  const [state, setState] = useState<FileHashState>({ status: "idle" });
  const workerRef = useRef<Worker | null>(null);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);

  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(
    (file: File) => {
      stop();
      const worker = new Worker(new URL("./hash.worker.ts", import.meta.url), { type: "module" });
      workerRef.current = worker;
      const started = performance.now();
      const rate = (bytes: number) => bytes / Math.max((performance.now() - started) / 1000, 0.001);
      setState({ status: "hashing", done: 0, total: file.size, bytesPerSecond: 0 });
      worker.onmessage = (event: MessageEvent<HashWorkerMessage>) => {
        if (workerRef.current !== worker) return;
        const message = event.data;
        if (message.type === "progress") {
          setState({ status: "hashing", done: message.done, total: message.total, bytesPerSecond: rate(message.done) });
        } else if (message.type === "done") {
          stop();
          setState({ status: "done", sha256: message.sha256, total: message.total, bytesPerSecond: message.total / Math.max(message.milliseconds / 1000, 0.001) });
          onDoneRef.current?.({ sha256: message.sha256, total: message.total });
        } else {
          stop();
          setState({ status: "error", message: message.message });
        }
      };
      worker.onerror = () => {
        stop();
        setState({ status: "error", message: "The file could not be read; pick it again." });
      };
      worker.postMessage({ file });
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState((current) => (current.status === "hashing" ? { status: "cancelled", done: current.done, total: current.total } : current));
  }, [stop]);

  const reset = useCallback(() => {
    stop();
    setState({ status: "idle" });
  }, [stop]);

  return { state, start, cancel, reset };
}
