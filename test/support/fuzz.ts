/**
 * fast-check's settings for a property: CI's number of cases and fixed seed, unless FC_RUNS or FC_SEED say
 * otherwise (`npm run test:fuzz`). `FC_SEED=random` takes a new seed each run; fast-check prints the seed of a
 * failure, for FC_SEED=<seed> to replay it.
 */
export function fuzzSettings(runs: number, seed: number): { numRuns: number; seed: number } {
  const chosen = process.env.FC_SEED;
  return {
    numRuns: Number(process.env.FC_RUNS ?? runs),
    seed: chosen === undefined ? seed : chosen === 'random' ? Date.now() % 2 ** 31 : Number(chosen),
  };
}
