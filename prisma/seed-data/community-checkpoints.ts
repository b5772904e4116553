import { LICENSE_KEY } from "@/prisma/seed-data/licenses";
import type { SeedCheckpoint, SeedCreatorTerms } from "@/prisma/seed-data/types";

// The community foundations of checkpoints-101.md section 3 (H-J). Section 5 warns that community
// checkpoints often add creator terms; the document records none for these, so each carries a
// creator layer with every flag "not stated", which the license engine reads as UNKNOWN rather
// than as no restriction at all.

const CREATOR_TERMS_NOT_RECORDED: SeedCreatorTerms = {
  allowCommercialUse: [],
  allowNoCredit: null,
  allowDerivatives: null,
  allowDifferentLicense: null,
  text: "Not recorded: checkpoints-101.md does not list this creator's terms. Read the model page terms before using it commercially or redistributing it, and record them here.",
  sourceUrl: null,
};

const ILLUSTRIOUS_SHARED_PROS = [
  "Native 1536px support (and wide resolution range without extra hi-res tricks)",
  "Works well with plain English prompts, tags, or both (hybrid prompting)",
  "Strong as a foundation for training/using add-ons (the model card highlights compatibility with common extensions like LoRA/ControlNet)",
];

export const COMMUNITY_CHECKPOINTS: readonly SeedCheckpoint[] = [
  {
    slug: "pony-diffusion",
    name: "Pony Diffusion",
    aliases: ["Pony", "Pony V6", "Pony V6 XL", "Pony Diffusion V6 XL", "Pony Diffusion XL", "PDXL", "ponyDiffusionV6XL"],
    description: "Foundation-like community base (an SDXL finetune) for anime/cartoon/anthro ecosystems, with a huge LoRA scene.",
    versions: [
      {
        version: "V6 XL",
        kind: "FINETUNE",
        architectureKey: "SDXL",
        publisher: "PurpleSmartAI",
        sourceUrl: null,
        sha256: null,
        bestFor: "Anime/cartoon/anthro ecosystems, Danbooru-tag-style prompting culture, huge LoRA scene around it.",
        pros: ["Very strong community “content + LoRA” ecosystem in its niche", "Often excellent for stylized characters and illustration workflows"],
        cons: ["Prompting style can differ from “plain SDXL”: many users lean into tag-like prompting"],
        knownFlaws: ["Can bias outputs toward the dataset's dominant styles"],
        licenseNotes:
          "Its own licence is a modified Fair AI Public License 1.0-SD: no inference on websites or applications allowing any form of monetization (Civitai and Hugging Face excepted), for derivatives and merges too (seen in a derivative's copy; the primary page is unverified). As an SDXL finetune it also carries SDXL 1.0's CreativeML Open RAIL++-M through lineage; its creator terms are recorded as not stated (UNKNOWN).",
        nativeResolution: 1024,
        promptStyle: "TAGS",
        licenseKeys: [LICENSE_KEY.fairAiPublicSdPony],
        creatorTerms: CREATOR_TERMS_NOT_RECORDED,
        parents: [{ checkpoint: "stable-diffusion-xl", version: "1.0", relation: "FINETUNE", weight: null }],
      },
    ],
  },
  {
    slug: "anything",
    name: "Anything",
    aliases: ["Anything V5", "AnythingV5", "Anything-V5", "Anything v5"],
    description: "SD1.5 anime finetune family: the classic SD1.5 anime look.",
    versions: [
      {
        version: "V5",
        kind: "FINETUNE",
        architectureKey: "SD1",
        publisher: null,
        sourceUrl: null,
        sha256: null,
        bestFor: "Classic SD1.5 anime look, fast stylized portraits/characters.",
        pros: ["Easy to get anime-style results with short prompts", "Lightweight (SD1.5 base)"],
        cons: ["Less flexible outside its core aesthetic vs newer SDXL-based anime finetunes"],
        knownFlaws: [],
        licenseNotes:
          "checkpoints-101.md describes Anything V5 as an anime-focused fine-tuned SD checkpoint but does not state its own license or its creator's terms. As an SD 1.5 finetune it carries CreativeML Open RAIL-M through lineage; its creator terms are recorded as not stated (UNKNOWN).",
        nativeResolution: null,
        promptStyle: "TAGS",
        licenseKeys: [],
        creatorTerms: CREATOR_TERMS_NOT_RECORDED,
        parents: [{ checkpoint: "stable-diffusion-v1", version: "1.5", relation: "FINETUNE", weight: null }],
      },
    ],
  },
  {
    slug: "illustrious-xl",
    name: "Illustrious XL",
    aliases: ["Illustrious", "Illustrious-XL", "IllustriousXL", "ILXL"],
    description:
      "SDXL illustration-focused checkpoint family by OnomaAIResearch. Its versions carry different licenses: check the exact version before commercial use or distribution.",
    versions: [
      {
        version: "v0.1",
        kind: "FINETUNE",
        architectureKey: "SDXL",
        publisher: "OnomaAIResearch",
        sourceUrl: "https://huggingface.co/OnomaAIResearch/Illustrious-xl-early-release-v0",
        sha256: null,
        bestFor: "The family's early release: illustration/anime-style images with hybrid natural-language + tag prompting.",
        pros: ILLUSTRIOUS_SHARED_PROS,
        cons: ["Early release: later versions were published for more stable generation behavior"],
        knownFlaws: [],
        licenseNotes: "Marked fair-ai-public-license-1.0-sd on its Hugging Face card (v1.0: unverified; v2.0: creativeml-openrail-m).",
        nativeResolution: 1024,
        promptStyle: "HYBRID",
        licenseKeys: [LICENSE_KEY.fairAiPublicSd],
        creatorTerms: CREATOR_TERMS_NOT_RECORDED,
        parents: [{ checkpoint: "stable-diffusion-xl", version: "1.0", relation: "FINETUNE", weight: null }],
      },
      {
        version: "v1.0",
        kind: "FINETUNE",
        architectureKey: "SDXL",
        publisher: "OnomaAIResearch",
        sourceUrl: "https://huggingface.co/OnomaAIResearch/Illustrious-XL-v1.0",
        sha256: null,
        bestFor: "High-resolution illustration/anime-style images (notably native 1536×1536) with a mix of natural-language + Danbooru/tag prompting.",
        pros: ILLUSTRIOUS_SHARED_PROS,
        cons: ["Version behavior can vary; the authors publish a v2.0 “STABLE” checkpoint specifically for more stable generation behavior"],
        knownFlaws: ["Knowledge cutoff: trained July 2024; knowledge up to June 2024"],
        licenseNotes:
          "Marked sdxl-license (v2.0 is marked creativeml-openrail-m). Licensing differs by release: always check the exact version you download before commercial use/distribution.",
        nativeResolution: 1536,
        promptStyle: "HYBRID",
        licenseKeys: [LICENSE_KEY.sdxlLicense],
        creatorTerms: CREATOR_TERMS_NOT_RECORDED,
        parents: [{ checkpoint: "stable-diffusion-xl", version: "1.0", relation: "FINETUNE", weight: null }],
      },
      {
        version: "v2.0",
        kind: "FINETUNE",
        architectureKey: "SDXL",
        publisher: "OnomaAIResearch",
        sourceUrl: "https://huggingface.co/OnomaAIResearch/Illustrious-XL-v2.0",
        sha256: null,
        bestFor:
          "High-resolution illustration/anime-style images (native 1536×1536) with hybrid natural-language + tag prompting, where more stable generation behavior matters.",
        pros: ["Presented as a more stabilized (“STABLE”) checkpoint, published specifically for more stable generation behavior", ...ILLUSTRIOUS_SHARED_PROS],
        cons: [
          "Licensing differs from v1.0 (creativeml-openrail-m here, sdxl-license on v1.0): check the exact version you download before commercial use/distribution",
        ],
        knownFlaws: [],
        licenseNotes:
          "Marked creativeml-openrail-m (v1.0 is marked sdxl-license). Licensing differs by release: always check the exact version you download before commercial use/distribution.",
        nativeResolution: 1536,
        promptStyle: "HYBRID",
        licenseKeys: [LICENSE_KEY.railM],
        creatorTerms: CREATOR_TERMS_NOT_RECORDED,
        // Parent: v1.0, not SDXL directly. checkpoints-101.md 3J presents v2.0 as the family's
        // "more stabilized" release of the same model ("the authors publish a v2.0 'STABLE'
        // checkpoint specifically for more stable generation behavior"), i.e. further training of
        // Illustrious, not a fresh SDXL finetune. SDXL 1.0 stays an ancestor through v1.0, so its
        // license layer still reaches v2.0; and v1.0's sdxl-license layer reaches it too, which is
        // the conservative choice while that license's terms are unknown.
        parents: [{ checkpoint: "illustrious-xl", version: "v1.0", relation: "FINETUNE", weight: null }],
      },
    ],
  },
];
