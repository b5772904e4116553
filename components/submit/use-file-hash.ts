"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { startHashJob, type FileHashState, type HashJob, type HashWorkerHandle } from "@/lib/safetensors/hash-job";

export type { FileHashState };

const createHashWorker = () => new Worker(new URL("./hash.worker.ts", import.meta.url), { type: "module" }) as unknown as HashWorkerHandle;

/** Streams a file through SHA-256 in a Web Worker, with progress, speed and cancel. */
export function useFileHash(onDone?: (result: { sha256: string; total: number }) => void) {
  const [state, setState] = useState<FileHashState>({ status: "idle" });
  const jobRef = useRef<HashJob | null>(null);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);

  const dispose = useCallback(() => {
    jobRef.current?.dispose();
    jobRef.current = null;
  }, []);

  useEffect(() => dispose, [dispose]);

  const start = useCallback(
    (file: File) => {
      dispose();
      jobRef.current = startHashJob(file, {
        createWorker: createHashWorker,
        onState: setState,
        onDone: (result) => onDoneRef.current?.(result),
      });
    },
    [dispose],
  );

  const cancel = useCallback(() => {
    jobRef.current?.cancel();
    jobRef.current = null;
  }, []);

  const reset = useCallback(() => {
    dispose();
    setState({ status: "idle" });
  }, [dispose]);

  return { state, start, cancel, reset };
}
