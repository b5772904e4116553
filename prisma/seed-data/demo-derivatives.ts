import { LICENSE_KEY } from "@/prisma/seed-data/licenses";
import type { SeedCheckpoint } from "@/prisma/seed-data/types";

// FICTIONAL fine-tunes and merges: they do not exist outside this registry. Each one's creator
// terms are chosen so that a lineage rule of DESIGN.md section 2 shows on its detail page:
//  - Cascade Dreams: the creator claims commercial use, but the base forbids it (the base wins).
//  - Velvet Portraits: credit required, no derivatives.
//  - Velvet Anything Mix: a merge of Velvet Portraits in spite of its no-derivatives term (a lineage violation).
//  - XL Trinity Mix: a three-parent merge whose parents' licenses differ, with permissive creator
//    terms that may not be relicensed.
//  - Clean Product XL: fully stated permissive creator terms, still limited by RAIL++-M's UNKNOWNs.

const PUBLISHER = "Demo creator (fictional)";
const FICTIONAL = "Fictional demo model for this registry; no such file exists.";

export const DEMO_DERIVATIVES: readonly SeedCheckpoint[] = [
  {
    slug: "demo-cascade-dreams",
    name: "Cascade Dreams (demo)",
    aliases: ["Cascade Dreams"],
    description: `${FICTIONAL} A Stable Cascade fine-tune whose creator claims commercial use that the base license forbids.`,
    versions: [
      {
        version: "1.0",
        kind: "FINETUNE",
        architectureKey: "STABLE_CASCADE",
        publisher: PUBLISHER,
        sourceUrl: null,
        sha256: null,
        bestFor: "Dreamy, soft-focus landscapes and painterly concept art.",
        pros: ["Consistent pastel palette with short prompts", "Keeps Stable Cascade's efficient high-resolution pipeline"],
        cons: ["Strong style bias: hard to get neutral or photographic looks", "Few compatible community assets (Stable Cascade ecosystem)"],
        knownFlaws: ["Skies often repeat the same cloud patterns"],
        licenseNotes:
          "Redeclares Stable Cascade's non-commercial research license. The creator's page claims commercial use (images, rental, selling the model), which the base license does not allow: effective commercial terms stay FORBIDDEN.",
        nativeResolution: 1024,
        promptStyle: "NATURAL_LANGUAGE",
        licenseKeys: [LICENSE_KEY.stabilityNonCommercial],
        creatorTerms: {
          allowCommercialUse: ["IMAGE", "RENT", "SELL"],
          allowNoCredit: true,
          allowDerivatives: true,
          allowDifferentLicense: true,
          text: "Fictional creator terms: “Use it for anything: sell your images, run it on any generation service, even sell the model.”",
          sourceUrl: null,
        },
        parents: [{ checkpoint: "stable-cascade", version: "1.0", relation: "FINETUNE", weight: null }],
      },
    ],
  },
  {
    slug: "demo-velvet-portraits",
    name: "Velvet Portraits (demo)",
    aliases: ["Velvet Portraits"],
    description: `${FICTIONAL} An SD 1.5 portrait fine-tune that requires credit and forbids derivatives.`,
    versions: [
      {
        version: "2.0",
        kind: "FINETUNE",
        architectureKey: "SD1",
        publisher: PUBLISHER,
        sourceUrl: null,
        sha256: null,
        bestFor: "Soft-lit studio portraits and headshots on modest GPUs.",
        pros: ["Flattering skin and lighting with short prompts", "Runs anywhere SD 1.5 runs"],
        cons: ["Portrait bias: full-body and group shots drift back to close-ups", "Everything tends toward glossy portraits"],
        knownFlaws: ["Hands still need inpainting, as with SD 1.5"],
        licenseNotes:
          "Redeclares CreativeML Open RAIL-M. Creator terms: selling images is fine with credit; no fine-tunes or merges on top; derivatives may not change these terms.",
        nativeResolution: 512,
        promptStyle: "NATURAL_LANGUAGE",
        licenseKeys: [LICENSE_KEY.railM],
        creatorTerms: {
          allowCommercialUse: ["IMAGE"],
          allowNoCredit: false,
          allowDerivatives: false,
          allowDifferentLicense: false,
          text: "Fictional creator terms: “You may sell images you make; credit ‘Velvet Portraits by Demo creator’. No merges, no fine-tunes, no re-uploads.”",
          sourceUrl: null,
        },
        parents: [{ checkpoint: "stable-diffusion-v1", version: "1.5", relation: "FINETUNE", weight: null }],
      },
    ],
  },
  {
    slug: "demo-velvet-anything-mix",
    name: "Velvet Anything Mix (demo)",
    aliases: ["Velvet Anything Mix"],
    description: `${FICTIONAL} A merge of Velvet Portraits (which forbids derivatives) with Anything V5: a lineage violation.`,
    versions: [
      {
        version: "1.0",
        kind: "MERGE",
        architectureKey: "SD1",
        publisher: PUBLISHER,
        sourceUrl: null,
        sha256: null,
        bestFor: "Semi-realistic anime portraits: Velvet's lighting on Anything's faces.",
        pros: ["Mixes complementary strengths: soft lighting plus easy anime styling", "Lightweight (SD1.5 base)"],
        cons: ["Less stable than either parent: prompt response is inconsistent", "Sometimes the worst of both: waxy skin with flat anime shading"],
        knownFlaws: ["Odd artifacts around eyes at high CFG"],
        licenseNotes:
          "Redeclares CreativeML Open RAIL-M. Built on Velvet Portraits, whose creator forbids derivatives: this merge violates its parent's terms, whatever its own creator claims.",
        nativeResolution: 512,
        promptStyle: "HYBRID",
        licenseKeys: [LICENSE_KEY.railM],
        creatorTerms: {
          allowCommercialUse: ["IMAGE", "RENT_CIVIT"],
          allowNoCredit: true,
          allowDerivatives: true,
          allowDifferentLicense: true,
          text: "Fictional creator terms: “Free to use and remix; sell images and run it on Civitai's generator.”",
          sourceUrl: null,
        },
        parents: [
          { checkpoint: "demo-velvet-portraits", version: "2.0", relation: "MERGE", weight: 0.6 },
          { checkpoint: "anything", version: "V5", relation: "MERGE", weight: 0.4 },
        ],
      },
    ],
  },
  {
    slug: "demo-xl-trinity-mix",
    name: "XL Trinity Mix (demo)",
    aliases: ["XL Trinity Mix", "Trinity Mix"],
    description: `${FICTIONAL} A three-parent SDXL-family merge whose parents carry different licenses.`,
    versions: [
      {
        version: "1.0",
        kind: "MERGE",
        architectureKey: "SDXL",
        publisher: PUBLISHER,
        sourceUrl: null,
        sha256: null,
        bestFor: "Stylized characters with SDXL composition; works with tags or plain English.",
        pros: ["Accepts Pony-style tags, Illustrious-style hybrid prompts and plain SDXL prompts", "Good composition inherited from SDXL 1.0"],
        cons: [
          "Less stable than its parents: LoRAs made for one parent behave unpredictably",
          "Lineage/licensing is messy: three parents with different license layers",
        ],
        knownFlaws: ["Colour casts toward the dominant Pony palette at low step counts"],
        licenseNotes:
          "Redeclares CreativeML Open RAIL++-M, but its parents' layers all apply: SDXL 1.0 (RAIL++-M), Pony Diffusion V6 XL (creator terms not recorded) and Illustrious XL v2.0 (CreativeML Open RAIL-M, and v1.0's sdxl-license upstream). The creator's permissive terms may not be relicensed (allowDifferentLicense = false).",
        nativeResolution: 1024,
        promptStyle: "HYBRID",
        licenseKeys: [LICENSE_KEY.railPlusPlusM],
        creatorTerms: {
          allowCommercialUse: ["IMAGE", "RENT_CIVIT", "RENT", "SELL"],
          allowNoCredit: true,
          allowDerivatives: true,
          allowDifferentLicense: false,
          text: "Fictional creator terms: “Use it commercially any way you like, no credit needed, merge away, but keep these terms on anything you make from it.”",
          sourceUrl: null,
        },
        parents: [
          { checkpoint: "stable-diffusion-xl", version: "1.0", relation: "MERGE", weight: 0.4 },
          { checkpoint: "pony-diffusion", version: "V6 XL", relation: "MERGE", weight: 0.3 },
          { checkpoint: "illustrious-xl", version: "v2.0", relation: "MERGE", weight: 0.3 },
        ],
      },
    ],
  },
  {
    slug: "demo-clean-product-xl",
    name: "Clean Product XL (demo)",
    aliases: ["Clean Product XL"],
    description: `${FICTIONAL} An SDXL product-render fine-tune whose creator states every permission; RAIL++-M's unknowns still limit it.`,
    versions: [
      {
        version: "1.0",
        kind: "FINETUNE",
        architectureKey: "SDXL",
        publisher: PUBLISHER,
        sourceUrl: null,
        sha256: null,
        bestFor: "Clean product renders and packshots on white or studio backgrounds.",
        pros: ["Crisp, evenly lit product shots from short prompts", "Better label typography than most SDXL fine-tunes"],
        cons: ["Overfits to centred, front-facing compositions", "Heavier GPU/VRAM demands than SD1.5 (SDXL base)"],
        knownFlaws: ["Reflections on glossy surfaces are often physically wrong"],
        licenseNotes:
          "Redeclares CreativeML Open RAIL++-M. The creator allows everything (all commercial uses, no credit, derivatives, relicensing), yet the effective terms are bounded by RAIL++-M: its use-based restrictions pass on, and every use it leaves UNKNOWN stays UNKNOWN.",
        nativeResolution: 1024,
        promptStyle: "NATURAL_LANGUAGE",
        licenseKeys: [LICENSE_KEY.railPlusPlusM],
        creatorTerms: {
          allowCommercialUse: ["IMAGE", "RENT_CIVIT", "RENT", "SELL"],
          allowNoCredit: true,
          allowDerivatives: true,
          allowDifferentLicense: true,
          text: "Fictional creator terms: “Everything is allowed: sell images, host it, sell or relicense the model, merge it, no credit needed.”",
          sourceUrl: null,
        },
        parents: [{ checkpoint: "stable-diffusion-xl", version: "1.0", relation: "FINETUNE", weight: null }],
      },
    ],
  },
];
