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
  // Only the data-access layer touches Prisma and the database driver.
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/lib/server/generated/*", "@prisma/*", "pg"], message: "Only lib/server/ may use Prisma or the database driver." }],
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
