/**
 * One app instance's catalogue, as a process of its own (tests/integration/catalog/two-instances.test.ts
 * starts two on one database): the app's data layer with its in-process catalogue cache — what the
 * browse page and GET /api/v1/checkpoints call — and the approval writers, behind a small HTTP
 * server on a free port, which it prints as one JSON line.
 *   GET  /browse?<browse query>  → { startedAt, result: listBrowse(...), cache: stats }
 *   POST /grant  { versionId, uses, reviewBy }          → { approvalId }
 *   POST /revoke { actor, approvalId, reason }          → { versionId }
 * Usage: DATABASE_URL=… tsx --conditions=react-server tests/support/catalog-instance.ts
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { parseBrowseQuery } from "@/lib/catalog/browse-query";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import type { Actor } from "@/lib/policy/capabilities";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { revokeApproval } from "@/lib/server/approvals/revoke-approval";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { catalogCache } from "@/lib/server/catalog/catalog-cache-instance";
import { listBrowse } from "@/lib/server/catalog/queries";
import { prisma } from "@/lib/server/db/prisma";

async function body<T>(request: IncomingMessage): Promise<T> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return JSON.parse(text) as T;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://instance");
  const handle = async (): Promise<unknown> => {
    if (request.method === "GET" && url.pathname === "/browse") {
      // Taken before the read: the result must reflect at least this instant.
      const startedAt = new Date().toISOString();
      const result = await listBrowse(parseBrowseQuery(url.searchParams).query);
      return { startedAt, result, cache: catalogCache().stats() };
    }
    if (request.method === "POST" && url.pathname === "/grant") {
      const input = await body<{ versionId: string; uses: IntendedUse[]; reviewBy: string }>(request);
      return prisma.$transaction((tx) =>
        grantApproval(tx, SYSTEM_ACTOR, { versionId: input.versionId, uses: input.uses, teamId: null, conditions: [], reviewBy: new Date(input.reviewBy) }),
      );
    }
    if (request.method === "POST" && url.pathname === "/revoke") {
      const input = await body<{ actor: Actor; approvalId: string; reason: string }>(request);
      return revokeApproval(input.actor, { approvalId: input.approvalId, reason: input.reason });
    }
    throw new Error(`no route ${request.method} ${url.pathname}`);
  };
  handle().then(
    (result) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(result));
    },
    (error: unknown) => {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: String((error as Error)?.stack ?? error) }));
    },
  );
});

server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.on("SIGTERM", () => {
  server.close();
  void prisma.$disconnect().finally(() => process.exit(0));
});
