import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

// A stand-in for Civitai and the Hugging Face Hub: serves the recorded answers in
// tests/fixtures/intake at the real paths (Civitai under /civitai/api/v1, the Hub under /hf), and
// the failures a test needs by id. The app is pointed at it with CIVITAI_API_URL and HF_ENDPOINT.

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/intake");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

/** Ids and repos that answer with a failure. */
export const FAILING = {
  civitaiNotFound: 404404,
  civitaiPrivate: 401401,
  civitaiRateLimited: 429429,
  civitaiSlow: 408408,
  civitaiHuge: 413413,
  civitaiOffsiteRedirect: 302302,
  civitaiHtml: 500500,
  civitaiOnsiteRedirect: 307307,
  hfGated: "gated-org/Locked-XL",
  hfMissing: "nobody/Nothing-Here",
} as const;

export interface IntakeServer {
  url: string;
  civitaiApiUrl: string;
  hfEndpoint: string;
  /** Every request path the server saw, to assert which calls were made. */
  requests: string[];
  /** The Authorization header of each request, in the same order. */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

export async function startIntakeServer(port = 0): Promise<IntakeServer> {
  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];
  let origin = "";
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(url.pathname + url.search);
    authorizations.push(request.headers.authorization);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      response.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    if (url.pathname === "/health") return json(200, { ok: true });

    const civitai = /^\/civitai\/api\/v1\/(models|model-versions|model-versions\/by-hash)\/([^/]+)$/.exec(url.pathname);
    if (civitai) {
      const [, kind, id] = civitai as unknown as [string, string, string];
      const numeric = Number(id);
      if (numeric === FAILING.civitaiNotFound) return json(404, { error: "Model not found" });
      if (numeric === FAILING.civitaiPrivate) return json(401, { error: "Unauthorized" });
      if (numeric === FAILING.civitaiRateLimited) return json(429, { error: "Too many requests" }, { "retry-after": "30" });
      if (numeric === FAILING.civitaiSlow) {
        const timer = setTimeout(() => json(200, fixture("civitai-model-921337.json")), 8_000);
        response.on("close", () => clearTimeout(timer));
        return;
      }
      if (numeric === FAILING.civitaiHuge) {
        // Over 2 MB, without a Content-Length: the cap must hold while reading.
        response.writeHead(200, { "content-type": "application/json" });
        response.write('{"id":413413,"name":"');
        const chunk = "x".repeat(64 * 1024);
        for (let sent = 0; sent < 3 * 1024 * 1024; sent += chunk.length) response.write(chunk);
        return response.end('"}');
      }
      if (numeric === FAILING.civitaiOffsiteRedirect) {
        response.writeHead(302, { location: "http://127.0.0.2:9/api/v1/models/921337" });
        return response.end();
      }
      if (numeric === FAILING.civitaiOnsiteRedirect) {
        response.writeHead(307, { location: `${origin}/civitai/api/v1/models/921337` });
        return response.end();
      }
      if (numeric === FAILING.civitaiHtml) {
        response.writeHead(200, { "content-type": "text/html" });
        return response.end("<!doctype html><title>Civitai | Down for maintenance</title>");
      }
      const version = JSON.parse(fixture("civitai-model-version-1840221.json")) as { id: number; files: { hashes: Record<string, string> }[] };
      if (kind === "models" && (id === "921337" || id === "700812")) return json(200, fixture(`civitai-model-${id}.json`));
      if (kind === "model-versions" && numeric === version.id) return json(200, fixture("civitai-model-version-1840221.json"));
      if (kind === "model-versions/by-hash" && version.files[0]!.hashes && Object.values(version.files[0]!.hashes).includes(id.toUpperCase())) {
        return json(200, fixture("civitai-model-version-1840221.json"));
      }
      return json(404, { error: "Model not found" });
    }

    const hf = /^\/hf\/api\/models\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (hf) {
      const repo = `${decodeURIComponent(hf[1]!)}/${decodeURIComponent(hf[2]!)}`;
      if (repo === FAILING.hfGated) return json(401, { error: "Access to model gated-org/Locked-XL is restricted." }, { "x-error-code": "GatedRepo" });
      if (repo === "driftwood-lab/Tidewater-Mix-XL" || repo === "harbor-arts/Quayside-1.5") {
        return json(200, fixture(`hf-model-${repo.replace("/", "--")}.json`));
      }
      return json(401, { error: "Repository not found" }, { "x-error-code": "RepoNotFound" });
    }
    json(404, { error: "Not found" });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin,
    civitaiApiUrl: `${origin}/civitai/api/v1`,
    hfEndpoint: `${origin}/hf`,
    requests,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// `tsx tests/support/intake-server.ts <port>`: the e2e run's stand-in (playwright.config.ts).
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.argv[2] ?? 0);
  void startIntakeServer(port).then((server) => {
    console.log(`intake stand-in on ${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
}
