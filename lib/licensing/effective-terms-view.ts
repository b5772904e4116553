import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";

// What the pages and the API show of a version's effective terms: the engine's verdict in words.
// Built by lib/server/licensing/effective-terms-view.ts from the engine's output; kept here, free of
// the server, so components can name the type.

export interface EffectiveUseView {
  use: IntendedUse;
  status: TermStatus;
  conditions: string[];
  /** The layers that decide the status, in plain words (lib/licensing/explain.ts). */
  decidedBy: string[];
  explanation: string;
}

export interface SourcedTextView {
  text: string;
  sources: string[];
}

export interface EffectiveTermsView {
  uses: EffectiveUseView[];
  obligations: SourcedTextView[];
  passThrough: SourcedTextView[];
  unknowns: SourcedTextView[];
  violations: { code: string; severity: "error" | "warning"; message: string }[];
}
