import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { IMPORT_SOURCES } from "@/lib/intake/imported-facts";

// Where a version's facts came from travels with the submission form as a signed receipt: the
// server wrote it at import time, so a submitter cannot claim an import that never happened.

export const importReceiptSchema = z.object({
  source: z.enum(IMPORT_SOURCES),
  via: z.enum(["FETCHED", "PASTED"]),
  pageUrl: z.string().max(2000).nullable(),
  responses: z
    .array(z.object({ url: z.string().max(2000).nullable(), fetchedAt: z.iso.datetime().nullable(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .min(1)
    .max(4),
});
export type ImportReceipt = z.infer<typeof importReceiptSchema>;

// Instances that share a database share NEXTAUTH_SECRET (npm start sets it); without one, a
// receipt is good only for this process.
let fallbackSecret: Buffer | null = null;
function secret(): Buffer {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return Buffer.from(`import-receipt:${configured}`);
  return (fallbackSecret ??= randomBytes(32));
}

function mac(payload: string): string {
  return createHmac("sha256", secret()).update(payload).digest("base64url");
}

export function signImportReceipt(receipt: ImportReceipt): string {
  const payload = Buffer.from(JSON.stringify(receipt)).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The receipt, or null when it was not written by this registry (or was altered). */
export function verifyImportReceipt(token: string): ImportReceipt | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = importReceiptSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
