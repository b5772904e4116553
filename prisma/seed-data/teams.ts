import type { SeedTeam } from "@/prisma/seed-data/types";

export const TEAMS: readonly SeedTeam[] = [
  { slug: "creative-studio", name: "Creative Studio" },
  { slug: "ml-platform", name: "ML Platform" },
  { slug: "research-lab", name: "Research Lab" },
];
