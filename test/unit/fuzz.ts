/**
 * Run counts for the property and differential tests. `npm test` runs each
 * with its base count and fixed seed (a short, repeatable version);
 * `npm run fuzz` sets TRANSCRIPT_FUZZ_FACTOR (default 25 there) and a fresh
 * seed per run, printed by fast-check when a property fails.
 */

/** How many times the base count `npm run fuzz` asked for (1 in `npm test`). */
export function fuzzFactor(): number {
  const factor = Number(process.env.TRANSCRIPT_FUZZ_FACTOR ?? '1');
  return Number.isFinite(factor) && factor >= 1 ? Math.floor(factor) : 1;
}

/** fast-check parameters: `base` runs with `seed` in `npm test`, `base × factor` runs with a random seed in `npm run fuzz`. */
export function fuzzRuns(base: number, seed: number): { numRuns: number; seed?: number } {
  const factor = fuzzFactor();
  return factor === 1 ? { numRuns: base, seed } : { numRuns: base * factor };
}
