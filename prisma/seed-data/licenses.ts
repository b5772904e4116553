import type { SeedLicense, SeedLicenseRevision, StatedTerm } from "@/prisma/seed-data/types";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

// The licence library: what each licence of the seed families says, per intended use, read from
// the licence texts as summarised with their sources in LICENSES.md. Each term cites its clause in
// `basis`; a use is UNKNOWN only where the text is silent or the fact is unverified, and says which.
// None of this is legal advice: the registry records what a licence says and who decided what.
//
// A fresh database is seeded with every revision below. An existing one is upgraded only by a
// person (`npm run licenses:update`, or the catalog admin's button): each licence whose current
// revision differs from the last one here gets that as a new revision, through the admin's path.

export const LICENSE_KEY = {
  railM: "LicenseRef-creativeml-openrail-m",
  railPlusPlusM: "LicenseRef-creativeml-openrail-plus-plus-m",
  sdxlLicense: "LicenseRef-sdxl-license",
  stabilityCommunity: "LicenseRef-stability-ai-community",
  /** Earlier libraries kept the Turbo models' licence apart; it is the non-commercial one below. */
  stabilityTurbo: "LicenseRef-stability-ai-turbo-terms",
  stabilityNonCommercial: "LicenseRef-stable-cascade-nc-community",
  fluxDevNonCommercial: "LicenseRef-flux-1-dev-non-commercial",
  apache2: "Apache-2.0",
  fairAiPublicSd: "LicenseRef-fair-ai-public-license-1.0-sd",
  fairAiPublicSdPony: "LicenseRef-fair-ai-public-license-1.0-sd-pony",
} as const;

function terms(entries: Record<IntendedUse, StatedTerm>): Record<IntendedUse, StatedTerm> {
  return entries;
}

// ---------------------------------------------------------------------------------------------
// CreativeML Open RAIL-M and RAIL++-M: the same structure. Source: CompVis/stable-diffusion
// `LICENSE` (RAIL-M); Stability-AI/stablediffusion `LICENSE-MODEL` and Stability-AI/generative-models
// `model_licenses/LICENSE-SDXL1.0`, 2023-07-26 (RAIL++-M).
// ---------------------------------------------------------------------------------------------

const RAIL_RESTRICTIONS =
  "The Attachment A use restrictions (no unlawful use, no harm to minors, no disinformation, no defamation, no discrimination, no medical advice, no law-enforcement predictions, …) bind every user, must be included as an enforceable provision in every agreement governing use or distribution, and pass on to every derivative and every user of a hosted service (§5 and Attachment A).";

function railTerms(short: string): Record<IntendedUse, StatedTerm> {
  const restrictions = `${short} §5 and Attachment A`;
  return terms({
    INTERNAL_EXPLORATION: {
      status: "CONDITIONAL",
      condition: "Within the Attachment A use restrictions.",
      basis: `${restrictions}: the use restrictions bind every user.`,
    },
    COMMERCIAL_OUTPUTS: {
      status: "CONDITIONAL",
      condition: "Within the Attachment A use restrictions: you are accountable for the outputs, whose use must not contravene the licence.",
      basis: `${short} §6 ("The Licensor claims no rights in the Output You generate using the Model") and ${restrictions}.`,
    },
    HOSTED_SERVICE: {
      status: "CONDITIONAL",
      condition: "Pass the Attachment A use restrictions on to the service's users as an enforceable provision of the agreement governing its use.",
      basis: `${short} §4 (distribution and making available as a service) and ${restrictions}.`,
    },
    REDISTRIBUTE_WEIGHTS: {
      status: "CONDITIONAL",
      condition:
        "Include the use restrictions as an enforceable provision in the distribution agreement, give every recipient a copy of the licence, and mark modified files with a prominent change notice.",
      basis: `${short} §4 (distribution conditions) and ${restrictions}.`,
    },
    DERIVATIVES: {
      status: "CONDITIONAL",
      condition: "Derivatives must carry the Attachment A use restrictions on to their users and recipients.",
      basis: `${short} §4 and §5: the use restrictions pass on to every derivative.`,
    },
    TRAIN_ON_OUTPUTS: {
      status: "CONDITIONAL",
      condition: "A model trained on the outputs to perform like this one is a Derivative of the Model: it must carry the use restrictions.",
      basis: `${short} definitions ("Derivatives of the Model" include models trained on its outputs) and §5.`,
    },
    RESEARCH: {
      status: "CONDITIONAL",
      condition: "Within the Attachment A use restrictions.",
      basis: `${restrictions}: the use restrictions bind every user.`,
    },
  });
}

