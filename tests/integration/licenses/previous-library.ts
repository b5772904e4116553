// The licence records of the previous library (prisma/seed-data/licenses.ts before the licence
// library of issue 9), frozen here word for word so the upgrade test seeds a registry as that
// release left it. Do not update this file when the library changes: it is history.
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import type { SeedLicense, StatedTerm } from "@/prisma/seed-data/types";

type OldStatedTerm =
  | { status: "ALLOWED"; condition?: null; basis: string }
  | { status: "CONDITIONAL"; condition: string; basis: string }
  | { status: "FORBIDDEN"; condition: string; basis: string };

interface OldSeedLicense {
  key: `LicenseRef-${string}`;
  name: string;
  aliases: string[];
  url: string | null;
  revision: {
    label: string | null;
    url: string | null;
    summary: string;
    passThroughRestrictions: boolean;
    restrictionsText: string | null;
    obligations: string[];
    statedTerms: Partial<Record<IntendedUse, OldStatedTerm>>;
  };
}

// Base-model licenses of checkpoints-101.md, as structured terms. The rule (DESIGN.md section 2 and
// the seed issue): a use is ALLOWED, CONDITIONAL or FORBIDDEN only where the document (or DESIGN.md)
// settles it, with its words in `condition` and the passage in `basis`; every other use is UNKNOWN.
// Where the document's statement has caveats, CONDITIONAL with the caveat, never ALLOWED.

const LICENSE_KEY = {
  railM: "LicenseRef-creativeml-openrail-m",
  railPlusPlusM: "LicenseRef-creativeml-openrail-plus-plus-m",
  sdxlLicense: "LicenseRef-sdxl-license",
  stabilityCommunity: "LicenseRef-stability-ai-community",
  stabilityTurbo: "LicenseRef-stability-ai-turbo-terms",
  stableCascadeNonCommercial: "LicenseRef-stable-cascade-nc-community",
  fluxDevNonCommercial: "LicenseRef-flux-1-dev-non-commercial",
} as const;

// OpenRAIL: the use restrictions bind every user and travel with every derivative (DESIGN.md section 2).
const OPENRAIL_RESTRICTIONS =
  "Use-based restrictions (OpenRAIL): the license's use restrictions bind everyone who uses the model, and must be carried into every derivative (fine-tune or merge) and passed on to everyone who receives the model, a derivative or access to it.";
const OPENRAIL_OBLIGATIONS = [
  "Include the license's use-based restrictions with any redistribution of the model or of a derivative",
  "Pass the use-based restrictions on to the users of the model and of its derivatives",
];
const OPENRAIL_DERIVATIVES = {
  status: "CONDITIONAL",
  condition: "Derivatives (fine-tunes, merges) must carry the license's use-based restrictions on to their users.",
  basis: "DESIGN.md section 2: OpenRAIL licenses carry 'use-based restrictions that must be passed on to derivatives'.",
} as const;

const SD35_COMMUNITY_CONDITION =
  "Use under the Stability AI Community License. Stability states SD 3.5 models are free for commercial and non-commercial use under it; the source document does not reproduce the license's conditions, so confirm them for your organisation before relying on this.";
const SD35_BASIS =
  "checkpoints-101.md 3E: 'Stability states SD 3.5 models are free for commercial + non-commercial use under the Stability AI Community License.'";

const CASCADE_BASIS = "checkpoints-101.md 3F: 'Released under a non-commercial license (research preview) per Stability's announcement.'";

const FLUX_BASIS =
  "checkpoints-101.md 3G: the model is under a 'Non-Commercial License' for the weights, but the license explicitly states users can use outputs broadly (with caveats) and forbids using outputs to train/fine-tune a competing model.";

