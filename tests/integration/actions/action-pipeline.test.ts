import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { declaredActionKind, isDeclaredAction } from "@/lib/server/actions/define-action";
import { prisma } from "@/lib/server/db/prisma";
import { withOwnDatabase } from "../auth/support/own-database";
import { discoverEndpoints, type Endpoint } from "../access-matrix/support/discover";
import { changedTables, tableState } from "../access-matrix/support/table-state";

// Every exported server action is a declaration of the one pipeline (lib/server/actions/define-action.ts),
// and the pipeline answers malformed input — a NUL byte, an argument that is not the form — with a
// validation result, before it reads the session or the database. No session here: a request that got
// past validation would come back UNAUTHENTICATED, which the assertions below would catch.

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: async () => null }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), revalidatePath: () => {} }));

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

withOwnDatabase("action_pipeline");

let actions: Endpoint[];
beforeAll(async () => {
  actions = (await discoverEndpoints(ROOT)).filter((endpoint) => endpoint.kind === "action");
}, 120_000);

// Form actions take (previous state, FormData); call actions (defineCallAction) a value or nothing.
const formActions = () => actions.filter((action) => declaredActionKind(action.handler) === "form");

type Result = { ok: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, unknown> };

describe("the action pipeline", () => {
  it("declares every exported server action", () => {
    expect(actions.length).toBeGreaterThanOrEqual(31);
    const undeclared = actions.filter((action) => !isDeclaredAction(action.handler)).map((action) => action.key);
    expect(undeclared, "declare these with defineFormAction/defineCallAction from lib/server/actions/define-action.ts").toEqual([]);
    expect(formActions().length, "form actions (the NUL and non-form sweeps below run over them)").toBeGreaterThanOrEqual(28);
  });

  it("answers a NUL byte in any form field with that field's error, echoes the other values and writes nothing", async () => {
    const before = await tableState(prisma);
    for (const action of formActions()) {
      const form = new FormData();
      form.append("name", "Flux\u0000dev");
      form.append("comment", "kept as typed");
      form.append("password", "never echoed back");
      const result = (await action.handler(null, form)) as Result;
      expect(result, action.key).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: [expect.stringContaining("NUL")] } });
      expect(result.values, action.key).toEqual({ name: "Flux\u0000dev", comment: "kept as typed" });
    }
    expect(changedTables(before, await tableState(prisma))).toEqual([]);
  });

  it("answers arguments that are not a form with a clear validation message, not 'Something went wrong'", async () => {
    const before = await tableState(prisma);
    for (const action of formActions()) {
      for (const args of [[null, "name=x"], [null, { name: "x" }], ["not a form"], [], [null, null]]) {
        const result = (await action.handler(...args)) as Result;
        expect(result, `${action.key}(${JSON.stringify(args)})`).toMatchObject({
          ok: false,
          code: "VALIDATION",
          message: expect.stringMatching(/could not be read/),
        });
      }
    }
    expect(changedTables(before, await tableState(prisma))).toEqual([]);
  });

  it("validates the value a call action is given before anything else", async () => {
    const byName = new Map(actions.map((action) => [action.key, action.handler]));
    const markRead = byName.get("app/(registry)/inbox/actions.ts#markNotificationReadAction")!;
    const markAll = byName.get("app/(registry)/inbox/actions.ts#markAllNotificationsReadAction")!;
    const verify = byName.get("app/(registry)/audit/actions.ts#verifyAuditChainAction")!;
    const cases: [(...args: unknown[]) => unknown, unknown[]][] = [
      [markRead, ["\u0000"]],
      [markRead, [{ id: "x" }]],
      [markRead, [new FormData()]],
      [markRead, ["6f1c0e5e-9a53-4a35-8a5e-000000000000", "extra"]],
      [markAll, ["everything"]],
      [markAll, [{ "\u0000": 1 }]],
      [verify, [{ deep: true }]],
    ];
    for (const [handler, args] of cases) {
      const result = (await handler(...args)) as Result;
      expect(result, JSON.stringify(args)).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(result.message).not.toMatch(/Something went wrong/);
    }
    // Valid input gets past validation: without a session, the refusal is the sign-in one.
    expect(await markAll()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await markRead("6f1c0e5e-9a53-4a35-8a5e-000000000000")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
