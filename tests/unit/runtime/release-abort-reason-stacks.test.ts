import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/server/runtime/release-abort-reason-stacks";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * A render's stand-in: an object whose method aborts a controller with a new Error, as React does
 * when a render completes. The method's frame, receiver and all, is in the Error's captured stack.
 * Answers whether the object is still reachable once nothing but the aborted signal is kept.
 */
async function isKeptByAbortReason(): Promise<{ kept: boolean; reason: unknown }> {
  const controller = new AbortController();
  let render: { payload: number[]; complete(): void } | null = {
    payload: new Array(1_000).fill(1),
    complete() {
      controller.abort(new Error("This render completed successfully."));
    },
  };
  const ref = new WeakRef(render);
  render.complete();
  render = null;
  // A WeakRef keeps its target until the current job ends.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  return { kept: ref.deref() !== undefined, reason: controller.signal.reason };
}

describe("releaseAbortReasonStacks", () => {
  it("lets an abort reason's captured stack stop holding the objects its frames ran on", async () => {
    expect((await isKeptByAbortReason()).kept).toBe(true);
    releaseAbortReasonStacks();
    const after = await isKeptByAbortReason();
    expect(after.kept).toBe(false);
    // The reason itself is unchanged for whoever reads it.
    expect(after.reason).toBeInstanceOf(Error);
    expect((after.reason as Error).message).toBe("This render completed successfully.");
    expect((after.reason as Error).stack).toContain("complete");
  });

  it("keeps other reasons as given and patches once", () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks();
    const controller = new AbortController();
    controller.abort("plain");
    expect(controller.signal.reason).toBe("plain");
    const none = new AbortController();
    none.abort();
    expect(none.signal.reason).toBeInstanceOf(DOMException);
  });
});

describe("instrumentation", () => {
  it("applies the workaround when a Node.js server instance starts", async () => {
    const prototype = AbortController.prototype as unknown as Record<symbol, unknown>;
    const marker = Symbol.for("checkpoint-registry.abort-reason-stacks");
    delete prototype[marker];
    const original = AbortController.prototype.abort;
    const { register } = await import("@/instrumentation");
    const environment = { NEXT_RUNTIME: process.env.NEXT_RUNTIME, DATABASE_URL: process.env.DATABASE_URL };
    process.env.NEXT_RUNTIME = "nodejs";
    delete process.env.DATABASE_URL;
    try {
      await register();
    } finally {
      Object.assign(process.env, environment);
      for (const [name, value] of Object.entries(environment)) if (value === undefined) delete process.env[name];
    }
    expect(prototype[marker]).toBe(true);
    expect(AbortController.prototype.abort).not.toBe(original);
  });
});
