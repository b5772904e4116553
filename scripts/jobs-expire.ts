/**
 * `npm run jobs:expire`: records approvals past their review-by date, or with an expired waiver, as
 * EXPIRED, with an audit event each. Safe to run from several instances at once (e.g. a cron on
 * every app server); reads already show such approvals as expired before the job runs. Also flags
 * the approvals that relied on an organisation fact now past its review-by date.
 */
import { createPrismaClient } from "@/lib/server/db/client";
import { expireDueApprovals } from "@/lib/server/approvals/expire-approvals";
import { expireDueOrganisationFacts } from "@/lib/server/organisation/expire-facts";
import { runWithDatabase } from "@/scripts/lib/database";

await runWithDatabase("jobs:expire", async (database) => {
  const prisma = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    const outcomes = await expireDueApprovals(prisma);
    console.log(outcomes.length === 0 ? "No approval is due to expire." : `Expired ${outcomes.length} approval(s):`);
    for (const outcome of outcomes) console.log(`  ${outcome.approvalId}: ${outcome.reasons.join("; ")}`);
    // Organisation facts past their review-by date: the approvals that relied on them are flagged.
    const facts = await expireDueOrganisationFacts(prisma);
    for (const fact of facts)
      console.log(
        `Organisation fact ${fact.factId} (${fact.conditionKey}) passed its review-by date; ${fact.flaggedApprovals} approval(s) flagged for re-review.`,
      );
  } finally {
    await prisma.$disconnect();
  }
});
