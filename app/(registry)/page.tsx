import type { Metadata } from "next";
import { canBrowse } from "@/lib/policy/capabilities";
import { browseSearchParams, MAX_LICENSE_OPTIONS, parseBrowseQuery } from "@/lib/catalog/browse-query";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { listBrowse } from "@/lib/server/catalog/queries";
import { activeFilterCount, activeFilters } from "@/lib/catalog/active-filters";
import { BrowseFilters } from "./browse-filters";
import { BrowseFiltersDisclosure } from "./browse-filters-disclosure";
import { BrowsePresets } from "./browse-presets";
import { BrowseResults } from "./browse-results";
import { browseResultsData } from "./browse-results-data";
import { toJsonText } from "@/lib/json/json-text";
import { DelegatedLinks } from "@/components/ui/delegated-links";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Browse" };

export default async function BrowsePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageAccess(canBrowse, "/");
  const parsed = parseBrowseQuery(await searchParams);
  const result = await listBrowse(parsed.query);

  return (
    // The page's links are plain anchors; this gives them client-side navigation (components/ui/delegated-links.tsx).
    <DelegatedLinks className="space-y-4">
      <PageHeader
        title="Checkpoints"
        description="May we use this for X? Every catalogued version, its effective license terms and the uses approved for it."
      />
      <BrowsePresets query={toJsonText(parsed.query)} />
      {!parsed.ok && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Some filters in the address could not be read and were left out: {Object.values(parsed.errors).join(" ")}
        </p>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <BrowseFiltersDisclosure activeCount={activeFilterCount(parsed.query)}>
          {/* Keyed by the URL: after a client-side navigation (a preset, a page link) the form shows the new state. */}
          <BrowseFilters
            key={browseSearchParams(parsed.query).toString()}
            data={toJsonText({
              query: parsed.query,
              options: { ...result.options, licenses: result.options.licenses.length <= MAX_LICENSE_OPTIONS ? result.options.licenses : null },
            })}
          />
        </BrowseFiltersDisclosure>
        <BrowseResults data={toJsonText(browseResultsData(parsed.query, result, activeFilters(parsed.query, result.options)))} />
      </div>
    </DelegatedLinks>
  );
}
