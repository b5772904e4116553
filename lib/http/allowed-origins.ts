/**
 * The origins a browser may send a state-changing request from: the app's public URL
 * (NEXTAUTH_URL) and any listed in ALLOWED_ORIGINS (comma-separated, e.g. a second public name).
 * Pinned from configuration, never derived from the request: a client chooses its own Host and
 * X-Forwarded-Host headers, so comparing Origin with them proves nothing.
 */
export function allowedOrigins(env: { NEXTAUTH_URL?: string; ALLOWED_ORIGINS?: string; PORT?: string }): string[] {
  const listed = [env.NEXTAUTH_URL || `http://localhost:${env.PORT || "3000"}`, ...(env.ALLOWED_ORIGINS ?? "").split(",")];
  const origins = new Set<string>();
  for (const entry of listed) {
    const origin = originOf(entry.trim());
    if (origin) origins.add(origin);
  }
  return [...origins];
}

/** `scheme://host[:port]` of a URL, lower-cased, or null for anything that is not an http(s) URL. */
export function originOf(value: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin.toLowerCase() : null;
  } catch {
    return null;
  }
}

export type OriginVerdict = "allowed" | "absent" | "refused";

/**
 * Whether a state-changing request's Origin header is one of `allowed`. No header at all is
 * "absent": browsers send Origin with every POST, so only non-browser clients omit it, and those
 * cannot carry a victim's cookies. `null` (sandboxed frames, some redirects) is refused.
 */
export function checkOrigin(origin: string | null, allowed: readonly string[]): OriginVerdict {
  if (origin === null) return "absent";
  const normalised = originOf(origin);
  return normalised && allowed.includes(normalised) ? "allowed" : "refused";
}

/** Hosts (`host[:port]`) of the allowed origins, the form Next's serverActions.allowedOrigins takes. */
export function allowedHosts(origins: readonly string[]): string[] {
  return origins.map((origin) => new URL(origin).host);
}
