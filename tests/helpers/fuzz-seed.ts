/**
 * The seed of the fuzz tests in the suite: fixed, so CI is deterministic and a red run is
 * reproducible, not a coin toss. Exploring new cases is `npm run bench -- fuzz` (random seeds,
 * many more cases); `WENCE_FUZZ_SEED=<n>` replays a seed a bench run reported, `random` explores here.
 */
export function fuzzSeed(): number | undefined {
  const value = process.env.WENCE_FUZZ_SEED;
  if (value === "random") return undefined;
  return value !== undefined && value !== "" ? Number(value) : 20261206;
}
