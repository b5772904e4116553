import "server-only";
import { createHash } from "node:crypto";
import type { IntakeService } from "./intake-config";

// The one way the import reaches another server: GET, JSON, to the service's own origin only,
// redirects followed only within it, 5 s for the whole exchange, at most 2 MB read. Every failure
// becomes a plain message the submit form shows; the form stays usable by hand.

export const FETCH_TIMEOUT_MS = 5_000;
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 3;

export type FetchProblemKind =
  "NOT_FOUND" | "ACCESS_DENIED" | "RATE_LIMITED" | "UNREACHABLE" | "TIMEOUT" | "TOO_LARGE" | "NOT_JSON" | "REDIRECT_REFUSED" | "UPSTREAM_ERROR";

export interface FetchProblem {
  kind: FetchProblemKind;
  message: string;
  retryAfterSeconds?: number;
}

export interface FetchedJson {
  data: unknown;
  /** The URL that answered (after redirects within the service). */
  url: string;
  fetchedAt: Date;
  /** SHA-256 of the raw bytes of the answer, as recorded with the version's facts. */
  sha256: string;
}

export type FetchResult = { ok: true; response: FetchedJson } | { ok: false; problem: FetchProblem; status?: number; errorCode?: string | null };

export async function fetchServiceJson(service: IntakeService, url: URL, fetchImpl: typeof fetch = fetch): Promise<FetchResult> {
  const name = service.name;
  if (url.origin !== service.base.origin) return refuse("REDIRECT_REFUSED", `${name} import refused an address outside ${service.base.host}.`);
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const headers: Record<string, string> = { accept: "application/json", "user-agent": "checkpoint-registry-import/1" };
  if (service.token) headers.authorization = `Bearer ${service.token}`;

  try {
    let current = url;
    for (let hop = 0; ; hop += 1) {
      const response = await fetchImpl(current, { headers, signal, redirect: "manual", cache: "no-store" });
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(response.headers.get("location")!, current);
        if (next.origin !== service.base.origin)
          return refuse("REDIRECT_REFUSED", `${name} redirected the import to another host (${next.host}); it was not followed.`);
        if (hop + 1 > MAX_REDIRECTS) return refuse("REDIRECT_REFUSED", `${name} redirected the import too many times.`);
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { ...statusProblem(name, response), status: response.status, errorCode: response.headers.get("x-error-code") };
      }
      const declared = Number(response.headers.get("content-length") ?? NaN);
      if (Number.isFinite(declared) && declared > MAX_RESPONSE_BYTES) {
        await response.body?.cancel().catch(() => undefined);
        return refuse("TOO_LARGE", tooLarge(name));
      }
      const bytes = await readCapped(response);
      if (!bytes) return refuse("TOO_LARGE", tooLarge(name));
      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
      } catch {
        return refuse("NOT_JSON", `${name} did not answer with JSON (is ${service.base.host} the API address?). Fill in the form by hand, or paste the JSON.`);
      }
      return { ok: true, response: { data, url: current.toString(), fetchedAt: new Date(), sha256: createHash("sha256").update(bytes).digest("hex") } };
    }
  } catch (error) {
    if (signal.aborted || (error as Error)?.name === "TimeoutError") {
      return refuse("TIMEOUT", `${name} did not answer within ${FETCH_TIMEOUT_MS / 1000} seconds. Try again, or fill in the form by hand.`);
    }
    return refuse("UNREACHABLE", `${name} could not be reached. Fill in the form by hand, or paste the JSON (or drop the model card) instead.`);
  }
}

function refuse(kind: FetchProblemKind, message: string): FetchResult {
  return { ok: false, problem: { kind, message } };
}

function tooLarge(name: string): string {
  return `${name}'s answer is over ${MAX_RESPONSE_BYTES / 1024 / 1024} MB; it was not read.`;
}

function statusProblem(name: string, response: Response): { ok: false; problem: FetchProblem } {
  const status = response.status;
  if (status === 404) return { ok: false, problem: { kind: "NOT_FOUND", message: `${name} has no such model (404). Check the address or id.` } };
  if (status === 401 || status === 403) {
    return {
      ok: false,
      problem: { kind: "ACCESS_DENIED", message: `${name} refused access (${status}): the model is private or gated, or needs an access token.` },
    };
  }
  if (status === 429) {
    const retryAfterSeconds = retryAfter(response.headers.get("retry-after"));
    const wait = retryAfterSeconds === undefined ? "in a while" : `in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`;
    return { ok: false, problem: { kind: "RATE_LIMITED", message: `${name} is limiting requests (429): try again ${wait}.`, retryAfterSeconds } };
  }
  return {
    ok: false,
    problem: { kind: "UPSTREAM_ERROR", message: `${name} answered with an error (${status}). Try again later, or fill in the form by hand.` },
  };
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

async function readCapped(response: Response): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_RESPONSE_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