const RAIL_OBLIGATIONS = [
  "Include the Attachment A use restrictions as an enforceable provision in any agreement governing use or distribution",
  "Give every recipient of the model or a derivative a copy of the licence",
  "Mark modified files with a prominent notice that they were changed",
];

const RAIL_M: SeedLicense = {
  key: LICENSE_KEY.railM,
  name: "CreativeML Open RAIL-M",
  aliases: ["creativeml-openrail-m", "CreativeML OpenRAIL-M"],
  url: "https://github.com/CompVis/stable-diffusion/blob/main/LICENSE",
  revisions: [
    {
      label: null,
      url: "https://github.com/CompVis/stable-diffusion/blob/main/LICENSE",
      summary:
        "Licence of Stable Diffusion 1.5 and, per its Hugging Face discussion #4, Illustrious XL v2.0. Every use is allowed within the Attachment A use restrictions, which pass on to every derivative and every user of a hosted service; distribution and hosting on conditions (§4). The Licensor claims no rights in outputs (§6) but reserves the right to restrict use in violation of the licence and to modify the Output of the Model based on updates (§7). No revenue threshold.",
      passThroughRestrictions: true,
      restrictionsText: RAIL_RESTRICTIONS,
      obligations: RAIL_OBLIGATIONS,
      terms: railTerms("RAIL-M"),
    },
  ],
};

