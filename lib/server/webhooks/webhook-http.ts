import "server-only";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { isPrivateAddress } from "@/lib/webhooks/private-address";
import { guardedLookup, urlHost } from "@/lib/server/webhooks/webhook-target";

// The one module that reaches webhook receivers: http(s) only, no redirects followed (a 3xx is a
// failure, as the Standard Webhooks spec recommends), private targets refused at connect time,
// a timeout, and at most 64 KB of the response read.

export interface WebhookResponse {
  /** null when no HTTP response came back (refused, timed out, blocked). */
  statusCode: number | null;
  durationMs: number;
  /** Why the attempt failed, for the delivery log; null on a 2xx. */
  error: string | null;
  /** Seconds the receiver asked us to wait (Retry-After), if it did. */
  retryAfterSeconds: number | null;
}

const MAX_RESPONSE_BYTES = 64 * 1024;

export async function postWebhook(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<WebhookResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { statusCode: null, durationMs: 0, error: "The endpoint's URL is not valid.", retryAfterSeconds: null };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { statusCode: null, durationMs: 0, error: "Only http(s) URLs are delivered to.", retryAfterSeconds: null };
  const host = urlHost(url);
  // A literal IP never goes through `lookup`: check it here.
  if (!options.allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return { statusCode: null, durationMs: 0, error: `Refused: ${host} is a private address (set WEBHOOK_ALLOW_PRIVATE=1 to allow).`, retryAfterSeconds: null };
  }

  const client = url.protocol === "https:" ? https : http;
  return new Promise<WebhookResponse>((resolve) => {
    let settled = false;
    const finish = (result: Omit<WebhookResponse, "durationMs">) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, durationMs: elapsed() });
    };
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "checkpoint-registry-webhooks/1", ...headers },
        lookup: guardedLookup(options.allowPrivate),
        timeout: options.timeoutMs,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        let received = 0;
        const statusCode = response.statusCode ?? 0;
        const retryAfter = Number(response.headers["retry-after"]);
        const done = () =>
          finish({
            statusCode,
            error: statusCode >= 200 && statusCode < 300 ? null : `The receiver answered ${statusCode}.`,
            retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : null,
          });
        response.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) {
            response.destroy();
            done();
          }
        });
        response.on("end", done);
        response.on("error", done);
        response.on("close", done);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on("error", (error: NodeJS.ErrnoException) => finish({ statusCode: null, error: describeError(error), retryAfterSeconds: null }));
    request.end(body);
  });
}

function describeError(error: NodeJS.ErrnoException): string {
  if (error.code === "EPRIVATETARGET") return `Refused: ${error.message} (set WEBHOOK_ALLOW_PRIVATE=1 to allow).`;
  if (error.code === "ECONNREFUSED") return "Connection refused.";
  if (error.name === "AbortError" || error.name === "TimeoutError") return "No answer in time.";
  return `${error.code ? `${error.code}: ` : ""}${error.message}`.slice(0, 300);
}
