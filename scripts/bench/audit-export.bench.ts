/**
 * Audit export memory: streams the CSV and JSON exports of 25,000 and then 100,000 audit events
 * through the same code the /audit/export route uses, sampling the process's heap and RSS. The heap
 * peak includes garbage not yet collected, so the test of streaming is that the peak does not grow
 * with the number of events (4x the events, about the same peak) and stays below the export's size.
 */
import type { BenchReport } from "@/scripts/bench/run";
import { applyMigrations } from "@/lib/server/db/migrate";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";
import pg from "pg";

const SIZES = [25_000, 100_000];

function sampler() {
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    // With --expose-gc (npm run bench passes it) collect first, so the peak is live memory, not garbage.
    global.gc?.();
    const usage = process.memoryUsage();
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakRss = Math.max(peakRss, usage.rss);
  };
  const timer = setInterval(sample, 50);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakHeapMb: peakHeap / 2 ** 20, peakRssMb: peakRss / 2 ** 20 };
    },
  };
}

export default async function run(): Promise<BenchReport> {
  const database = await createScratchDatabase("bench_audit");
  try {
    await applyMigrations(database.url);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    process.env.DATABASE_URL = database.url;
    const { auditExportChunks } = await import("@/lib/server/audit/export");
    const noFilters = { actor: undefined, action: undefined, subjectType: undefined, checkpoint: undefined, from: undefined, to: undefined };
    const baselineHeapMb = process.memoryUsage().heapUsed / 2 ** 20;
    const results: { format: string; events: number; megabytes: number; seconds: number; peakHeapMb: number; peakRssMb: number }[] = [];
    let inserted = 0;
    for (const size of SIZES) {
      await client.query(
        `INSERT INTO "AuditEvent" ("actorLabel", action, "subjectType", "subjectId", before, after, "prevHash", hash)
         SELECT 'bench@example.com', 'bench.changed', 'Widget', 'widget-' || n,
                jsonb_build_object('name', 'old name ' || n, 'tags', jsonb_build_array('a', 'b')),
                jsonb_build_object('name', 'new name ' || n, 'tags', jsonb_build_array('a', 'b', 'c')),
                lpad(to_hex(n - 1), 64, '0'), lpad(to_hex(n), 64, '0')
         FROM generate_series($1::int + 1, $2::int) AS n`,
        [inserted, size],
      );
      inserted = size;
      for (const format of ["csv", "json"] as const) {
        const memory = sampler();
        const started = performance.now();
        let bytes = 0;
        let rows = 0;
        for await (const chunk of auditExportChunks(noFilters, format)) {
          bytes += Buffer.byteLength(chunk);
          if (chunk.includes("widget-")) rows += 1;
        }
        results.push({ format, events: rows, megabytes: bytes / 2 ** 20, seconds: (performance.now() - started) / 1000, ...memory.stop() });
      }
    }
    await client.end();

    const summary = [
      `heap before exporting: ${baselineHeapMb.toFixed(0)} MB`,
      ...results.map(
        (r) =>
          `${r.format.toUpperCase().padEnd(4)} ${String(r.events).padStart(6)} events, ${r.megabytes.toFixed(1).padStart(5)} MB in ${r.seconds.toFixed(1)} s — peak heap ${r.peakHeapMb.toFixed(0)} MB, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
      ),
    ];
    const checks = (["csv", "json"] as const).map((format) => {
      const [small, large] = results.filter((r) => r.format === format);
      const growth = large!.peakHeapMb / small!.peakHeapMb;
      return {
        target: `${format.toUpperCase()} export streams: 4x the events, peak heap under 1.5x and below the export's size`,
        met: large!.events === SIZES[1] && growth < 1.5 && large!.peakHeapMb - baselineHeapMb < large!.megabytes,
        detail: `${small!.peakHeapMb.toFixed(0)} MB for ${small!.events} events, ${large!.peakHeapMb.toFixed(0)} MB for ${large!.events} (x${growth.toFixed(2)}); export ${large!.megabytes.toFixed(0)} MB`,
      };
    });
    return { name: "audit-export", summary, results: { baselineHeapMb, runs: results }, checks };
  } finally {
    await database.drop();
  }
}
