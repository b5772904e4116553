import { parseBrowseQuery } from "@/lib/catalog/browse-query";
import { BROWSE_OPTIONS_SQL, browseStatements } from "@/lib/server/catalog/browse";
import { measureSql } from "@/scripts/bench/lib/sql-load";
const url = "postgresql://postgres@127.0.0.1:5432/cr_bench";
const s = browseStatements(parseBrowseQuery(new URLSearchParams(process.argv[2])).query);
const st = (x: { text: string; values: unknown[] }) => ({ text: x.text, values: x.values });
console.log("count", await measureSql(url, [st(s.count)]));
console.log("rows", await measureSql(url, [st(s.rows)]));
console.log("options", await measureSql(url, [st(BROWSE_OPTIONS_SQL)]));
