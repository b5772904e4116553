import { describe, expect, it } from "vitest";
import { formInput } from "@/lib/catalog/form-input";

describe("formInput", () => {
  it("nests dotted names, collects checkbox groups and skips React's own fields", () => {
    const data = new FormData();
    data.append("name", "Test");
    data.append("revision.terms.RESEARCH.status", "ALLOWED");
    data.append("revision.terms.RESEARCH.condition", "");
    data.append("allowCommercialUse", "IMAGE");
    data.append("allowCommercialUse", "SELL");
    data.append("$ACTION_ID_abc", "");
    expect(formInput(data, { multi: ["allowCommercialUse", "teams"] })).toEqual({
      name: "Test",
      revision: { terms: { RESEARCH: { status: "ALLOWED", condition: "" } } },
      allowCommercialUse: ["IMAGE", "SELL"],
      teams: [],
    });
  });

  it("never writes through prototype keys", () => {
    const data = new FormData();
    data.append("__proto__.polluted", "yes");
    data.append("a.constructor.prototype.polluted", "yes");
    formInput(data);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
