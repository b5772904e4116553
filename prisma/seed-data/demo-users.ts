import type { DemoUser } from "@/prisma/seed-data/types";

// One user per org role so every page is usable on first start; `npm start` prints this list.
// The passwords are public demo credentials: never seed these users into a real deployment.
export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@example.com", name: "Ada Admin", password: "checkpoint-admin", roles: ["ADMIN"], teams: ["ml-platform"] },
  { email: "legal@example.com", name: "Lena Legal", password: "checkpoint-legal", roles: ["LEGAL_REVIEWER"], teams: [] },
  { email: "tech@example.com", name: "Tariq Tech", password: "checkpoint-tech", roles: ["TECH_REVIEWER"], teams: ["ml-platform"] },
  { email: "auditor@example.com", name: "Aude Auditor", password: "checkpoint-auditor", roles: ["AUDITOR"], teams: [] },
  { email: "member@example.com", name: "Mia Member", password: "checkpoint-member", roles: [], teams: ["creative-studio"] },
];
