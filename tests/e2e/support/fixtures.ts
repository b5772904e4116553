import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/server/auth/password";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { e2eRun } from "./e2e-run";

/**
 * End-to-end fixtures. The app under test runs on the embedded database of
 * this run's data folder (tests/e2e/support/e2e-run.ts); fixtures reach that database through the running
 * server, as every command does, to create users with unique names per worker. People then sign in
 * through the real form.
 */

export type Role = "ADMIN" | "LEGAL_REVIEWER" | "TECH_REVIEWER" | "AUDITOR";

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

function embeddedDatabaseUrl(): string {
  const state = JSON.parse(readFileSync(path.join(e2eRun().dataDir, "embedded.json"), "utf8")) as { port: number };
  return `postgresql://postgres:postgres@127.0.0.1:${state.port}/postgres?sslmode=disable`;
}

/**
 * Resolves once React has hydrated every form control on the page. Until then a click on a control
 * whose behaviour is client state (a confirm step, a checkbox that reveals fields) reaches no
 * handler, and the test would wait for something that never comes. Controls written as markup
 * (the browse filters) have no React state of their own: they count once the element React filled
 * with them has hydrated.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const reactKey = (element: Element, prefix: string) => Object.keys(element).find((key) => key.startsWith(prefix));
    const writtenAsMarkup = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const props = reactKey(node, "__reactProps$");
        if (props) return Boolean((node as unknown as Record<string, { dangerouslySetInnerHTML?: unknown }>)[props]?.dangerouslySetInnerHTML);
      }
      return false;
    };
    return [...document.querySelectorAll("form, button, input:not([type=hidden]), select, textarea")].every(
      (element) => reactKey(element, "__reactFiber$") !== undefined || writtenAsMarkup(element),
    );
  });
}

/** Makes the page's goto and reload return only once the page they load has hydrated. */
export function hydrateOnNavigation(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await waitForHydration(page);
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await waitForHydration(page);
    return response;
  };
  return page;
}

export const test = base.extend<
  { createUser: (options?: { roles?: Role[]; teams?: string[]; label?: string }) => Promise<TestUser> },
  { db: pg.Pool; prisma: PrismaClient }
>({
  page: async ({ page }, use) => {
    await use(hydrateOnNavigation(page));
  },
  db: [
    async ({}, use) => {
      const pool = new pg.Pool({ connectionString: embeddedDatabaseUrl(), max: 2 });
      await use(pool);
      await pool.end();
    },
    { scope: "worker" },
  ],
  // For setting up data the way the app's own data-access code would (e.g. granting an approval).
  prisma: [
    async ({}, use) => {
      const prisma = createPrismaClient(embeddedDatabaseUrl(), { maxConnections: 2 });
      await use(prisma);
      await prisma.$disconnect();
    },
    { scope: "worker" },
  ],
  createUser: async ({ db }, use, testInfo) => {
    await use(async ({ roles = [], teams = [], label = roles[0]?.toLowerCase() ?? "member" } = {}) => {
      const suffix = `w${testInfo.workerIndex}-${randomBytes(3).toString("hex")}`;
      const email = `${label.replace(/_/g, "-")}-${suffix}@e2e.test`;
      const password = `pw-${randomBytes(6).toString("hex")}`;
      const name = `${label.replace(/_/g, " ")} ${suffix}`;
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt") VALUES ($1, $2, $3, $4::"OrgRole"[], now()) RETURNING id`,
        [email, name, await hashPassword(password), roles],
      );
      const id = rows[0]!.id;
      for (const slug of teams) {
        await db.query(`INSERT INTO "Membership" ("teamId", "userId") SELECT id, $1 FROM "Team" WHERE slug = $2`, [id, slug]);
      }
      return { id, email, password, name };
    });
  },
});

export { expect };

export async function signIn(page: Page, user: { email: string; password: string }, returnTo = "/"): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Checking the password is deliberately slow (a memory-hard hash) and the sign-in ends in a full
  // page load: on a machine busy with other work that takes longer than the usual 10 s wait.
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 30_000 });
  await waitForHydration(page);
}

export const DEMO = {
  admin: { email: "admin@example.com", password: "checkpoint-admin" },
  legal: { email: "legal@example.com", password: "checkpoint-legal" },
  tech: { email: "tech@example.com", password: "checkpoint-tech" },
  auditor: { email: "auditor@example.com", password: "checkpoint-auditor" },
  member: { email: "member@example.com", password: "checkpoint-member" },
} as const;