const RAIL_PLUS_PLUS_M: SeedLicense = {
  key: LICENSE_KEY.railPlusPlusM,
  name: "CreativeML Open RAIL++-M",
  aliases: ["openrail++", "creativeml-openrail++-m", "CreativeML OpenRAIL++-M"],
  url: "https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL1.0",
  revisions: [
    {
      label: "2023-07-26",
      url: "https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL1.0",
      summary:
        "Licence of SDXL 1.0 (Stability-AI/generative-models LICENSE-SDXL1.0, 2023-07-26) and SD 2.1 (Stability-AI/stablediffusion LICENSE-MODEL; Civitai's table says RAIL-M, Stability's file says RAIL++-M, and the file is what counts). The same terms as RAIL-M, without RAIL-M's clause reserving a right to modify outputs: every use within the Attachment A use restrictions, which pass on to every derivative and every user of a hosted service.",
      passThroughRestrictions: true,
      restrictionsText: RAIL_RESTRICTIONS,
      obligations: RAIL_OBLIGATIONS,
      terms: railTerms("RAIL++-M"),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Illustrious XL v1.0's marking. LICENSES.md: v1.0 unverified (the seed document says sdxl-license).
// ---------------------------------------------------------------------------------------------

const UNVERIFIED_SDXL_LICENSE =
  "Unverified (LICENSES.md): the seed document marks Illustrious XL v1.0 `sdxl-license`, but its Hugging Face card was not verified, so what the text grants is not recorded.";

const SDXL_LICENSE: SeedLicense = {
  key: LICENSE_KEY.sdxlLicense,
  name: "SDXL license (as marked on Illustrious XL v1.0)",
  aliases: ["sdxl-license"],
  // Where the marking is: the model card (the text it names was not verified).
  url: "https://huggingface.co/OnomaAIResearch/Illustrious-XL-v1.0",
  revisions: [
    {
      label: null,
      url: "https://huggingface.co/OnomaAIResearch/Illustrious-XL-v1.0",
      summary:
        "The `sdxl-license` marking of Illustrious XL v1.0. Unverified: the card was not checked (LICENSES.md), so every use is UNKNOWN until a reviewer reads the text. (Illustrious XL v1.1's card says `sdxl-license`; v0.1's says fair-ai-public-license-1.0-sd; v2.0 is RAIL-M.)",
      passThroughRestrictions: false,
      restrictionsText:
        "Not recorded: whether this licence has use restrictions that pass on to derivatives is unverified. Check the text before relying on their absence.",
      obligations: [],
      terms: terms({
        INTERNAL_EXPLORATION: { status: "UNKNOWN", basis: UNVERIFIED_SDXL_LICENSE },
        COMMERCIAL_OUTPUTS: { status: "UNKNOWN", basis: UNVERIFIED_SDXL_LICENSE },
        HOSTED_SERVICE: { status: "UNKNOWN", basis: UNVERIFIED_SDXL_LICENSE },
        REDISTRIBUTE_WEIGHTS: { status: "UNKNOWN", basis: UNVERIFIED_SDXL_LICENSE },
        DERIVATIVES: { status: "UNKNOWN", basis: UNVERIFIED_SDXL_LICENSE },
        TRAIN_ON_OUTPUTS: { status: "UNKNOWN", basis: UNVERIFIED_SDXL_LICENSE },
        RESEARCH: { status: "UNKNOWN", basis: UNVERIFIED_SDXL_LICENSE },
      }),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Stability AI Community License: SD 3.5. Source: stability.ai/community-license-agreement,
// updated 2024-07-05.
// ---------------------------------------------------------------------------------------------

const COMMUNITY = "Stability AI Community License (updated 2024-07-05)";
const REVENUE_CONDITION =
  "Commercial use is free only while the organisation's annual revenue, with its affiliates, does not exceed USD 1,000,000 and it has registered with Stability AI; above that the licence ends and an Enterprise licence is needed.";

const STABILITY_COMMUNITY: SeedLicense = {
  key: LICENSE_KEY.stabilityCommunity,
  name: "Stability AI Community License",
  aliases: ["stabilityai-ai-community", "stabilityai-community", "Stability AI Community License Agreement"],
  url: "https://stability.ai/community-license-agreement",
  revisions: [
    {
      label: "2024-07-05",
      url: "https://stability.ai/community-license-agreement",
      summary:
        "Licence of the Stable Diffusion 3.5 suite. Research and non-commercial use are free. Commercial use, including a hosted service or API, is free if the organisation registers with Stability and its annual revenue with affiliates does not exceed USD 1,000,000 (a condition the organisation answers once). Outputs are yours, but may not be used to create or improve a foundational generative AI model other than Stability's. Display 'Powered by Stability AI' on the product or service; ship a Notice file with any redistribution. Fine-tunes and LoRAs are Derivative Works under the same licence.",
      passThroughRestrictions: false,
      restrictionsText: null,
      obligations: [
        "Display “Powered by Stability AI” on the product or service",
        "Ship a Notice file with any redistribution of the models or Derivative Works",
        "Do not use outputs to create or improve a foundational generative AI model (except Stability's models and their derivatives)",
      ],
      terms: terms({
        INTERNAL_EXPLORATION: {
          status: "CONDITIONAL",
          condition: `Non-commercial use is free; use inside a business is commercial use. ${REVENUE_CONDITION}`,
          basis: `${COMMUNITY}: research and non-commercial use free; commercial use under the revenue threshold, after registration.`,
          conditionKeys: ["stability-community-revenue"],
        },
        COMMERCIAL_OUTPUTS: {
          status: "CONDITIONAL",
          condition: REVENUE_CONDITION,
          basis: `${COMMUNITY}: commercial use free under USD 1M annual revenue with affiliates, after registration; outputs are yours.`,
          conditionKeys: ["stability-community-revenue"],
        },
        HOSTED_SERVICE: {
          status: "CONDITIONAL",
          condition: `${REVENUE_CONDITION} Display “Powered by Stability AI” on the service.`,
          basis: `${COMMUNITY}: commercial use "including a hosted service or API" under the revenue threshold; attribution "Powered by Stability AI".`,
          conditionKeys: ["stability-community-revenue", "stability-powered-by"],
        },
        REDISTRIBUTE_WEIGHTS: {
          status: "CONDITIONAL",
          condition: `Ship a Notice file and the licence with the models; commercial redistribution only on the same terms. ${REVENUE_CONDITION}`,
          basis: `${COMMUNITY}: redistribution with a Notice file; commercial use under the revenue threshold.`,
          conditionKeys: ["stability-community-revenue"],
        },
        DERIVATIVES: {
          status: "CONDITIONAL",
          condition: `Fine-tunes and LoRAs are Derivative Works under the same licence. ${REVENUE_CONDITION}`,
          basis: `${COMMUNITY}: fine-tunes and LoRAs are Derivative Works under the same licence.`,
          conditionKeys: ["stability-community-revenue"],
        },
        TRAIN_ON_OUTPUTS: {
          status: "CONDITIONAL",
          condition: "Outputs may not be used to create or improve any foundational generative AI model, except Stability's own models and their derivatives.",
          basis: `${COMMUNITY}: outputs may not be used "to create or improve any foundational generative AI model".`,
        },
        RESEARCH: { status: "ALLOWED", basis: `${COMMUNITY}: research and non-commercial use are free.` },
      }),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Stability AI Non-Commercial Research Community License: SDXL Turbo, SD-Turbo, Stable Cascade.
// Sources: Stability-AI/generative-models `model_licenses/LICENSE-SDXL-Turbo` and `LICENCE-SD-Turbo`
// (2023-11-28); Stability-AI/StableCascade `WEIGHTS_LICENSE`.
// ---------------------------------------------------------------------------------------------

const NC = "Stability AI Non-Commercial Research Community License";
const NC_TURBO_NOTE =
  "Licence path caveat (unverified): whether SDXL Turbo and SD-Turbo moved to the Stability AI Community License is not verified; their Hugging Face cards keep `sai-nc-community`, so this licence is recorded.";

const NC_REVISION: SeedLicenseRevision = {
  label: "2023-11-28",
  url: "https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL-Turbo",
  summary: `Licence of SDXL Turbo, SD-Turbo (generative-models LICENSE-SDXL-Turbo and LICENCE-SD-Turbo, 2023-11-28) and Stable Cascade (StableCascade WEIGHTS_LICENSE). Non-commercial use only (research, personal, non-commercial); no hosted service or API offered to third parties; the weights and derivatives may be shared non-commercially with the licence and a Notice file; models created from outputs are Derivative Works. Commercial use needs a separate licence from Stability. ${NC_TURBO_NOTE}`,
  passThroughRestrictions: true,
  restrictionsText:
    "Non-commercial use only: Derivative Works (including models created from outputs) stay under the non-commercial terms and are shared only with the licence and a Notice file.",
  obligations: ["Non-commercial use only", "Share the weights or derivatives only with a copy of the licence and a Notice file"],
  terms: terms({
    INTERNAL_EXPLORATION: {
      status: "CONDITIONAL",
      condition:
        "Non-commercial purposes only (research, personal, non-commercial); exploration for a commercial purpose needs a separate licence from Stability.",
      basis: `${NC}: non-commercial use only.`,
    },
    COMMERCIAL_OUTPUTS: {
      status: "FORBIDDEN",
      condition:
        "Non-commercial use only; commercial use needs a separate licence from Stability. (For Stable Cascade the text does not address outputs: unverified, so read as not granted.)",
      basis: `${NC}: non-commercial use only; commercial use requires a separate licence. Stable Cascade's outputs: unverified (LICENSES.md).`,
    },
    HOSTED_SERVICE: {
      status: "FORBIDDEN",
      condition: "No hosted service or API offered to third parties.",
      basis: `${NC}: no hosted service or API offered to third parties.`,
    },
    REDISTRIBUTE_WEIGHTS: {
      status: "CONDITIONAL",
      condition: "Non-commercially only, with a copy of the licence and a Notice file.",
      basis: `${NC}: distribution of the weights or derivatives (non-commercial) with the licence and a Notice file.`,
    },
    DERIVATIVES: {
      status: "CONDITIONAL",
      condition: "Derivative Works stay non-commercial and are shared only with the licence and a Notice file.",
      basis: `${NC}: derivatives (non-commercial) with the licence and a Notice file.`,
    },
    TRAIN_ON_OUTPUTS: {
      status: "CONDITIONAL",
      condition: "A model created from the outputs is a Derivative Work: non-commercial only, under this licence.",
      basis: `${NC}: models created from outputs count as Derivative Works.`,
    },
    RESEARCH: { status: "ALLOWED", basis: `${NC}: research use is permitted.` },
  }),
};

const STABILITY_NON_COMMERCIAL: SeedLicense = {
  key: LICENSE_KEY.stabilityNonCommercial,
  name: NC,
  aliases: ["sai-nc-community", "stable-cascade-nc-community"],
  url: "https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL-Turbo",
  revisions: [NC_REVISION],
};

/**
 * Earlier libraries recorded the Turbo models under a licence of their own. A fresh database no
 * longer has it (the Turbo versions declare the non-commercial licence above); an existing one
 * gets the same reading as a new revision of its record, so its approvals are re-reviewed.
 */
const STABILITY_TURBO_RETIRED: SeedLicense = {
  key: LICENSE_KEY.stabilityTurbo,
  name: "Stability AI license terms (SDXL Turbo, SD-Turbo)",
  aliases: ["sai-nc-community"],
  url: "https://stability.ai/license",
  revisions: [
    {
      ...NC_REVISION,
      summary: `This record now holds the reading of the ${NC}, which the Turbo models' own licence files carry. ${NC_REVISION.summary}`,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// FLUX.1 [dev] Non-Commercial License. Source: black-forest-labs/flux
// `model_licenses/LICENSE-FLUX1-dev`; revisions v1.0 (Aug 2024), v1.1 (2025-06-26), v1.1.1.
// ---------------------------------------------------------------------------------------------

const FLUX_URL = "https://github.com/black-forest-labs/flux/blob/main/model_licenses/LICENSE-FLUX1-dev";
const FLUX = "FLUX.1 [dev] Non-Commercial License";

function fluxRevision(label: string, note: string): SeedLicenseRevision {
  return {
    label,
    url: FLUX_URL,
    summary: `${FLUX} ${label}. ${note} The model and derivatives: non-commercial purposes only (no revenue-generating activity, no uses with impact on end users, no training other models for commercial use); a commercial hosted service needs a licence from Black Forest Labs. Outputs: "You may use Output for any purpose (including for commercial purposes)", but not to train, fine-tune or distill a competing model (§2(d)); §4(a) restricts commercial use of "any data produced by the FLUX.1 [dev] Model", which reads against §2(d): a reviewer's question. Content filters or human review of outputs, and AI-generated disclosure where the law requires it (§2(e)).`,
    passThroughRestrictions: true,
    restrictionsText: "Derivatives of FLUX.1 [dev] are non-commercial only, and are redistributed with a copy of the licence and the attribution notice.",
    obligations: [
      "Use content filters or human review of outputs, and disclose AI-generated content where the law requires it (§2(e))",
      "Redistribute the weights or derivatives only non-commercially, with a copy of the licence and the attribution notice",
      "Do not use outputs to train, fine-tune or distill a model competitive with FLUX.1 [dev] or FLUX.1 Kontext [dev] (§2(d))",
    ],
    terms: terms({
      INTERNAL_EXPLORATION: {
        status: "CONDITIONAL",
        condition: "Non-commercial purposes only; exploration that feeds revenue-generating work is not covered.",
        basis: `${FLUX}: the model and derivatives for non-commercial purposes only.`,
      },
      COMMERCIAL_OUTPUTS: {
        status: "CONDITIONAL",
        condition:
          "Reviewer's question: §2(d) lets you use Output for any purpose, including commercial purposes, but §4(a) restricts commercial use of any data produced by the model. Decide which governs before commercial use; outputs must pass a content filter or human review (§2(e)).",
        basis: `${FLUX} §2(d) ("You may use Output for any purpose (including for commercial purposes)") against §4(a); §2(e).`,
        conditionKeys: ["outputs-content-review"],
      },
      HOSTED_SERVICE: {
        status: "FORBIDDEN",
        condition: "A commercial hosted service needs a licence from Black Forest Labs; uses with impact on end users are excluded.",
        basis: `${FLUX}: non-commercial purposes only; a commercial hosted service needs a licence from Black Forest Labs.`,
      },
      REDISTRIBUTE_WEIGHTS: {
        status: "CONDITIONAL",
        condition: "Non-commercially only, with a copy of the licence and the attribution notice.",
        basis: `${FLUX}: redistribution of the weights or derivatives, non-commercially, with the licence and the attribution notice.`,
      },
      DERIVATIVES: {
        status: "CONDITIONAL",
        condition: "Derivatives are non-commercial only, under the same licence.",
        basis: `${FLUX}: the model and derivatives for non-commercial purposes only.`,
      },
      TRAIN_ON_OUTPUTS: {
        status: "CONDITIONAL",
        condition:
          "Never to train, fine-tune or distill a model competitive with FLUX.1 [dev] or FLUX.1 Kontext [dev]; not for training other models for commercial use.",
        basis: `${FLUX} §2(d): "You may not use the Output to train, fine-tune or distill a model that is competitive with the FLUX.1 [dev] Model or the FLUX.1 Kontext [dev] Model."`,
      },
      RESEARCH: {
        status: "CONDITIONAL",
        condition: "Non-commercial research, with content filters or human review of outputs (§2(e)).",
        basis: `${FLUX}: non-commercial purposes; §2(e).`,
      },
    }),
  };
}

const SUPERSEDED_FLUX =
  "Superseded. LICENSES.md does not record how this revision's text differs from the current one, so the current revision's per-use reading is recorded for it too.";

const FLUX_DEV: SeedLicense = {
  key: LICENSE_KEY.fluxDevNonCommercial,
  name: FLUX,
  aliases: ["flux-1-dev-non-commercial-license"],
  url: FLUX_URL,
  revisions: [
    fluxRevision("v1.0 (August 2024)", SUPERSEDED_FLUX),
    fluxRevision("v1.1 (2025-06-26)", SUPERSEDED_FLUX),
    fluxRevision("v1.1.1", "Current revision."),
  ],
};

// ---------------------------------------------------------------------------------------------
// Apache-2.0: FLUX.1 [schnell]. Source: black-forest-labs/flux `model_licenses/LICENSE-FLUX1-schnell`.
// ---------------------------------------------------------------------------------------------

const APACHE = "Apache License 2.0";
const APACHE_2: SeedLicense = {
  key: LICENSE_KEY.apache2,
  name: APACHE,
  aliases: ["apache-2.0"],
  url: "https://www.apache.org/licenses/LICENSE-2.0",
  revisions: [
    {
      label: "2.0",
      url: "https://github.com/black-forest-labs/flux/blob/main/model_licenses/LICENSE-FLUX1-schnell",
      summary:
        "Licence of FLUX.1 [schnell] (black-forest-labs/flux LICENSE-FLUX1-schnell). Every use allowed; redistribution with the licence and NOTICE, stating changes.",
      passThroughRestrictions: false,
      restrictionsText: null,
      obligations: ["Redistribute with a copy of the licence and the NOTICE file", "State changes in modified files"],
      terms: terms({
        INTERNAL_EXPLORATION: { status: "ALLOWED", basis: `${APACHE} §2: perpetual, worldwide copyright licence to use.` },
        COMMERCIAL_OUTPUTS: { status: "ALLOWED", basis: `${APACHE} §2: no restriction on use, including commercial use.` },
        HOSTED_SERVICE: { status: "ALLOWED", basis: `${APACHE} §2: no restriction on use.` },
        REDISTRIBUTE_WEIGHTS: { status: "ALLOWED", basis: `${APACHE} §4: redistribution with the licence and NOTICE, stating changes.` },
        DERIVATIVES: { status: "ALLOWED", basis: `${APACHE} §2 and §4: Derivative Works allowed, stating changes.` },
        TRAIN_ON_OUTPUTS: { status: "ALLOWED", basis: `${APACHE} §2: no restriction on use.` },
        RESEARCH: { status: "ALLOWED", basis: `${APACHE} §2: no restriction on use.` },
      }),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Fair AI Public License 1.0-SD: Illustrious XL v0.1 (unmodified) and Pony Diffusion V6 XL
// (modified). Source for the modification: huggingface.co/LOL2024/SonicHasAutismMix `LICENSE.md`;
// the primary page civitai.com/models/257749 is unverified.
// ---------------------------------------------------------------------------------------------

const FAIPL = "Fair AI Public License 1.0-SD";
const FAIPL_SILENT = `Not read per use: LICENSES.md records no per-use reading of the ${FAIPL} text, so this use stays UNKNOWN until a reviewer reads it.`;
const FAIPL_RESTRICTIONS = `The ${FAIPL}'s Prohibited Uses (its "SD variant" section, written to be compatible with Stable Diffusion's licence) bind derived models, which stay under the same licence.`;

function faiplSilentTerms(): Record<IntendedUse, StatedTerm> {
  return terms({
    INTERNAL_EXPLORATION: { status: "UNKNOWN", basis: FAIPL_SILENT },
    COMMERCIAL_OUTPUTS: { status: "UNKNOWN", basis: FAIPL_SILENT },
    HOSTED_SERVICE: { status: "UNKNOWN", basis: FAIPL_SILENT },
    REDISTRIBUTE_WEIGHTS: { status: "UNKNOWN", basis: FAIPL_SILENT },
    DERIVATIVES: { status: "UNKNOWN", basis: FAIPL_SILENT },
    TRAIN_ON_OUTPUTS: { status: "UNKNOWN", basis: FAIPL_SILENT },
    RESEARCH: { status: "UNKNOWN", basis: FAIPL_SILENT },
  });
}

const FAIR_AI_PUBLIC_SD: SeedLicense = {
  key: LICENSE_KEY.fairAiPublicSd,
  name: FAIPL,
  aliases: ["fair-ai-public-license-1.0-sd", "faipl-1.0-sd"],
  url: "https://freedevproject.org/faipl-1.0-sd/",
  revisions: [
    {
      label: "1.0-SD",
      url: "https://freedevproject.org/faipl-1.0-sd/",
      summary: `Licence of Illustrious XL v0.1 (its Hugging Face card: fair-ai-public-license-1.0-sd). ${FAIPL_SILENT}`,
      passThroughRestrictions: true,
      restrictionsText: FAIPL_RESTRICTIONS,
      obligations: [],
      terms: faiplSilentTerms(),
    },
  ],
};

const PONY_CLAUSE =
  '"You are not permitted to run inference of this model on websites or applications allowing any form of monetization" (modification of the Fair AI Public License 1.0-SD, seen in huggingface.co/LOL2024/SonicHasAutismMix LICENSE.md; the primary page civitai.com/models/257749 is unverified)';

const FAIR_AI_PUBLIC_SD_PONY: SeedLicense = {
  key: LICENSE_KEY.fairAiPublicSdPony,
  name: `${FAIPL} (modified, Pony Diffusion V6 XL)`,
  aliases: ["fair-ai-public-license-1.0-sd-modified"],
  url: "https://huggingface.co/LOL2024/SonicHasAutismMix/blob/main/LICENSE.md",
  revisions: [
    {
      label: "1.0-SD, modified",
      url: "https://huggingface.co/LOL2024/SonicHasAutismMix/blob/main/LICENSE.md",
      summary: `Pony Diffusion V6 XL's own licence: the ${FAIPL} with one added restriction, ${PONY_CLAUSE}. It applies to derivatives and merges, with explicit exceptions for Civitai and Hugging Face. The rest of the text is not read per use in LICENSES.md: those uses stay UNKNOWN.`,
      passThroughRestrictions: true,
      restrictionsText: `No inference on websites or applications allowing any form of monetization (exceptions: Civitai and Hugging Face); applies to every derivative and merge. ${FAIPL_RESTRICTIONS}`,
      obligations: ["Do not run the model, or a derivative or merge of it, on monetised websites or applications (Civitai and Hugging Face excepted)"],
      terms: {
        ...faiplSilentTerms(),
        HOSTED_SERVICE: {
          status: "FORBIDDEN",
          condition: "No inference on websites or applications allowing any form of monetization; the only exceptions are Civitai and Hugging Face.",
          basis: `Pony Diffusion V6 XL licence: ${PONY_CLAUSE}.`,
        },
      },
    },
  ],
};

/** Seeded into a fresh database, in this order. */
export const LICENSES: readonly SeedLicense[] = [
  RAIL_M,
  RAIL_PLUS_PLUS_M,
  SDXL_LICENSE,
  STABILITY_COMMUNITY,
  STABILITY_NON_COMMERCIAL,
  FLUX_DEV,
  APACHE_2,
  FAIR_AI_PUBLIC_SD,
  FAIR_AI_PUBLIC_SD_PONY,
];

/** What an update brings to an existing database: every seeded licence, and records earlier libraries kept apart. */
export const LICENSE_LIBRARY: readonly SeedLicense[] = [...LICENSES, STABILITY_TURBO_RETIRED];

export function currentRevision(license: SeedLicense): SeedLicenseRevision {
  const revision = license.revisions[license.revisions.length - 1];
  if (!revision) throw new Error(`Licence ${license.key} has no revision in the library.`);
  return revision;
}
