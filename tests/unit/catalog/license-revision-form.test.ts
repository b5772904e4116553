import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LicenseTermsFields } from "@/components/catalog/license-terms-fields";
import { formInput } from "@/lib/catalog/form-input";
import { createLicenseRevisionSchema } from "@/lib/schemas/catalog";
import { libraryRevisionFields } from "@/lib/server/licenses/license-library";
import { currentRevision, LICENSE_KEY, LICENSE_LIBRARY } from "@/prisma/seed-data/licenses";

// The admin's "Change terms" form starts from the current revision. Submitted unchanged, it must
// save the same terms: a clause (basis) or an organisation-condition key the form did not carry
// would be dropped from the new revision without anyone choosing to.

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : null;
};

/** What the browser would post for this markup, untouched. */
function submitted(html: string): FormData {
  const form = new FormData();
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    if (!name) continue;
    if (attribute(tag, "type") === "checkbox") {
      if (/\schecked=""/.test(tag)) form.append(name, "on");
      continue;
    }
    form.append(name, attribute(tag, "value") ?? "");
  }
  for (const [, tag, body] of html.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
    form.append(attribute(tag!, "name")!, decode(body!));
  }
  for (const [, tag, body] of html.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const selected = /<option[^>]*value="([^"]*)"[^>]*selected=""/.exec(body!);
    form.append(attribute(tag!, "name")!, selected![1]!);
  }
  return form;
}

describe("the licence revision form", () => {
  it.each(LICENSE_LIBRARY.map((license) => [license.key, license] as const))(
    "submitted unchanged, saves %s's current terms again, clauses and keys included",
    (_key, license) => {
      const current = libraryRevisionFields(currentRevision(license));
      const html = renderToStaticMarkup(createElement(LicenseTermsFields, { values: current, errors: () => undefined }));
      const form = submitted(html);
      form.append("licenseId", "00000000-0000-4000-8000-000000000000");
      form.append("expectedRevision", "1");
      const parsed = createLicenseRevisionSchema.safeParse(formInput(form));
      expect(parsed.error?.issues ?? []).toEqual([]);
      const { licenseId: _licenseId, expectedRevision: _expectedRevision, ...fields } = parsed.data!;
      expect(fields).toEqual(current);
    },
  );

  it("offers a clause and the organisation-condition keys for every use", () => {
    const community = LICENSE_LIBRARY.find((license) => license.key === LICENSE_KEY.stabilityCommunity)!;
    const current = libraryRevisionFields(currentRevision(community));
    const keyed = Object.values(current.terms).find((term) => term.conditionKeys.length > 0)!;
    const html = renderToStaticMarkup(createElement(LicenseTermsFields, { values: current, errors: () => undefined }));
    expect(html).toContain("Commercial outputs: clause");
    expect(html).toContain("Commercial outputs: organisation condition keys");
    const form = submitted(html);
    expect(form.get("terms.COMMERCIAL_OUTPUTS.conditionKeys")).toBe(current.terms.COMMERCIAL_OUTPUTS.conditionKeys.join(", "));
    expect(keyed.conditionKeys).toContain("stability-community-revenue");
  });
});
