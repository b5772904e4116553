import type { DecidingLicense } from "@/lib/licensing/deciding-clauses";
import type { KeyedConditionState } from "@/lib/licensing/effective-terms";
import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";

// What the pages and the API show of a version's effective terms: the engine's verdict in words.
// Built by lib/server/licensing/effective-terms-view.ts from the engine's output; kept here, free of
// the server, so components can name the type.

export interface EffectiveUseView {
  use: IntendedUse;
  status: TermStatus;
  conditions: string[];
  /** The layers that decide the status, in plain words, each licence once (lib/licensing/deciding-clauses.ts). */
  decidedBy: string[];
  explanation: string;
  /** Organisation conditions of the use, met (with the fact and who recorded it) or open. */
  keyedConditions: KeyedConditionState[];
  /** ALLOWED, or CONDITIONAL with every organisation condition met. */
  usableWithoutWaiver: boolean;
}

export interface SourcedTextView {
  text: string;
  sources: string[];
}

export interface EffectiveTermsView {
  uses: EffectiveUseView[];
  /** Each deciding licence once, with its clause per use and a link to its text. */
  decidingClauses: DecidingLicense[];
  obligations: SourcedTextView[];
  passThrough: SourcedTextView[];
  unknowns: SourcedTextView[];
  violations: { code: string; severity: "error" | "warning"; message: string }[];
}
