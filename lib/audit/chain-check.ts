/** The outcome of verifying the stored audit chain, as the audit page shows it. */
export interface AuditChainCheck {
  intact: boolean;
  checked: number;
  /** The id of the first event that does not verify. */
  brokenAt: string | null;
  summary: string;
}
