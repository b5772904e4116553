import "server-only";

// Errors that mean "the database cannot serve this right now" rather than "this request is wrong":
// the server is down or restarting, a connection was cut, or no connection or transaction slot
// came free in time. A caller may retry them; everything else is a bug to log.

// Prisma: can't reach (P1001), timed out (P1002), server closed the connection (P1017), no pool
// connection in time (P2024), transaction could not start or expired (P2028).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "P2028"]);
// Prisma's driver-adapter error kinds for the same conditions.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
// Node's socket errors.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN"]);
// PostgreSQL SQLSTATEs: connection exceptions (08…), admin/crash shutdown and "cannot connect now"
// (57P01–57P03), too many connections (53300).
const SQLSTATE = /^(08\d{3}|57P0[123]|53300)$/;
// pg's own messages for a cut or unobtainable connection.
const PG_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, kind, message, cause, originalCode } = current as Record<string, unknown>;
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof originalCode === "string" && SQLSTATE.test(originalCode)) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && PG_MESSAGES.test(message)) return true;
    if (error instanceof AggregateError && current === error && error.errors.some(isDatabaseUnavailable)) return true;
    current = cause ?? (current as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
  }
  return false;
}

/** Seconds a client should wait before retrying a request refused for this reason. */
export const RETRY_AFTER_SECONDS = 5;
