import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataRoot } from "@/scripts/lib/data-dir";

/**
 * WEBHOOK_SECRET_KEY when set; otherwise a random key made once for this machine and kept in the
 * data folder (like the session secret), so webhook secrets stay readable across restarts.
 */
export function webhookSecretKey(): string {
  if (process.env.WEBHOOK_SECRET_KEY) return process.env.WEBHOOK_SECRET_KEY;
  const file = path.join(dataRoot(), "webhook-secret-key");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dataRoot(), { recursive: true });
    const key = randomBytes(32).toString("base64url");
    writeFileSync(file, key, { mode: 0o600 });
    return key;
  }
}
