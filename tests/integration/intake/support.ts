import { afterAll, beforeAll } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { seedDatabase } from "@/prisma/seed";
import { withOwnDatabase } from "../auth/support/own-database";
import { startIntakeServer, type IntakeServer } from "../../support/intake-server";

/**
 * A database of its own with the demo catalog (SDXL 1.0, SDXL Turbo, SD 1.5, the licences and
 * their aliases are what imports match against), and the Civitai / Hugging Face stand-in the app
 * is pointed at through CIVITAI_API_URL and HF_ENDPOINT.
 */
export function withIntakeWorld(): { server: () => IntakeServer } {
  withOwnDatabase("intake");
  let server: IntakeServer | undefined;
  beforeAll(async () => {
    await seedDatabase(prisma);
    server = await startIntakeServer();
    process.env.CIVITAI_API_URL = server.civitaiApiUrl;
    process.env.HF_ENDPOINT = server.hfEndpoint;
    process.env.NEXTAUTH_SECRET = "integration-intake-secret";
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });
  return { server: () => server! };
}

/** Row counts of every table: an import must leave all of them as they were. */
export async function tableCounts(): Promise<Record<string, number>> {
  const tables = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table_name.replace(/"/g, '""')}"`);
    counts[table_name] = Number(row!.count);
  }
  return counts;
}
