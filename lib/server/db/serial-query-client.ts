import "server-only";
import pg from "pg";

/**
 * A `pg` client that runs its queries one after another instead of handing a second query to the
 * connection while the first is still executing. Prisma's query interpreter sends independent reads
 * of one transaction at the same time; `pg` 8 queues them with a deprecation warning and `pg` 9 will
 * refuse them. Chaining them here keeps the same order and round trips, with no warning.
 */
export class SerialQueryClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve();

  // pg's overloads are many; only the promise-returning forms (no callback, no Submittable) are chained.
  override query(...args: unknown[]): never {
    const [first] = args;
    const usesCallback = typeof args[args.length - 1] === "function";
    const isSubmittable = typeof first === "object" && first !== null && typeof (first as { submit?: unknown }).submit === "function";
    const run = () => (super.query as (...a: unknown[]) => unknown)(...args);
    if (usesCallback || isSubmittable) return run() as never;
    const result = this.#tail.then(run, run);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result as never;
  }
}
