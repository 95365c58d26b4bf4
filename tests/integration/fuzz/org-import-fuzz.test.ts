import { beforeEach, describe, expect, it } from "vitest";
import { fuzzOrgImport } from "../../helpers/fuzz-org-csv";
import { resetDatabase } from "../../helpers/reset-database";
import { fuzzSeed } from "../../helpers/fuzz-seed";

describe("fuzzing the org CSV import", () => {
  beforeEach(resetDatabase);

  it("imports 1,000 arbitrary and mutated files exactly as parsed, or refuses them with a documented 4xx and changes nothing", { timeout: 120_000 }, async () => {
    const figures = await fuzzOrgImport({ numRuns: 1_000, seed: fuzzSeed() });
    for (const status of ["200", "400", "422"]) expect(figures.outcomes[status], status).toBeGreaterThan(0);
  });
});
