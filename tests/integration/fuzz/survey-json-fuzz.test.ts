import { beforeEach, describe, expect, it } from "vitest";
import { fuzzSurveyImport } from "../../helpers/fuzz-survey-json";
import { resetDatabase } from "../../helpers/reset-database";
import { fuzzSeed } from "../../helpers/fuzz-seed";

describe("fuzzing the survey JSON import (POST /api/surveys, PUT /api/surveys/{id})", () => {
  beforeEach(resetDatabase);

  it("answers 1,000 generated, mutated and damaged definitions with documented statuses only, changes nothing it refuses, and stores what it accepts sanitised and stable", { timeout: 120_000 }, async () => {
    const figures = await fuzzSurveyImport({ numRuns: 1_000, seed: fuzzSeed() });
    // The generator reaches acceptance on both routes and every kind of refusal.
    for (const status of ["200", "201", "400", "413", "422"]) expect(figures.outcomes[status], status).toBeGreaterThan(0);
  });
});
