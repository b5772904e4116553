/** An endpoint just registered, as the form shows it once. */
export interface CreatedWebhookEndpoint {
  id: string;
  url: string;
  /** Shown once by the form; stored only encrypted and never shown again. */
  secret: string;
}
