import type { LayerTerm, LayerTerms } from "@/lib/licensing/layer-terms";
import { COMMERCIAL_USES, type CommercialUse, type IntendedUse } from "@/lib/licensing/vocabulary";

/**
 * The one mapping from a creator's Civitai-style permission flags to intended-use terms.
 *
 * | Flag                  | Value                                    | Result                                          |
 * |-----------------------|------------------------------------------|-------------------------------------------------|
 * | allowCommercialUse    | [] (not stated)                          | COMMERCIAL_OUTPUTS, HOSTED_SERVICE, REDISTRIBUTE_WEIGHTS UNKNOWN |
 * |                       | contains NONE                            | those three FORBIDDEN (NONE wins over any other value) |
 * |                       | contains IMAGE                           | COMMERCIAL_OUTPUTS ALLOWED (sell generated images) |
 * |                       | contains RENT                            | HOSTED_SERVICE ALLOWED (any generation service)  |
 * |                       | contains RENT_CIVIT but not RENT         | HOSTED_SERVICE CONDITIONAL "only on Civitai's generation service" |
 * |                       | contains SELL                            | REDISTRIBUTE_WEIGHTS ALLOWED (sell the model)    |
 * |                       | non-empty, lacks the value for a use     | that use FORBIDDEN                               |
 * | allowDerivatives      | true / false / null                      | DERIVATIVES ALLOWED / FORBIDDEN / UNKNOWN        |
 * | allowNoCredit         | false                                    | obligation "Credit the creator"; COMMERCIAL_OUTPUTS, HOSTED_SERVICE, REDISTRIBUTE_WEIGHTS, DERIVATIVES that are ALLOWED or CONDITIONAL become CONDITIONAL with "credit the creator" |
 * |                       | null                                     | an "unknown" note; nothing is invented          |
 * | allowDifferentLicense | false                                    | pass-through: derivatives must keep these terms  |
 * |                       | null                                     | an "unknown" note                               |
 * | (none)                | -                                        | INTERNAL_EXPLORATION, RESEARCH, TRAIN_ON_OUTPUTS: no term (the licences decide) |
 *
 * Civitai's values were once cumulative (a single level, "Sell" meaning everything below it). The
 * engine does not infer one value from another: each value grants only what it names, so ["SELL"]
 * alone leaves COMMERCIAL_OUTPUTS and HOSTED_SERVICE FORBIDDEN. Reading less than was meant can only
 * make a use stricter, which a reviewer can waive; reading more could approve what was never granted.
 * Importers of legacy single-level data expand it to the full list. The one exception is by
 * meaning, not inference: RENT ("any generation service") includes Civitai's.
 */
export type CreatorTermsInput = {
  /** Empty: the creator did not state it. */
  allowCommercialUse: readonly CommercialUse[];
  /** false: credit required. */
  allowNoCredit: boolean | null;
  /** false: no fine-tunes or merges on top. */
  allowDerivatives: boolean | null;
  /** false: derivatives must keep these terms. */
  allowDifferentLicense: boolean | null;
  text?: string | null;
};

export type CreatorTermsLayer = {
  terms: LayerTerms;
  obligations: string[];
  /** What the creator left unstated or contradictory, for a reviewer to find out. */
  unknowns: string[];
  /** true when derivatives must keep these terms (allowDifferentLicense === false). */
  passThrough: boolean;
  /** The terms in plain words, one line per flag. */
  summary: string[];
  text: string | null;
};

export const CREDIT_OBLIGATION = "Credit the creator";
export const CREDIT_CONDITION = "credit the creator";
export const CIVITAI_ONLY_CONDITION = "only on Civitai's generation service";

// Uses that publish or hand something to others: the ones a credit requirement attaches to.
const CREDITED_USES: readonly IntendedUse[] = ["COMMERCIAL_OUTPUTS", "HOSTED_SERVICE", "REDISTRIBUTE_WEIGHTS", "DERIVATIVES"];

/** Civitai's own spellings, to say what a refused value would be written as here. */
const CIVITAI_SPELLINGS: Readonly<Record<string, CommercialUse>> = {
  None: "NONE",
  Image: "IMAGE",
  RentCivit: "RENT_CIVIT",
  Rent: "RENT",
  Sell: "SELL",
};

