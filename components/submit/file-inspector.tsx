"use client";

import { useEffect, useRef, useState } from "react";
import { formatBytes } from "@/lib/format";
import { hashProgressText } from "@/lib/safetensors/hash-progress-text";
import { inspectSafetensorsFile, type SafetensorsInspection } from "@/lib/safetensors/inspect";
import { useFileHash, type FileHashState } from "./use-file-hash";

interface Props {
  architectureNames: Record<string, string>;
  onInspected: (inspection: SafetensorsInspection) => void;
  onHashed: (result: { sha256: string; total: number }) => void;
}

/**
 * Reads a .safetensors file in the browser: the header (8 bytes + JSON) for the form's pre-fill,
 * then the whole file streamed through SHA-256 in a worker. Nothing is uploaded.
 */
export function FileInspector({ architectureNames, onInspected, onHashed }: Props) {
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const [inspection, setInspection] = useState<SafetensorsInspection | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const hash = useFileHash(onHashed);
  const inputRef = useRef<HTMLInputElement>(null);
  const takenRef = useRef<File | null>(null);

  // A file picked before the page finished loading (before this handler was attached) is read now.
  useEffect(() => {
    const early = inputRef.current?.files?.[0];
    if (early) void take(early);
    // Only once, on mount: later picks arrive through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function take(file: File | undefined) {
    // The same pick can arrive twice (the mount effect and a change event React replays after
    // hydration); taking it again would restart hashing after the user cancelled.
    if (!file || file === takenRef.current) return;
    takenRef.current = file;
    hash.reset();
    setInspection(null);
    setProblem(null);
    setReading(true);
    const result = await inspectSafetensorsFile(file).catch(() => null);
    if (takenRef.current !== file) return; // a newer file was picked while this header was read
    setReading(false);
    if (!result) {
      setProblem("The file could not be read; pick it again.");
      return;
    }
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setInspection(result.inspection);
    onInspected(result.inspection);
    hash.start(file);
  }

  return (
    <section aria-labelledby="inspect-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h2 id="inspect-heading" className="font-semibold">
          Inspect a .safetensors file <span className="font-normal text-slate-500">(optional)</span>
        </h2>
        <p className="text-sm text-slate-600">The file is read in your browser to fill in the form and compute its SHA-256. Nothing is uploaded.</p>
      </div>
      {/* One control: the whole zone is the file input's label, so a click, Enter or a drop all pick the file. */}
      <label
        htmlFor="safetensors-file"
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void take(event.dataTransfer.files[0]);
        }}
        className={`flex cursor-pointer flex-col items-center gap-1 rounded-md border-2 border-dashed p-6 text-center text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600 ${
          dragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-slate-50 hover:bg-slate-100"
        }`}
      >
        <span className="font-medium text-indigo-700">Choose a .safetensors file</span>
        <span className="text-slate-600">or drop it here</span>
        <input
          id="safetensors-file"
          ref={inputRef}
          type="file"
          accept=".safetensors"
          className="sr-only"
          onChange={(event) => void take(event.target.files?.[0])}
        />
      </label>

      <div aria-live="polite">
        {reading && <p className="text-sm text-slate-600">Reading the header…</p>}
        {problem && (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {problem}
          </p>
        )}
      </div>

      {inspection && <InspectionSummary inspection={inspection} architectureNames={architectureNames} />}
      <HashProgress
        state={hash.state}
        onCancel={hash.cancel}
        onRestart={() => {
          if (takenRef.current) hash.start(takenRef.current);
        }}
      />
    </section>
  );
}

function InspectionSummary({ inspection, architectureNames }: { inspection: SafetensorsInspection; architectureNames: Record<string, string> }) {
  const architecture = inspection.architecture ? (architectureNames[inspection.architecture] ?? inspection.architecture) : null;
  return (
    <div className="space-y-2 text-sm" data-testid="inspection-summary">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-slate-500">File</dt>
        <dd>
          {inspection.fileName} · {formatBytes(inspection.fileSize)} · {inspection.tensorCount} tensors
        </dd>
        <dt className="text-slate-500">Architecture</dt>
        <dd>
          {architecture ? (
            <>
              <span className="font-medium">Detected: {architecture}</span>
              {inspection.architectureEvidence && <span className="text-slate-500"> ({inspection.architectureEvidence})</span>}
            </>
          ) : (
            "Not detected"
          )}
          {inspection.architectureNote && <span className="block text-xs text-slate-500">{inspection.architectureNote}</span>}
        </dd>
        {inspection.title && (
          <>
            <dt className="text-slate-500">Title</dt>
            <dd>{inspection.title}</dd>
          </>
        )}
        {inspection.author && (
          <>
            <dt className="text-slate-500">Author</dt>
            <dd>{inspection.author}</dd>
          </>
        )}
        {inspection.license && (
          <>
            <dt className="text-slate-500">License (metadata)</dt>
            <dd>{inspection.license}</dd>
          </>
        )}
        {inspection.suggestedParents.length > 0 && (
          <>
            <dt className="text-slate-500">Merged from</dt>
            <dd>{inspection.suggestedParents.map((parent) => parent.name ?? parent.sha256?.slice(0, 10) ?? parent.shortHash).join(", ")}</dd>
          </>
        )}
      </dl>
      {inspection.warnings.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-amber-900">
          {inspection.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function HashProgress({ state, onCancel, onRestart }: { state: FileHashState; onCancel: () => void; onRestart: () => void }) {
  if (state.status === "idle") return null;
  if (state.status === "error") {
    return (
      <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
        Computing the SHA-256 failed: {state.message}
      </p>
    );
  }
  const done = state.status === "done" ? state.total : state.done;
  const percent = state.total === 0 ? 100 : Math.floor((done / state.total) * 100);
  const text = hashProgressText(state);
  return (
    <div className="space-y-1 text-sm">
      <div className="flex items-center justify-between gap-3">
        <span id="hash-label" className="font-medium">
          {state.status === "done" ? "SHA-256 computed" : state.status === "cancelled" ? "SHA-256 cancelled" : "Computing SHA-256…"}
        </span>
        <span className="text-slate-600" data-testid="hash-progress-text">
          {text}
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="hash-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full ${state.status === "cancelled" ? "bg-slate-400" : "bg-indigo-600"}`} style={{ width: `${percent}%` }} />
      </div>
      {state.status === "hashing" && (
        <button type="button" onClick={onCancel} className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">
          Cancel
        </button>
      )}
      {state.status === "cancelled" && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={onRestart} className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">
            Compute SHA-256 again
          </button>
          <span className="text-slate-600">or type it in below.</span>
        </div>
      )}
      {state.status === "done" && (
        <p>
          <span className="text-slate-500">SHA-256:</span>{" "}
          <code className="break-all" data-testid="computed-sha256">
            {state.sha256}
          </code>
        </p>
      )}
    </div>
  );
}
