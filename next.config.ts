import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The build checks the app's own code; `npm run typecheck` checks everything, tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  reactStrictMode: true,
  // pg is loaded at run time, not bundled: it has optional native bindings that must stay external.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "1mb" },
  },
};

export default nextConfig;
