import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export const CONNECTIONS = 20;
export const DURATION_SECONDS = 10;
const WARMUP_SECONDS = 3;

function run(url: string, headers: Record<string, string>, duration: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration, headers });
}

/** Warm-up, then DURATION_SECONDS at CONNECTIONS concurrent connections (autocannon). */
export async function measureHttp(url: string, headers: Record<string, string> = {}): Promise<LoadResult> {
  await run(url, headers, WARMUP_SECONDS);
  const result = await run(url, headers, DURATION_SECONDS);
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
