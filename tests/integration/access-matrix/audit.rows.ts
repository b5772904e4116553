import { only, type MatrixRow } from "./support/matrix";

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: "app/(registry)/audit/actions.ts",
    name: "verifyAuditChainAction",
    allowed: only("auditor", "admin"),
    audit: "read-only", // walks the chain
    args: () => [],
  },
];
