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

function run(url: string, headers: Record<string, string>, duration: number, connections: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration, headers });
}

/** Warm-up, then DURATION_SECONDS at CONNECTIONS concurrent connections (autocannon), or as many as given. */
export async function measureHttp(url: string, headers: Record<string, string> = {}, connections = CONNECTIONS): Promise<LoadResult> {
  await run(url, headers, WARMUP_SECONDS, connections);
  const result = await run(url, headers, DURATION_SECONDS, connections);
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export interface PairedLoad {
  floor: LoadResult;
  target: LoadResult;
  /** target / floor of every round, in order. */
  ratios: number[];
  /** The median of `ratios`; `floor` and `target` are that round's measurements. */
  ratio: number;
}

/**
 * A target and its floor measured alternately, `rounds` times: on a shared machine the speed drifts
 * by tens of percent within minutes, and a floor measured next to its target drifts with it. The
 * round with the median ratio is reported.
 */
export async function measurePair(
  floor: { url: string; headers?: Record<string, string> },
  target: { url: string; headers?: Record<string, string> },
  rounds = 3,
): Promise<PairedLoad> {
  const measured: { floor: LoadResult; target: LoadResult; ratio: number }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const floorResult = await measureHttp(floor.url, floor.headers);
    const targetResult = await measureHttp(target.url, target.headers);
    measured.push({
      floor: floorResult,
      target: targetResult,
      ratio: Math.round((targetResult.requestsPerSecond / floorResult.requestsPerSecond) * 100) / 100,
    });
  }
  const median = [...measured].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds / 2)]!;
  return { floor: median.floor, target: median.target, ratios: measured.map((entry) => entry.ratio), ratio: median.ratio };
}
