import { parseBrowseQuery } from "@/lib/catalog/browse-query";
import { BROWSE_OPTIONS_SQL, browseStatements } from "@/lib/server/catalog/browse";
import { checkPlans } from "@/scripts/bench/lib/sql-load";
const url = "postgresql://postgres@127.0.0.1:5432/cr_bench";
for (const qs of process.argv.slice(2)) {
  const parsed = parseBrowseQuery(new URLSearchParams(qs));
  const s = browseStatements(parsed.query);
  const checks = await checkPlans(url, [
    { name: "count", statement: { text: s.count.text, values: s.count.values } },
    { name: "rows", statement: { text: s.rows.text, values: s.rows.values } },
    { name: "options", statement: { text: BROWSE_OPTIONS_SQL.text, values: BROWSE_OPTIONS_SQL.values } },
  ]);
  console.log(qs);
  for (const c of checks) console.log("  ", c.statement, c.ms, "ms", c.seqScans.length ? "SEQ:" + c.seqScans : "", "|", c.nodes.join("; "));
}
