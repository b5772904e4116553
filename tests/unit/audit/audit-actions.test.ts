import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_SUBJECTS, auditActionName, isAuditAction, LEGACY_AUDIT_ACTIONS, storedActionsMatching } from "@/lib/audit/actions";

// `<subject>.<what happened>`: a known subject, then snake_case words ending in a past participle.
const RULE = new RegExp(`^(${AUDIT_SUBJECTS.join("|")})\\.([a-z]+_)*([a-z]+(ed|en|wn)|read|signed_off)$`);

describe("the audit action vocabulary", () => {
  it.each(AUDIT_ACTIONS.map((name) => [name]))("%s follows the one naming rule", (name) => {
    expect(name).toMatch(RULE);
  });

  it("lists each name once, and every subject is used", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const subject of AUDIT_SUBJECTS)
      expect(
        AUDIT_ACTIONS.some((name) => name.startsWith(`${subject}.`)),
        subject,
      ).toBe(true);
  });

  it("maps every legacy stored name to a current name, and no current name is legacy", () => {
    for (const [stored, name] of Object.entries(LEGACY_AUDIT_ACTIONS)) {
      expect(isAuditAction(name), `${stored} → ${name}`).toBe(true);
      expect(isAuditAction(stored), stored).toBe(false);
      expect(auditActionName(stored)).toBe(name);
    }
  });

  it("reads current names as they are, and a name it does not know as stored", () => {
    expect(auditActionName("approval.granted")).toBe("approval.granted");
    expect(auditActionName("something.else")).toBe("something.else");
  });

  it("filters by a current or a legacy name, exact or as a prefix, and finds the events stored under both", () => {
    expect(storedActionsMatching("version.created")).toEqual(["catalog.version.created", "version.created"]);
    expect(storedActionsMatching("catalog.version.created")).toEqual(["catalog.version.created", "version.created"]);
    expect(storedActionsMatching("approval.granted")).toEqual(["approval.granted"]);
    expect(storedActionsMatching("catalog.")).toEqual([
      "catalog.checkpoint.created",
      "catalog.checkpoint.updated",
      "catalog.version.created",
      "catalog.version.updated",
      "catalog.version_license.added",
      "catalog.version_license.removed",
      "checkpoint.created",
      "checkpoint.updated",
      "version.created",
      "version.license_added",
      "version.license_removed",
      "version.updated",
    ]);
    expect(storedActionsMatching("approval.")).toEqual([
      "approval.expired",
      "approval.flagged",
      "approval.granted",
      "approval.needs_review",
      "approval.revoked",
    ]);
    expect(storedActionsMatching("no.such.action")).toEqual([]);
  });
});
