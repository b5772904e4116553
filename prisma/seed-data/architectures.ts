import type { SeedArchitecture } from "@/prisma/seed-data/types";

// The families of checkpoints-101.md section 3. The descriptions carry the tell-tale tensors the
// submit form's detector looks for (DESIGN.md section 3), so a reviewer can match a detection.
export const ARCHITECTURES: readonly SeedArchitecture[] = [
  {
    key: "SD1",
    name: "Stable Diffusion 1.x",
    description: "Latent-diffusion UNet with a CLIP ViT-L text encoder (768-wide cross-attention context). SD 1.5 and its large fine-tune ecosystem.",
    sortOrder: 10,
  },
  {
    key: "SD2",
    name: "Stable Diffusion 2.x",
    description: "Latent-diffusion UNet with an OpenCLIP ViT-H text encoder (1024-wide cross-attention context). SD 2.1 and SD-Turbo.",
    sortOrder: 20,
  },
  {
    key: "SDXL",
    name: "Stable Diffusion XL",
    description:
      "Larger UNet with two text encoders (2048-wide cross-attention context plus pooled embedders). SDXL 1.0, SDXL Turbo, Pony Diffusion XL, Illustrious XL; these share tensor shapes, so only hashes and metadata tell them apart.",
    sortOrder: 30,
  },
  {
    key: "SD3",
    name: "Stable Diffusion 3 / 3.5",
    description: "Multimodal diffusion transformer (MMDiT; `joint_blocks.*` tensors). The SD 3.5 suite.",
    sortOrder: 40,
  },
  {
    key: "STABLE_CASCADE",
    name: "Stable Cascade",
    description: "Würstchen-style multi-stage pipeline (`clf.1.weight` in stage C). Released as a non-commercial research preview.",
    sortOrder: 50,
  },
  {
    key: "FLUX1",
    name: "FLUX.1",
    description: "Black Forest Labs' transformer family (`double_blocks.*` tensors). FLUX.1 [dev].",
    sortOrder: 60,
  },
];
