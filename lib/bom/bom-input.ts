import type { ApprovalState } from "@/lib/approvals/approval-state";
import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";

/** What the BOM builder needs of one catalogued version (loaded by lib/server/bom/). */
export interface BomVersion {
  id: string;
  checkpointName: string;
  checkpointSlug: string;
  version: string;
  kind: string;
  architecture: string;
  publisher: string | null;
  description: string | null;
  sourceUrl: string | null;
  sha256: string | null;
  fileName: string | null;
  fileSizeBytes: number | null;
  /** The version's own license layers. */
  licenses: BomLicense[];
  creatorTermsUrl: string | null;
  parents: { id: string; relation: string; weight: number | null }[];
  effective: Partial<Record<IntendedUse, TermStatus>>;
  approvals: BomApproval[];
}

export interface BomLicense {
  key: string;
  name: string;
  url: string | null;
}

export interface BomApproval {
  id: string;
  state: ApprovalState;
  team: { slug: string; name: string } | null;
  uses: { use: IntendedUse; condition: string | null }[];
  conditions: string[];
  reviewBy: Date;
  grantedAt: Date;
  /** Reason code and expiry only: references and comments are for the team, reviewers and auditors. */
  waivers: { use: IntendedUse; reason: string; expiresAt: Date }[];
}

/** The question a team BOM answers: everything approved for this team and use right now. */
export interface BomScope {
  team: { slug: string; name: string } | null;
  use: IntendedUse | null;
}
