import { describe, expect, it } from "vitest";
import { auditSubjectTypeLabel } from "@/lib/audit/subject-types";

describe("audit subject types in words", () => {
  it.each([
    ["CheckpointVersion", "Checkpoint version"],
    ["ReviewRequest", "Review request"],
    ["LineageEdge", "Lineage link"],
    ["ApiToken", "API token"],
    ["Approval", "Approval"],
    // A type the map does not know yet still reads as words.
    ["SomethingNew", "Something new"],
  ])("%s reads as %s", (type, label) => {
    expect(auditSubjectTypeLabel(type)).toBe(label);
  });
});
