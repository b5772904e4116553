import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Tokens look like `cpr_<43 base64url chars>`: 256 random bits, recognisable in logs and secret scanners.
const TOKEN_PREFIX = "cpr_";

export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

/** Tokens are stored only as this hash. Plain SHA-256 suffices: the token has 256 bits of entropy. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
