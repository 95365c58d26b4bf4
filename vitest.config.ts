import path from "node:path";
import { defineConfig } from "vitest/config";

// Database suites run the same files against SQLite and PostgreSQL; files run one at a time
// because each database suite shares one database that tests reset between them.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    fileParallelism: false,
    setupFiles: ["tests/helpers/setup-console.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup-sqlite.ts"],
          setupFiles: ["tests/helpers/setup-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup-postgres.ts"],
          setupFiles: ["tests/helpers/setup-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup-e2e.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
