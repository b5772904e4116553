/**
 * Response headers every page carries. The Content-Security-Policy has a fresh nonce per request:
 * Next's hydration needs inline scripts, and the nonce is what lets exactly those run (Next reads
 * it from the request's copy of the policy and puts it on every script it renders).
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean; formTargets?: readonly string[] }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce'd ones load (Next's chunks) may run too. WebAssembly
    // compiles for the in-browser SHA-256 (hash-wasm); React's dev build needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${options.development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (lineage graph layout) and the no-JavaScript fallback's <style>.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${(options.formTargets ?? []).map((target) => ` ${target}`).join("")}`,
    // Nobody may frame any page: clickjacking of the admin and sign-off screens.
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers that do not depend on the request (set on every response in next.config.ts). */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Only ever sent over https (a browser ignores it over http, and it must not pin a dev host). */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" } as const;
