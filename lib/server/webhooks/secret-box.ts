import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// Endpoint secrets are needed in clear to sign, so they are stored encrypted (AES-256-GCM) under
// a key that lives outside the database: WEBHOOK_SECRET_KEY (`npm start` generates one into the
// data folder when unset, as it does the session secret). The endpoint's id is the additional
// authenticated data, so a ciphertext copied onto another endpoint's row does not decrypt.

const VERSION = "v1";

function key(): Buffer {
  const raw = process.env.WEBHOOK_SECRET_KEY;
  if (!raw || raw.length < 32) {
    throw new Error("WEBHOOK_SECRET_KEY is not set (at least 32 characters): webhook secrets cannot be encrypted or used without it.");
  }
  return createHash("sha256").update(raw).digest();
}

export function encryptWebhookSecret(secret: string, endpointId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(endpointId));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(":");
}

export function decryptWebhookSecret(stored: string, endpointId: string): string {
  const [version, iv, tag, ciphertext] = stored.split(":");
  if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error("The stored webhook secret is not in a known format.");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64"));
  decipher.setAAD(Buffer.from(endpointId));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8");
}
