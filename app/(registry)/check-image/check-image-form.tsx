"use client";

import { useEffect, useRef, useState } from "react";
import { imageVerdicts, type ImageCheckResult } from "@/lib/image-metadata/image-verdict";
import { formatLimit, MAX_IMAGE_BYTES } from "@/lib/image-metadata/limits";
import type { GenerationMetadata } from "@/lib/image-metadata/model-reference";
import { readImageMetadata } from "@/lib/image-metadata/read-image-metadata";
import { ImageCheckCard, type ImageEntry } from "./image-check-card";

interface Team {
  slug: string;
  name: string;
}

const ACCEPT = "image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp";

/**
 * Reads each dropped or chosen image in the browser (lib/image-metadata), sends only the models its
 * metadata names to /check-image/check, and shows the answer per use.
 */
export function CheckImageForm({ teams }: { teams: Team[] }) {
  const [team, setTeam] = useState<string>(teams[0]?.slug ?? "");
  const [entries, setEntries] = useState<ImageEntry[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const nextId = useRef(0);
  // The same pick can arrive twice (the mount effect and a change event React replays after hydration).
  const taken = useRef(new WeakSet<File>());
  const teamRef = useRef(team);

  function update(id: number, change: Partial<ImageEntry>) {
    setEntries((current) => current.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
  }

  async function check(id: number, metadata: GenerationMetadata, teamSlug: string) {
    update(id, { state: "checking" });
    try {
      const response = await fetch("/check-image/check", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...(teamSlug ? { team: teamSlug } : {}), generator: metadata.generator, models: metadata.models }),
      });
      const body = (await response.json().catch(() => null)) as (ImageCheckResult & { error?: { message: string } }) | null;
      if (!response.ok || !body || body.error) {
        update(id, { state: "failed", problem: body?.error?.message ?? "The registry could not be asked; try again." });
        return;
      }
      update(id, { state: "done", result: body });
    } catch {
      update(id, { state: "failed", problem: "The registry could not be reached; check your connection and try again." });
    }
  }

  async function take(files: FileList | File[] | null | undefined) {
    for (const file of Array.from(files ?? [])) {
      if (taken.current.has(file)) continue;
      taken.current.add(file);
      const id = nextId.current++;
      setEntries((current) => [{ id, fileName: file.name, state: "reading", warnings: [] }, ...current]);
      if (file.size > MAX_IMAGE_BYTES) {
        update(id, { state: "failed", problem: `The file is larger than ${formatLimit(MAX_IMAGE_BYTES)}; it was not read.` });
        continue;
      }
      const read = await readImageMetadata(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) {
        update(id, { state: "failed", problem: read.message });
        continue;
      }
      update(id, { format: read.format, warnings: read.warnings, metadata: read.metadata ?? undefined });
      if (!read.metadata) {
        const selected = teams.find((each) => each.slug === teamRef.current) ?? null;
        update(id, {
          state: "done",
          result: { status: "NO_METADATA", generator: null, team: selected, models: [], verdicts: imageVerdicts(false, [], selected) },
        });
        continue;
      }
      await check(id, read.metadata, teamRef.current);
    }
  }

  // Files chosen before the page finished loading are read once it has.
  useEffect(() => {
    const early = inputRef.current?.files;
    if (early && early.length > 0) void take(early);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function changeTeam(slug: string) {
    setTeam(slug);
    teamRef.current = slug;
    const selected = teams.find((each) => each.slug === slug) ?? null;
    for (const entry of entries) {
      if (entry.metadata) void check(entry.id, entry.metadata, slug);
      else if (entry.result?.status === "NO_METADATA")
        update(entry.id, { result: { ...entry.result, team: selected, verdicts: imageVerdicts(false, [], selected) } });
    }
  }

  return (
    <div className="space-y-4">
      <section aria-labelledby="choose-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="choose-heading" className="font-semibold">
          Images to check
        </h2>
        {teams.length > 1 ? (
          <div className="text-sm">
            <label htmlFor="check-team" className="mb-1 block font-medium">
              Check for team
            </label>
            <select id="check-team" value={team} onChange={(event) => changeTeam(event.target.value)} className="rounded-md border border-slate-300 px-2 py-1">
              {teams.map((each) => (
                <option key={each.slug} value={each.slug}>
                  {each.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="text-sm text-slate-600">
            {teams.length === 1 ? (
              <>
                Answers are for your team, <span className="font-medium">{teams[0]!.name}</span>.
              </>
            ) : (
              "You belong to no team: only approvals for every team count."
            )}
          </p>
        )}
        <div
          data-testid="image-drop-zone"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void take(event.dataTransfer.files);
          }}
          className={`flex flex-col items-center gap-2 rounded-md border-2 border-dashed p-6 text-center text-sm ${dragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-slate-50"}`}
        >
          <span>Drop images here, or</span>
          <label htmlFor="image-files" className="font-medium text-indigo-700">
            Choose PNG, JPEG or WebP images
          </label>
          <input
            id="image-files"
            ref={inputRef}
            type="file"
            multiple
            accept={ACCEPT}
            className="text-sm file:mr-3 file:rounded-md file:border-0 file:bg-indigo-600 file:px-3 file:py-1.5 file:text-white"
            onChange={(event) => {
              void take(event.target.files);
              event.target.value = "";
            }}
          />
          <span className="text-xs text-slate-500">Read in your browser; nothing is uploaded.</span>
        </div>
      </section>

      <div aria-live="polite" className="space-y-4">
        {entries.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">No images checked yet.</p>
        ) : (
          entries.map((entry) => <ImageCheckCard key={entry.id} entry={entry} />)
        )}
      </div>
    </div>
  );
}
