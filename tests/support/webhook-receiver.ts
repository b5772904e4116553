import http from "node:http";
import type { AddressInfo } from "node:net";

/** One request a receiver got: headers as Node gives them (lower-case), the raw body, when. */
export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  at: number;
  status: number;
}

/**
 * A real local HTTP receiver, as a customer would run one. `respond` decides each answer's status
 * (default 204) and may delay it. `listen` can reuse a port that was closed, to simulate a
 * receiver that is down and comes back.
 */
export class Receiver {
  readonly received: ReceivedWebhook[] = [];
  respond: (request: { headers: Record<string, string>; body: string }) => number | Promise<number> = () => 204;
  private server: http.Server | null = null;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async listen(port = this.port): Promise<this> {
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", async () => {
        const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
        const body = Buffer.concat(chunks).toString("utf8");
        const status = await this.respond({ headers, body });
        this.received.push({ headers, body, at: Date.now(), status });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The requests this receiver acknowledged (2xx). */
  acknowledged(): ReceivedWebhook[] {
    return this.received.filter((request) => request.status >= 200 && request.status < 300);
  }

  /** The events (parsed bodies) acknowledged, with their webhook-id. */
  events(): { id: string; type: string; data: Record<string, unknown> }[] {
    return this.acknowledged().map((request) => ({
      id: request.headers["webhook-id"]!,
      ...(JSON.parse(request.body) as { type: string; data: Record<string, unknown> }),
    }));
  }
}

/** Polls `check` until it returns true or `timeoutMs` passes; bounded, so a test never hangs. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