const OLD_LICENSES: readonly OldSeedLicense[] = [
  {
    key: LICENSE_KEY.railM,
    name: "CreativeML Open RAIL-M",
    aliases: ["creativeml-openrail-m", "CreativeML OpenRAIL-M"],
    url: "https://huggingface.co/spaces/CompVis/stable-diffusion-license",
    revision: {
      label: null,
      url: "https://huggingface.co/spaces/CompVis/stable-diffusion-license",
      summary:
        "Open RAIL license of Stable Diffusion 1.5 (checkpoints-101.md 3A) and, as marked on Hugging Face, of Illustrious XL v2.0 (3J). Its use-based restrictions travel with the model and every derivative. The source document states no other per-use terms: those stay UNKNOWN until a reviewer records them from the license text.",
      passThroughRestrictions: true,
      restrictionsText: OPENRAIL_RESTRICTIONS,
      obligations: OPENRAIL_OBLIGATIONS,
      statedTerms: { DERIVATIVES: OPENRAIL_DERIVATIVES },
    },
  },
  {
    key: LICENSE_KEY.railPlusPlusM,
    name: "CreativeML Open RAIL++-M",
    aliases: ["openrail++", "creativeml-openrail++-m", "CreativeML OpenRAIL++-M"],
    url: "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md",
    revision: {
      label: null,
      url: "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md",
      summary:
        "Open RAIL license of the official SDXL 1.0 release (checkpoints-101.md 3C) and the license SD 2.1 is commonly distributed under (3B). Its use-based restrictions travel with the model and every derivative. The source document states no other per-use terms: those stay UNKNOWN until a reviewer records them from the license text.",
      passThroughRestrictions: true,
      restrictionsText: OPENRAIL_RESTRICTIONS,
      obligations: OPENRAIL_OBLIGATIONS,
      statedTerms: { DERIVATIVES: OPENRAIL_DERIVATIVES },
    },
  },
  {
    // Its own record because checkpoints-101.md 3J says Illustrious XL v1.0 is marked this way; the
    // document does not say whether it is SDXL's RAIL++-M text, so nothing is assumed from the name.
    key: LICENSE_KEY.sdxlLicense,
    name: "SDXL license (as marked on Illustrious XL v1.0)",
    aliases: ["sdxl-license"],
    url: null,
    revision: {
      label: null,
      url: null,
      summary:
        "The `sdxl-license` marking of Illustrious XL v1.0 (checkpoints-101.md 3J: 'Licensing differs by release: v1.0 is marked sdxl-license, while v2.0 is marked creativeml-openrail-m, so always check the exact version you download before commercial use/distribution'). The document does not say what this text grants, nor whether it carries pass-through use restrictions: every use is UNKNOWN until a reviewer reads it.",
      passThroughRestrictions: false,
      restrictionsText:
        "Not recorded: the source document does not say whether this license has use-based restrictions that pass on to derivatives. Check the text before relying on their absence.",
      obligations: [],
      statedTerms: {},
    },
  },
  {
    key: LICENSE_KEY.stabilityCommunity,
    name: "Stability AI Community License",
    aliases: ["stabilityai-ai-community", "Stability AI Community License Agreement"],
    url: "https://stability.ai/community-license-agreement",
    revision: {
      label: null,
      url: "https://stability.ai/community-license-agreement",
      summary:
        "License of the Stable Diffusion 3.5 suite. checkpoints-101.md 3E: 'Stability states SD 3.5 models are free for commercial + non-commercial use under the Stability AI Community License.' Commercial uses are CONDITIONAL on the license's own conditions, which the document does not reproduce; redistribution, derivatives and training on outputs are UNKNOWN.",
      passThroughRestrictions: false,
      restrictionsText: null,
      obligations: [],
      statedTerms: {
        INTERNAL_EXPLORATION: { status: "CONDITIONAL", condition: SD35_COMMUNITY_CONDITION, basis: SD35_BASIS },
        COMMERCIAL_OUTPUTS: { status: "CONDITIONAL", condition: SD35_COMMUNITY_CONDITION, basis: SD35_BASIS },
        HOSTED_SERVICE: { status: "CONDITIONAL", condition: SD35_COMMUNITY_CONDITION, basis: SD35_BASIS },
        RESEARCH: { status: "ALLOWED", basis: `${SD35_BASIS} Research is non-commercial use.` },
      },
    },
  },
  {
    key: LICENSE_KEY.stabilityTurbo,
    name: "Stability AI license terms (SDXL Turbo, SD-Turbo)",
    // The Hugging Face cards of both Turbo models carry `license_name: sai-nc-community`.
    aliases: ["sai-nc-community"],
    url: "https://stability.ai/license",
    revision: {
      label: null,
      url: "https://stability.ai/license",
      summary:
        "checkpoints-101.md 3D: 'SD-Turbo points to Stability's licensing terms; commercial terms depend on the license path.' The document does not settle which path applies, so every use is UNKNOWN until a reviewer records the path the team is on (for example a purchased licence, recorded as a waiver).",
      passThroughRestrictions: false,
      restrictionsText: null,
      obligations: [],
      statedTerms: {},
    },
  },
  {
    key: LICENSE_KEY.stableCascadeNonCommercial,
    name: "Stability AI Non-Commercial Research Community License (Stable Cascade)",
    aliases: ["stable-cascade-nc-community"],
    url: "https://huggingface.co/stabilityai/stable-cascade/blob/main/LICENSE",
    revision: {
      label: "research preview",
      url: "https://huggingface.co/stabilityai/stable-cascade/blob/main/LICENSE",
      summary:
        "Stable Cascade was 'released under a non-commercial license (research preview) per Stability's announcement' (checkpoints-101.md 3F) and fits 'explicitly non-commercial research experimentation' (section 4). Commercial outputs, commercial hosting and commercial redistribution are FORBIDDEN; non-commercial research is ALLOWED; everything else is UNKNOWN.",
      passThroughRestrictions: false,
      restrictionsText: null,
      obligations: ["Non-commercial use only (research preview)"],
      statedTerms: {
        COMMERCIAL_OUTPUTS: {
          status: "FORBIDDEN",
          condition: "Released under a non-commercial license (research preview): no commercial use.",
          basis: CASCADE_BASIS,
        },
        HOSTED_SERVICE: {
          status: "FORBIDDEN",
          condition:
            "Non-commercial license: offering generation to others commercially is not permitted; non-commercial hosting is not settled by the source document.",
          basis: CASCADE_BASIS,
        },
        REDISTRIBUTE_WEIGHTS: {
          status: "FORBIDDEN",
          condition:
            "Non-commercial license: no commercial redistribution (selling or licensing the weights); non-commercial sharing is not settled by the source document.",
          basis: CASCADE_BASIS,
        },
        RESEARCH: {
          status: "ALLOWED",
          basis:
            "checkpoints-101.md section 4: 'I need explicitly non-commercial research experimentation: Stable Cascade fits that framing (license-limited).'",
        },
      },
    },
  },
  {
    key: LICENSE_KEY.fluxDevNonCommercial,
    name: "FLUX.1 [dev] Non-Commercial License",
    aliases: ["flux-1-dev-non-commercial-license"],
    url: "https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md",
    revision: {
      label: null,
      url: "https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md",
      summary:
        "checkpoints-101.md 3G: the weights are under a 'Non-Commercial License', but the license explicitly states users can use outputs broadly (with caveats) and forbids using outputs to train/fine-tune a competing model. Commercial outputs are CONDITIONAL on those caveats; commercial hosting, commercial redistribution and training on outputs are FORBIDDEN (the conservative reading of 'competing model'); non-commercial research is CONDITIONAL; everything else is UNKNOWN.",
      passThroughRestrictions: false,
      restrictionsText: null,
      obligations: ["Do not use outputs to train or fine-tune a competing model", "Use the weights for non-commercial purposes only"],
      statedTerms: {
        COMMERCIAL_OUTPUTS: {
          status: "CONDITIONAL",
          condition:
            "The license states users can use outputs broadly, with caveats: read them before commercial use, and never use outputs to train or fine-tune a competing model.",
          basis: FLUX_BASIS,
        },
        HOSTED_SERVICE: {
          status: "FORBIDDEN",
          condition:
            "The weights are under a non-commercial license: no commercial generation service; non-commercial hosting is not settled by the source document.",
          basis: FLUX_BASIS,
        },
        REDISTRIBUTE_WEIGHTS: {
          status: "FORBIDDEN",
          condition:
            "The weights are under a non-commercial license: no commercial redistribution; non-commercial sharing is not settled by the source document.",
          basis: FLUX_BASIS,
        },
        TRAIN_ON_OUTPUTS: {
          status: "FORBIDDEN",
          condition:
            "The license forbids using outputs to train or fine-tune a competing model. The source document does not say which models count as competing, so training on outputs is treated as forbidden until a reviewer decides otherwise.",
          basis: FLUX_BASIS,
        },
        RESEARCH: {
          status: "CONDITIONAL",
          condition: "Non-commercial purposes only: the weights are under the FLUX.1 [dev] Non-Commercial License.",
          basis: FLUX_BASIS,
        },
      },
    },
  },
];

export const PREVIOUS_LICENSE_KEY = LICENSE_KEY;

/**
 * The previous records in the seed's current shape: one revision each, every unstated use UNKNOWN.
 * The previous release stored no clause (`basis`) and no condition keys; the test clears both after
 * seeding so the rows are exactly what that release wrote.
 */
export const PREVIOUS_LICENSES: readonly SeedLicense[] = OLD_LICENSES.map((license) => {
  const { statedTerms, ...revision } = license.revision;
  const terms = Object.fromEntries(
    INTENDED_USES.map((use): [IntendedUse, StatedTerm] => [use, statedTerms[use] ?? { status: "UNKNOWN", basis: "not stated" }]),
  ) as Record<IntendedUse, StatedTerm>;
  return { key: license.key, name: license.name, aliases: license.aliases, url: license.url, revisions: [{ ...revision, terms }] };
});
