import "server-only";

/**
 * The floors and references `npm run bench` measures against (app/bench/*) exist only while the
 * bench runs: it starts the server with CHECKPOINT_BENCH_ROUTES=1. Anywhere else they answer 404,
 * so a deployment exposes no unauthenticated page that is not part of the product.
 */
export function benchRoutesEnabled(): boolean {
  return process.env.CHECKPOINT_BENCH_ROUTES === "1";
}
