import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EffectiveTerms } from "@/components/license-stack/effective-terms";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { toEffectiveTermsView } from "@/lib/server/licensing/effective-terms-view";
import { compute, creator, graph, PERMISSIVE, STABILITY_NON_COMMERCIAL, version } from "../licensing/fixtures";

// A fine-tune of a non-commercial base that claims a permissive licence and forbids derivatives.
const terms = compute(
  "cascade-ft",
  graph(
    version("cascade", { name: "Stable Cascade", licenses: [STABILITY_NON_COMMERCIAL] }),
    version("cascade-ft", { name: "Cascade Fine-tune v1", parents: ["cascade"], licenses: [PERMISSIVE], creatorTerms: creator({ allowNoCredit: false }) }),
  ),
);

const rowsOf = (html: string) => [...html.matchAll(/<tr data-use="([A-Z_]+)"/g)].map((match) => match[1]);

describe("toEffectiveTermsView, the one mapper from the engine's output", () => {
  it("names, for every use in vocabulary order, the status, its conditions and the deciding layers in words", () => {
    const view = toEffectiveTermsView(terms);
    expect(view.uses.map((term) => term.use)).toEqual([...INTENDED_USES]);
    const commercial = view.uses.find((term) => term.use === "COMMERCIAL_OUTPUTS")!;
    expect(commercial.status).toBe("FORBIDDEN");
    expect(commercial.decidedBy).toEqual(["Stability AI Non-Commercial Research Community License (licence of Stable Cascade)"]);
    // The base's condition carries through even where the creator's silence makes the use UNKNOWN.
    expect(view.uses.find((term) => term.use === "DERIVATIVES")).toMatchObject({
      status: "UNKNOWN",
      conditions: ["non-commercial use only"],
      decidedBy: ["creator terms of Cascade Fine-tune v1"],
    });
    expect(view.unknowns.map((entry) => entry.text)).toEqual(["The creator does not state whether derivatives may use different terms."]);
    expect(view.obligations.map((entry) => entry.text)).toContain("Credit the creator");
    expect(view.obligations.find((entry) => entry.text === "Credit the creator")!.sources).toEqual(["creator terms of Cascade Fine-tune v1"]);
  });
});

describe("EffectiveTerms, the one view of effective terms", () => {
  it("on a version's page lists every use in vocabulary order with its status and deciding layer", () => {
    const html = renderToStaticMarkup(createElement(EffectiveTerms, { effective: toEffectiveTermsView(terms) }));
    expect(rowsOf(html)).toEqual([...INTENDED_USES]);
    expect(html).toContain("Forbidden");
    expect(html).toContain("licence of Stable Cascade");
    expect(html).not.toContain(">requested<");
  });

  it("on a review puts the requested uses first and marks them", () => {
    const html = renderToStaticMarkup(
      createElement(EffectiveTerms, { effective: toEffectiveTermsView(terms), requestedUses: ["RESEARCH", "COMMERCIAL_OUTPUTS"] }),
    );
    const rows = rowsOf(html);
    expect(rows.slice(0, 2)).toEqual(["COMMERCIAL_OUTPUTS", "RESEARCH"]);
    expect(rows).toHaveLength(INTENDED_USES.length);
    expect(html.match(/>requested</g)).toHaveLength(2);
  });
});
