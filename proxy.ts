import { NextResponse, type NextRequest } from "next/server";

// Only a convenience: sends visitors without a session cookie to the sign-in page with a way back.
// Every page, action and API route still checks the session and the policy itself.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

// Public files (favicon, app icons, manifest) are served to anyone: the sign-in page shows them too.
export const config = {
  matcher: ["/((?!sign-in|api/|_next/|bench/|favicon.ico|icon.svg|icon-192.png|icon-512.png|apple-touch-icon.png|manifest.webmanifest).*)"],
};
