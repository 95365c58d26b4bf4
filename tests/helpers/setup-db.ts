import { afterAll, inject } from "vitest";
import { closeDatabase } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";

// Point the process-wide database at this suite's test database before any test opens it.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = inject("databasePoolSize");
resetEnvCache();

afterAll(async () => {
  await closeDatabase();
});
