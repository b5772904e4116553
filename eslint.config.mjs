import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/server/generated/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      "tests/.tmp/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Playwright fixtures take a `use` callback that the React hooks rule mistakes for React's use().
  {
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  // Only the data-access layer touches Prisma, the database driver and the Prisma client singleton
  // (`@/lib/server/db/*`): a page, route or action calls a lib/server function instead.
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/generated/*", "@/lib/server/db/*", "@prisma/*", "pg"],
              message: "Only lib/server/ may use Prisma, the database driver or the database client: call a lib/server function.",
            },
          ],
        },
      ],
    },
  },
  // Components render what they are given: from lib/server they may import types only (DTOs), never
  // a runtime value — that would pull server code (the session, Prisma) into a client bundle.
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*"],
              allowTypeImports: true,
              message: "Components may import only types from lib/server; move the logic to lib/ (pure) or pass the value in as a prop.",
            },
          ],
        },
      ],
    },
  },
  // Domain logic in lib/ stays free of React and Next.js.
  {
    files: ["lib/**"],
    ignores: ["lib/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "next", "next/*", "next-auth", "next-auth/*"], message: "lib/ holds domain logic: no React or Next.js here." },
            { group: ["@/lib/server/*", "@prisma/*", "pg"], message: "Pure lib/ modules must not reach the data-access layer." },
          ],
        },
      ],
    },
  },
];

export default config;
