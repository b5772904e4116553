import { NextResponse, type NextRequest } from "next/server";
import { allowedOrigins, checkOrigin } from "@/lib/http/allowed-origins";
import { refuseUndecodableActionBody } from "@/lib/http/action-body";
import { contentSecurityPolicy, HSTS_HEADER } from "@/lib/http/security-headers";

// Runs before every page, server action and API request (see `config.matcher`):
// 1. refuses state-changing requests from other origins (403), over the size limit (413) or with
//    a body a server action cannot decode (400), before Next's action handler answers them 500;
// 2. sends visitors without a session cookie to the sign-in page with a way back (a convenience
//    only: every page, action and API route still checks the session and the policy itself);
// 3. gives each page a Content-Security-Policy with a fresh nonce.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// Paths a visitor without a session may open; public files (favicon, app icons, manifest) too: the
// sign-in page shows them.
const PUBLIC_PATHS = /^\/(sign-in|api\/|bench\/|favicon\.ico$|icon\.svg$|icon-192\.png$|icon-512\.png$|apple-touch-icon\.png$|manifest\.webmanifest$)/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// The server actions' body limit, as in next.config.ts (experimental.serverActions.bodySizeLimit).
const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  // The token-authenticated JSON API is for machines: no cookies, no origin, no pages.
  if (path.startsWith("/api/v1/")) return NextResponse.next();

  if (!SAFE_METHODS.has(request.method)) {
    const refusal = await refuseUnsafeRequest(request, path);
    if (refusal) return refusal;
  }

  if (!PUBLIC_PATHS.test(path) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  if (path.startsWith("/api/")) return NextResponse.next();
  return withContentSecurityPolicy(request);
}

async function refuseUnsafeRequest(request: NextRequest, path: string): Promise<Response | null> {
  const verdict = checkOrigin(request.headers.get("origin"), allowedOrigins(process.env));
  if (verdict === "refused") {
    return plainRefusal(403, "This request came from another site, so it was refused. Open the registry at its own address and try again.");
  }
  // Everything below concerns server actions, which post to page paths.
  if (path.startsWith("/api/")) return null;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_LIMIT_BYTES) return plainRefusal(413, "The form sent more than 1 MB, which is the limit.");
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return plainRefusal(413, "The form sent more than 1 MB, which is the limit.");
  const undecodable = await refuseUndecodableActionBody(request.headers, body);
  return undecodable ? plainRefusal(400, undecodable) : null;
}

function plainRefusal(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function withContentSecurityPolicy(request: NextRequest): NextResponse {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const https =
    request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:" || /^https:/i.test(process.env.NEXTAUTH_URL ?? "");
  const oidcIssuer = process.env.OIDC_ISSUER ? new URL(process.env.OIDC_ISSUER).origin : null;
  const policy = contentSecurityPolicy(nonce, { https, development: process.env.NODE_ENV === "development", formTargets: oidcIssuer ? [oidcIssuer] : [] });

  // Next reads the nonce from the request's copy of the policy and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set(HSTS_HEADER.key, HSTS_HEADER.value);
  return response;
}

export const config = {
  // Everything but Next's static files: those carry the static headers from next.config.ts.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
