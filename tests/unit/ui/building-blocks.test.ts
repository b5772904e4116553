import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The UI's building blocks live in one place each (components/ui): these are the copies that had
// spread across the pages. A page that writes its own again fails here and is told where the one is.

const ROOT = join(__dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(tsx?|jsx?)$/.test(name) ? [path] : [];
  });
}

const files = [...sources("app"), ...sources("components")].map((path) => ({
  path: relative(ROOT, join(ROOT, path)),
  text: readFileSync(join(ROOT, path), "utf8"),
}));

function placesOf(pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(file.text)).map((file) => file.path);
}

describe("one place for each UI building block", () => {
  it("markup written as text (escapeHtml on every outside value): only the browse results (their rows through TableFrame's bodyHtml) the browse filter form and the selection guide", () => {
    expect(placesOf(/dangerouslySetInnerHTML/).sort()).toEqual([
      "app/(registry)/browse-filters.tsx",
      "app/(registry)/browse-presets.tsx",
      "app/(registry)/browse-results.tsx",
      "components/ui/table.tsx",
    ]);
  });

  it("tables: only components/ui/table.tsx writes <table>", () => {
    expect(placesOf(/<table\b/)).toEqual(["components/ui/table.tsx"]);
  });

  it("page titles: only components/ui/page-header.tsx holds the title's classes", () => {
    expect(placesOf(/text-2xl font-semibold/)).toEqual(["components/ui/page-header.tsx"]);
    expect(placesOf(/<h1\b/).filter((path) => path !== "app/(auth)/sign-in/page.tsx")).toEqual(["components/ui/page-header.tsx"]);
  });

  it("status colours and labels: one map per typed union, in components/ui/status-badges.tsx", () => {
    // A term-status colour map (ALLOWED: "good" or a text colour), an approval-state map, a review-status map.
    expect(placesOf(/ALLOWED:\s*["{]/)).toEqual(["components/ui/status-badges.tsx"]);
    expect(placesOf(/ACTIVE:\s*["{]/)).toEqual(["components/ui/status-badges.tsx"]);
    expect(placesOf(/WITHDRAWN:\s*["{]/)).toEqual(["components/ui/status-badges.tsx"]);
    expect(placesOf(/NOT_REVIEWED:\s*["{]/)).toEqual(["components/ui/status-badges.tsx"]);
  });

  it("effective terms: one view, one mapper", () => {
    expect(placesOf(/caption="Effective terms/)).toEqual(["components/license-stack/effective-terms.tsx"]);
    // The mapper builds each use's `decidedBy`; pages and other readers take it from there.
    const mappers = [...sources("app"), ...sources("components"), ...sources("lib")].filter((path) =>
      /decidedBy: .*provenance/.test(readFileSync(join(ROOT, path), "utf8")),
    );
    expect(mappers).toEqual(["lib/server/licensing/effective-terms-view.ts"]);
  });
});
