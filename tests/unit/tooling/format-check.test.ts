import { readFileSync } from "node:fs";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";

// `npm test` runs `npm run lint`, and lint ends with Prettier's check over the tree: an unformatted
// file fails the run.
describe("the format check in npm test's lint layer", () => {
  it("is part of the lint script", () => {
    const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
    expect(scripts.lint).toMatch(/prettier --check/);
    expect(readFileSync("scripts/test.ts", "utf8")).toMatch(/script: "lint"/);
  });

  it("refuses a file the project's Prettier configuration would change, and accepts it formatted", async () => {
    const options = { ...(await prettier.resolveConfig("app/page-sample.tsx")), filepath: "app/page-sample.tsx" };
    const unformatted = 'export default function Page(){return <p className="text-sm p-4 flex">x</p>}\n';
    expect(await prettier.check(unformatted, options)).toBe(false);
    expect(await prettier.check(await prettier.format(unformatted, options), options)).toBe(true);
  });
});
