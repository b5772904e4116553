import type { ImportSource } from "@/lib/intake/imported-facts";

/** Where one version's facts were imported from, as the version page lists it (lib/server/intake/fact-sources.ts reads it). */
export interface FactSourceDto {
  id: string;
  source: ImportSource;
  via: "FETCHED" | "PASTED";
  pageUrl: string | null;
  responseUrl: string | null;
  fetchedAt: string | null;
  responseSha256: string;
  recordedAt: string;
}
