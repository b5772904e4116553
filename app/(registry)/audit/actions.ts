"use server";

import { z } from "zod";
import { defineCallAction } from "@/lib/server/actions/define-action";
import { checkAuditChain } from "@/lib/server/audit/check-audit-chain";

/** Walks the whole hash chain; read-only. */
export const verifyAuditChainAction = defineCallAction({
  name: "verifyAuditChainAction",
  schema: z.undefined({ message: "This action takes no input." }),
  run: (_input, { actor }) => checkAuditChain(actor),
});
