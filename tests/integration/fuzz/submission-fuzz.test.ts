import { beforeEach, describe, expect, it } from "vitest";
import { fuzzSubmissions } from "../../helpers/fuzz-submissions";
import { resetDatabase } from "../../helpers/reset-database";
import { fuzzSeed } from "../../helpers/fuzz-seed";

describe("fuzzing POST /api/s/{code}/responses", () => {
  beforeEach(resetDatabase);

  it("answers 1,000 arbitrary and mutated bodies with documented statuses only, stores nothing it refuses, and keeps tallies exact", { timeout: 120_000 }, async () => {
    const figures = await fuzzSubmissions({ numRuns: 1_000, seed: fuzzSeed() });
    // The generator reaches every kind of answer, acceptance included.
    for (const status of ["201", "400", "404", "410", "422"]) expect(figures.outcomes[status], status).toBeGreaterThan(0);
  });
});