/** A creator-terms value the engine does not know: refused, because reading it as "nothing granted" would silently forbid. */
export class UnknownCreatorTermError extends Error {
  constructor(
    readonly value: string,
    versionName?: string,
  ) {
    const known = COMMERCIAL_USES.join(", ");
    const civitai = Object.hasOwn(CIVITAI_SPELLINGS, value) ? ` Civitai's "${value}" is written ${CIVITAI_SPELLINGS[value]} here.` : "";
    super(
      `The creator's commercial-use permission "${value}"${versionName ? ` of ${versionName}` : ""} is not a value this registry knows (${known}).${civitai}`,
    );
    this.name = "UnknownCreatorTermError";
  }
}

/** The values as the engine's vocabulary, in its order; an unknown value throws UnknownCreatorTermError. */
export function parseCommercialUses(values: readonly string[], versionName?: string): CommercialUse[] {
  for (const value of values) {
    if (!(COMMERCIAL_USES as readonly string[]).includes(value)) throw new UnknownCreatorTermError(value, versionName);
  }
  return COMMERCIAL_USES.filter((value) => values.includes(value));
}

export function mapCreatorTerms(input: CreatorTermsInput): CreatorTermsLayer {
  const values = new Set(parseCommercialUses(input.allowCommercialUse));
  const stated = values.size > 0;
  const none = values.has("NONE");
  const unknowns: string[] = [];
  const summary: string[] = [];
  if (none && values.size > 1) {
    unknowns.push("The creator's commercial-use permissions list None together with other values; read as None.");
  }

  const grants = (value: CommercialUse) => !none && values.has(value);
  const commercial = (granted: boolean): LayerTerm => (!stated ? term("UNKNOWN") : granted ? term("ALLOWED") : term("FORBIDDEN"));

  const terms: LayerTerms = {
    COMMERCIAL_OUTPUTS: commercial(grants("IMAGE")),
    HOSTED_SERVICE: stated && !grants("RENT") && grants("RENT_CIVIT") ? term("CONDITIONAL", CIVITAI_ONLY_CONDITION) : commercial(grants("RENT")),
    REDISTRIBUTE_WEIGHTS: commercial(grants("SELL")),
    DERIVATIVES: flagTerm(input.allowDerivatives),
  };

  summary.push(
    describe(terms.COMMERCIAL_OUTPUTS, "Generated images may be sold.", "No selling of generated images.", "Selling generated images: not stated."),
    terms.HOSTED_SERVICE?.status === "CONDITIONAL"
      ? "May be run only on Civitai's generation service."
      : describe(terms.HOSTED_SERVICE, "May be run on any generation service.", "No use on generation services.", "Use on generation services: not stated."),
    describe(terms.REDISTRIBUTE_WEIGHTS, "The model may be sold.", "No selling or redistributing the model.", "Selling the model: not stated."),
    describe(terms.DERIVATIVES, "Fine-tunes and merges are allowed.", "No fine-tunes or merges.", "Fine-tunes and merges: not stated."),
  );

  const obligations: string[] = [];
  if (input.allowNoCredit === false) {
    obligations.push(CREDIT_OBLIGATION);
    summary.push("Credit the creator.");
    for (const use of CREDITED_USES) {
      const current = terms[use];
      if (current && (current.status === "ALLOWED" || current.status === "CONDITIONAL")) {
        terms[use] = { status: "CONDITIONAL", conditions: [...current.conditions, CREDIT_CONDITION] };
      }
    }
  } else if (input.allowNoCredit === true) {
    summary.push("Credit is not required.");
  } else {
    unknowns.push("The creator does not state whether credit is required.");
    summary.push("Credit: not stated.");
  }

  if (input.allowDifferentLicense === false) {
    summary.push("Derivatives must keep these terms.");
  } else if (input.allowDifferentLicense === true) {
    summary.push("Derivatives may use different terms.");
  } else {
    unknowns.push("The creator does not state whether derivatives may use different terms.");
    summary.push("Different terms for derivatives: not stated.");
  }

  const text = input.text?.trim() ? input.text.trim() : null;
  return { terms, obligations, unknowns, passThrough: input.allowDifferentLicense === false, summary, text };
}

function term(status: LayerTerm["status"], condition?: string): LayerTerm {
  return { status, conditions: condition ? [condition] : [] };
}

function flagTerm(flag: boolean | null): LayerTerm {
  return flag === null ? term("UNKNOWN") : term(flag ? "ALLOWED" : "FORBIDDEN");
}

function describe(value: LayerTerm | undefined, allowed: string, forbidden: string, unknown: string): string {
  if (value?.status === "ALLOWED") return allowed;
  if (value?.status === "FORBIDDEN") return forbidden;
  return unknown;
}
