/** A token just created, as the settings form shows it once. */
export interface CreatedApiToken {
  name: string;
  prefix: string;
  expiresAt: string;
  /** Shown once by the form; never stored or shown again. */
  token: string;
}
