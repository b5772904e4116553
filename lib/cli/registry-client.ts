import { lookupResponseSchema, type LookupResponse } from "@/lib/api/lookup-response";

/** Authentication, network or protocol failures: the CLI exits 2 on these, never 0 or 1. */
export class RegistryError extends Error {}

export interface RegistryConfig {
  baseUrl: string;
  token: string;
  /** Per request; a registry that does not answer in time is a network error. */
  timeoutMs?: number;
}

export const DEFAULT_REGISTRY_URL = "http://localhost:3000";

export function registryConfigFromEnv(env: Readonly<Record<string, string | undefined>>): RegistryConfig | { error: string } {
  const token = env.CHECKPOINT_REGISTRY_TOKEN?.trim();
  if (!token) return { error: "Set CHECKPOINT_REGISTRY_TOKEN to an API token (Settings → API tokens in the registry, or npm run token:create)." };
  const raw = env.CHECKPOINT_REGISTRY_URL?.trim() || DEFAULT_REGISTRY_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: `CHECKPOINT_REGISTRY_URL is not a URL: ${raw}` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { error: `CHECKPOINT_REGISTRY_URL must be http(s): ${raw}` };
  return { baseUrl: url.href.replace(/\/+$/, ""), token };
}

/**
 * GET /api/v1/lookup for one hash: the registry's answer, or null when no catalogued version has
 * the file (404 NOT_FOUND). Any other failure throws RegistryError with a message for people.
 * The use is not sent: the answer then lists the approvals of every use (for the team), which the
 * caller filters, and can say what else the file is approved for.
 */
export async function lookupSha256(config: RegistryConfig, sha256: string, question: { team: string | null }): Promise<LookupResponse | null> {
  const params = new URLSearchParams({ sha256 });
  if (question.team) params.set("team", question.team);
  const url = `${config.baseUrl}/api/v1/lookup?${params}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${config.token}`, Accept: "application/json" },
      signal: AbortSignal.timeout(config.timeoutMs ?? 30_000),
    });
  } catch (error) {
    const cause = describeFetchFailure(error);
    throw new RegistryError(`Cannot reach the registry at ${config.baseUrl} (${cause}).`);
  }
  const body: unknown = await response.json().catch(() => null);
  const apiMessage = errorMessage(body);
  if (response.status === 404 && errorCode(body) === "NOT_FOUND") return null;
  if (response.status === 401) throw new RegistryError(`The registry refused the token: ${apiMessage ?? "unauthenticated"}`);
  if (response.status === 403) throw new RegistryError(`The registry refused the question: ${apiMessage ?? "forbidden"}`);
  if (response.status === 400 && errorCode(body) === "INVALID_REQUEST")
    throw new RegistryError(`The registry refused the question: ${invalidDetails(body) ?? apiMessage}`);
  if (!response.ok)
    throw new RegistryError(`The registry answered ${response.status}${apiMessage ? `: ${apiMessage}` : ""} (${url.replace(/sha256=[0-9a-f]+/, "sha256=…")}).`);
  const parsed = lookupResponseSchema.safeParse(body);
  if (!parsed.success) throw new RegistryError(`The registry's answer is not a lookup result (is ${config.baseUrl} a Checkpoint Registry?).`);
  return parsed.data;
}

function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: unknown } } | null)?.error?.code as string | undefined;
}

function invalidDetails(body: unknown): string | undefined {
  const details = (body as { error?: { details?: unknown } } | null)?.error?.details;
  if (!details || typeof details !== "object") return undefined;
  return (
    Object.values(details)
      .filter((value): value is string => typeof value === "string")
      .join(" ") || undefined
  );
}

function errorMessage(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : undefined;
}

function describeFetchFailure(error: unknown): string {
  if ((error as Error).name === "TimeoutError") return "no answer in time";
  const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message;
}
