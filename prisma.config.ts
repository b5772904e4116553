import { defineConfig } from "prisma/config";

// The Prisma CLI is used here for `prisma generate` only; migrations are applied by
// lib/server/db/migrate.ts (see README). `prisma migrate deploy` still works with this layout
// wherever Prisma's engines can be downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
