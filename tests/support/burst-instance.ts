/**
 * One app instance's share of a burst, run as a process of its own (tests/integration/burst.test.ts
 * starts two): the app's data layer — its Prisma client, with the pool size and transaction limits
 * the environment gives `next start` — files one review request per version id, all at once, the
 * way the submit action does, and prints how each ended as one JSON line.
 * Usage: DATABASE_URL=… BURST='{"member":…,"teamId":…,"versionIds":[…]}' tsx --conditions=react-server tests/support/burst-instance.ts
 */
import type { Actor } from "@/lib/policy/capabilities";
import { prisma } from "@/lib/server/db/prisma";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";

interface Burst {
  member: { id: string; email: string; actor: Actor };
  teamId: string;
  versionIds: string[];
}

const burst = JSON.parse(process.env.BURST ?? "") as Burst;
const results = await Promise.allSettled(
  burst.versionIds.map((versionId) =>
    submitReviewRequest(burst.member.actor, {
      mode: "existing",
      teamId: burst.teamId,
      versionId,
      uses: ["INTERNAL_EXPLORATION"],
      justification: "A burst of requests on a Monday morning.",
      detectedArchitecture: null,
    }),
  ),
);
await prisma.$disconnect();
const failures = results.flatMap((result) => (result.status === "rejected" ? [String((result.reason as Error)?.message ?? result.reason).slice(0, 300)] : []));
console.log(JSON.stringify({ succeeded: results.length - failures.length, failures }));
