/** An API token as the settings and admin pages list it (never its secret). */
export type ApiTokenStatus = "active" | "expired" | "revoked";

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: ApiTokenStatus;
}
