import "server-only";
import type { TransactionClient } from "@/lib/server/db/client";
import { ValidationError } from "@/lib/server/errors";
import { verifyImportReceipt } from "./import-receipt";

/**
 * Records where a submitted version's facts came from, inside the submission's transaction (its
 * one audit event lists these rows). A receipt this registry did not sign is refused, not ignored.
 */
export async function recordFactSources(tx: TransactionClient, versionId: string, receiptToken: string): Promise<Record<string, unknown>[]> {
  const receipt = verifyImportReceipt(receiptToken);
  if (!receipt) {
    throw new ValidationError("The import could not be verified: import again, or clear it and fill in the form by hand.", {
      importReceipt: ["The import could not be verified: import again, or clear it."],
    });
  }
  const rows = receipt.responses.map((response) => ({
    versionId,
    source: receipt.source,
    via: receipt.via,
    pageUrl: receipt.pageUrl,
    responseUrl: response.url,
    fetchedAt: response.fetchedAt ? new Date(response.fetchedAt) : null,
    responseSha256: response.sha256,
  }));
  await tx.versionFactSource.createMany({ data: rows });
  return rows.map(({ versionId: _versionId, fetchedAt, ...row }) => ({ ...row, fetchedAt: fetchedAt?.toISOString() ?? null }));
}
