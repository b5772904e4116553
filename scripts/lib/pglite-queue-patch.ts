import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * pglite-socket 0.2.17 multiplexes several client connections onto one PGlite session by queueing
 * protocol messages one at a time. It keeps a connection's messages together inside a transaction,
 * but not inside an extended-query sequence (Parse, Bind, Describe, Execute ... Sync), which
 * `pg` and Prisma send for every parameterised query using the one unnamed prepared statement.
 * Two connections' sequences could interleave — one's Parse replacing the other's statement before
 * its Bind — and fail with "bind message supplies N parameters". This makes the queue serve only
 * the connection that is mid-sequence until it sends Sync, as it already does for transactions.
 * The package version is pinned in package.json; tests/integration/embedded-queue.test.ts checks
 * that the internals this relies on are still there.
 */

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
}

// Frontend message types that continue an extended-query sequence; Sync ('S'), a simple Query ('Q')
// and Terminate ('X') end it.
const MID_SEQUENCE = new Set(["P", "B", "D", "E", "C", "H"].map((type) => type.charCodeAt(0)));

export function queueOf(server: PGLiteSocketServer): QueryQueue {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== "function" || typeof queue.clearQueueForHandler !== "function") {
    throw new Error("pglite-socket's query queue is not where this patch expects it; check scripts/lib/pglite-queue-patch.ts against the installed version.");
  }
  return queue;
}

export function keepExtendedQueriesTogether(server: PGLiteSocketServer): void {
  const queue = queueOf(server);
  let midSequenceHandler: number | null = null;

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    if (midSequenceHandler === handlerId) midSequenceHandler = null;
    clear(handlerId);
  };

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = midSequenceHandler ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet: wait for it (enqueue calls us again).
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midSequenceHandler = null;
          item.reject(error);
          continue;
        }
        midSequenceHandler = MID_SEQUENCE.has(item.message[0] ?? 0) ? item.handlerId : null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}
