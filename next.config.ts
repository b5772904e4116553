import type { NextConfig } from "next";
import { allowedHosts, allowedOrigins } from "./lib/http/allowed-origins";
import { HSTS_HEADER, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Two runs of the test suite in one checkout build into different folders (playwright.config.ts).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The build checks the app's own code; `npm run typecheck` checks everything, tests and scripts too.
  // An end-to-end run's build has a tsconfig of its own (Next adds its build folder to it).
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH || "tsconfig.build.json" },
  reactStrictMode: true,
  // pg is loaded at run time, not bundled: it has optional native bindings that must stay external.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
    serverActions: {
      bodySizeLimit: "1mb",
      // Pinned, not trusted from X-Forwarded-Host (proxy.ts refuses other origins first).
      allowedOrigins: allowedHosts(allowedOrigins(process.env)),
    },
  },
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      // HSTS only over https; a browser ignores it over http anyway, so the forwarded header
      // cannot be abused to pin anything. proxy.ts adds it to pages when NEXTAUTH_URL is https.
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [{ ...HSTS_HEADER }] },
    ];
  },
};

export default nextConfig;
