// Derives the PostgreSQL schema from the one source schema and generates both Prisma clients.
// Runs on `npm install` (postinstall) and before `next build`.
import { execFileSync } from "node:child_process";
import { writePostgresSchema } from "../lib/db/schema-files";

writePostgresSchema();
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--no-hints", `--schema=${schema}`], {
    stdio: ["ignore", "ignore", "inherit"],
    // The CLI would otherwise try to download a native schema engine that generate never uses.
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("Prisma clients generated (SQLite, PostgreSQL).");
