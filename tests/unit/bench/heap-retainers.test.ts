import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeHeapSnapshot } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { findRetention } from "@/scripts/bench/lib/heap-retainers";
import { readHeapSnapshot } from "@/scripts/bench/lib/heap-snapshot";
import { summariseHeapSnapshot } from "@/scripts/bench/lib/heap-summary";

class RetainedByTest {}
class OnlyInWeakMap {}

const dir = mkdtempSync(path.join(tmpdir(), "heap-retainers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("heap snapshot analysis", () => {
  it("counts a constructor's objects and names the strong path to one, walking past WeakMap entries", async () => {
    const holder = { heldForTheSnapshot: [new RetainedByTest(), new RetainedByTest()] };
    const key = { aKey: true };
    const weak = new WeakMap<object, OnlyInWeakMap>([[key, new OnlyInWeakMap()]]);
    const snapshot = await readHeapSnapshot(writeHeapSnapshot(path.join(dir, "test.heapsnapshot")), { edges: true });
    const retained = findRetention(snapshot, "RetainedByTest");
    expect(retained).toMatchObject({ constructorName: "RetainedByTest", count: 2, reachable: 2 });
    expect(retained.shortestPath.join("\n")).toContain("-[heldForTheSnapshot]->");
    expect(retained.shortestPath.at(-1)).toBe("object:RetainedByTest");

    // Alive (its map and key are), but only through a WeakMap entry: counted, not walked to.
    const weakOnly = findRetention(snapshot, "OnlyInWeakMap");
    expect(weakOnly).toMatchObject({ count: 1, reachable: 0, shortestPath: [] });

    const summary = summariseHeapSnapshot(snapshot);
    expect(summary.groups.find((group) => group.key === "object RetainedByTest")?.count).toBe(2);
    // Still in use after the snapshot: none of them was garbage when it was taken.
    expect(holder.heldForTheSnapshot).toHaveLength(2);
    expect(weak.has(key)).toBe(true);
  }, 60_000);
});
