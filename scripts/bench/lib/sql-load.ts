import pg from "pg";
import type { LoadResult } from "@/scripts/bench/lib/http-load";
import { CONNECTIONS, DURATION_SECONDS } from "@/scripts/bench/lib/http-load";

export interface Statement {
  text: string;
  values: unknown[];
  /** Named: prepared once per connection, as the app's hot path (lib/server/db/hot-path-sql.ts) sends it. */
  name?: string;
}

/**
 * The raw SQL of one request (its statements run one after another on one connection, as the
 * request does), repeated by CONNECTIONS clients for DURATION_SECONDS through `pg`. One "request"
 * here is the whole set of statements.
 */
export async function measureSql(url: string, statements: Statement[]): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  try {
    const once = async (client: pg.PoolClient) => {
      for (const { name, text, values } of statements) await client.query(name ? { name, text, values } : { text, values });
    };
    const loop = async (until: number, latencies: number[] | null) => {
      const client = await pool.connect();
      try {
        while (Date.now() < until) {
          const started = performance.now();
          await once(client);
          latencies?.push(performance.now() - started);
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, () => loop(Date.now() + 2_000, null)));
    const latencies: number[] = [];
    const started = Date.now();
    await Promise.all(Array.from({ length: CONNECTIONS }, () => loop(started + DURATION_SECONDS * 1000, latencies)));
    const seconds = (Date.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (quantile: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * quantile))] ?? 0) * 100) / 100;
    return {
      requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
      p50: at(0.5),
      p99: at(0.99),
      requests: latencies.length,
      non2xx: 0,
      errors: 0,
    };
  } finally {
    await pool.end();
  }
}

export interface PlanCheck {
  statement: string;
  seqScans: string[];
  nodes: string[];
  ms: number;
}

// A sequential scan of a table this small (architectures, teams, the few users and tokens of the
// benchmark database) is the planner's right choice, not a missing index; above it, it is a finding.
const SMALL_TABLE_ROWS = 1_000;

/** EXPLAIN ANALYZE of each statement: which plan nodes it uses, and any sequential scan of a large table. */
export async function checkPlans(url: string, statements: { name: string; statement: Statement }[]): Promise<PlanCheck[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sizes = new Map(
      (
        await client.query<{ name: string; rows: number }>(
          `SELECT relname AS name, reltuples::float8 AS rows FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
        )
      ).rows.map((row) => [row.name, row.rows]),
    );
    const checks: PlanCheck[] = [];
    for (const { name, statement } of statements) {
      const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode; "Execution Time": number }[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
        statement.values,
      );
      const plan = rows[0]!["QUERY PLAN"][0]!;
      const nodes: string[] = [];
      const seqScans: string[] = [];
      walk(plan.Plan, (node) => {
        const label = node["Relation Name"]
          ? `${node["Node Type"]} on ${node["Relation Name"]}${node["Index Name"] ? ` using ${node["Index Name"]}` : ""}`
          : node["Node Type"];
        nodes.push(label);
        if (node["Node Type"] === "Seq Scan" && (sizes.get(node["Relation Name"] ?? "") ?? Infinity) > SMALL_TABLE_ROWS)
          seqScans.push(node["Relation Name"] ?? "?");
      });
      checks.push({ statement: name, seqScans, nodes: [...new Set(nodes)], ms: Math.round(plan["Execution Time"] * 100) / 100 });
    }
    return checks;
  } finally {
    await client.end();
  }
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}
