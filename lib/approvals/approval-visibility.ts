import { canReadApprovalRationale, type Actor } from "@/lib/policy/capabilities";

/**
 * One approval as a given reader may see it, for the checkpoint page, GET /api/v1/versions/{id}
 * and the notice alike: everything, or — for another team's approval — everything but the
 * waivers' references and comments (canReadApprovalRationale).
 */
export interface WaiverView {
  reference: string | null;
  comment: string | null;
}

export interface ApprovalForViewer<W extends WaiverView> {
  team: { id: string } | null;
  waivers: W[];
  /** The notice built with every waiver detail. */
  notice: string;
  /** The same notice built without waiver references and comments. */
  publicNotice: string;
}

export type ApprovalView<A extends ApprovalForViewer<WaiverView>> = Omit<A, "publicNotice"> & { rationaleWithheld: boolean };

export function approvalForViewer<A extends ApprovalForViewer<WaiverView>>(approval: A, actor: Actor | null): ApprovalView<A> {
  const { publicNotice, ...rest } = approval;
  if (canReadApprovalRationale(actor, { teamId: approval.team?.id ?? null }).allowed) return { ...rest, rationaleWithheld: false };
  return { ...rest, waivers: withoutRationale(approval.waivers), notice: publicNotice, rationaleWithheld: true };
}

export function withoutRationale<W extends WaiverView>(waivers: readonly W[]): W[] {
  return waivers.map((waiver) => ({ ...waiver, reference: null, comment: null }));
}
