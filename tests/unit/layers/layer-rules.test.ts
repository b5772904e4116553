import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules are the linter's, so they hold on every file anyone adds: run the project's own
// ESLint configuration on small fixture sources placed (virtually) where the rule applies.

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result!.messages.filter((message) => message.ruleId?.endsWith("no-restricted-imports")).map((message) => message.message);
}

const PRISMA_SINGLETON = `import { prisma } from "@/lib/server/db/prisma";\nexport async function GET() { return Response.json(await prisma.user.count()); }\n`;
const PRISMA_CLIENT = `import { PrismaClient } from "@/lib/server/generated/prisma/client";\nexport const client = new PrismaClient();\n`;

// ESLint loads the whole configuration (typescript-eslint, Next's plugins) on first use: slow on a busy machine.
describe("ESLint layer rules", { timeout: 180_000 }, () => {
  it.each([
    ["app/api/fixture/route.ts", PRISMA_SINGLETON],
    ["app/(registry)/fixture/actions.ts", PRISMA_SINGLETON],
    ["app/(registry)/fixture/page.tsx", PRISMA_CLIENT],
    ["components/fixture/widget.tsx", PRISMA_SINGLETON],
    ["lib/catalog/fixture.ts", PRISMA_SINGLETON],
  ])("refuses the database client in %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toContainEqual(expect.stringMatching(/Only lib\/server\/|Pure lib\/ modules/));
  });

  it("lets lib/server use the database client", async () => {
    expect(await restrictedImports("lib/server/fixture/count-users.ts", `import "server-only";\n${PRISMA_SINGLETON}`)).toEqual([]);
  });

  it("refuses a component importing a runtime value from lib/server, and allows a type", async () => {
    const runtime = `import { toActor } from "@/lib/server/auth/current-user";\nexport function Widget() { return <p>{String(toActor(null))}</p>; }\n`;
    expect(await restrictedImports("components/fixture/widget.tsx", runtime)).toEqual([
      expect.stringMatching(/Components may import only types from lib\/server/),
    ]);
    const typeOnly = `import type { CurrentUser } from "@/lib/server/auth/current-user";\nexport function Widget({ user }: { user: CurrentUser }) { return <p>{user.email}</p>; }\n`;
    expect(await restrictedImports("components/fixture/widget.tsx", typeOnly)).toEqual([]);
  });

  it("lets a page call a lib/server query", async () => {
    const page = `import { listAuditFacets } from "@/lib/server/audit/queries";\nexport default async function Page() { return <p>{(await listAuditFacets()).actions.length}</p>; }\n`;
    expect(await restrictedImports("app/(registry)/fixture/page.tsx", page)).toEqual([]);
  });

  it("finds no violation in the tree's app/ and components/", async () => {
    const results = await eslint.lintFiles(["app", "components"]);
    const violations = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId?.endsWith("no-restricted-imports"))
        .map((message) => `${path.relative(ROOT, result.filePath)}: ${message.message}`),
    );
    expect(violations).toEqual([]);
  });
});

describe("server-only", () => {
  const serverFiles = walk(path.join(ROOT, "lib/server")).filter((file) => /\.tsx?$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`));

  it.each(serverFiles.map((file) => [path.relative(ROOT, file)]))("%s imports server-only", (file) => {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/^import "server-only";$/m);
  });
});

function walk(directory: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}
