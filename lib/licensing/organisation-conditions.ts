// Licence conditions that are facts about the organisation, not about one request: a team settles
// each once (at /settings/organisation) and every checkpoint whose licence names the key reads the
// answer. A closed vocabulary, so a licence term can only name a condition the settings page knows.

export const ORGANISATION_CONDITION_KEYS = ["stability-community-revenue", "stability-powered-by", "outputs-content-review"] as const;
export type OrganisationConditionKey = (typeof ORGANISATION_CONDITION_KEYS)[number];

export interface OrganisationCondition {
  key: OrganisationConditionKey;
  /** Short name for lists and filters. */
  label: string;
  /** The question the organisation answers, in the licence's own terms. */
  question: string;
  /** Where the condition comes from. */
  source: string;
}

export const ORGANISATION_CONDITIONS: Readonly<Record<OrganisationConditionKey, OrganisationCondition>> = {
  "stability-community-revenue": {
    key: "stability-community-revenue",
    label: "Stability AI revenue threshold and registration",
    question:
      "Does the organisation's annual revenue, together with its affiliates, not exceed USD 1,000,000, and has it registered with Stability AI for commercial use?",
    source: "Stability AI Community License (updated 2024-07-05): commercial use is free under the revenue threshold, after registration",
  },
  "stability-powered-by": {
    key: "stability-powered-by",
    label: "“Powered by Stability AI” displayed",
    question: "Does the organisation display “Powered by Stability AI” on the products and services built with these models?",
    source: "Stability AI Community License (updated 2024-07-05): attribution",
  },
  "outputs-content-review": {
    key: "outputs-content-review",
    label: "Outputs pass a content filter or human review",
    question: "Do the outputs pass a content filter or human review before use, and is AI-generated content disclosed where the law requires it?",
    source: "FLUX.1 [dev] Non-Commercial License §2(e)",
  },
};

export function isOrganisationConditionKey(value: unknown): value is OrganisationConditionKey {
  return typeof value === "string" && (ORGANISATION_CONDITION_KEYS as readonly string[]).includes(value);
}

/** A recorded answer the engine reads: only facts that hold now are passed in (the caller filters). */
export interface OrganisationFactInput {
  id: string;
  conditionKey: string;
  met: boolean;
  evidenceReference: string;
  recordedBy: string;
  /** ISO timestamps, so the engine's output stays plain JSON. */
  recordedAt: string;
  reviewBy: string;
}

/** A fact holds while it is not withdrawn and its review-by date lies ahead. */
export function factHolds(fact: { withdrawnAt: Date | null; reviewBy: Date }, now: Date): boolean {
  return fact.withdrawnAt === null && fact.reviewBy.getTime() > now.getTime();
}
