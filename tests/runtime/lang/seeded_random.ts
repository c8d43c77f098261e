// A small seeded generator (mulberry32) so that randomised tests are reproducible:
// a failure report names the seed, and TOROTSC_TEST_SEED=<seed> replays it.

const DEFAULT_SEED = 0x5eed_2026;

/** The seed for this run: TOROTSC_TEST_SEED when set, else a fixed default. */
export function testSeed(): number {
  const fromEnvironment = process.env.TOROTSC_TEST_SEED;
  if (fromEnvironment === undefined || fromEnvironment === "") return DEFAULT_SEED;
  const seed = Number(fromEnvironment);
  if (!Number.isInteger(seed)) throw new Error(`TOROTSC_TEST_SEED must be an integer, not ${fromEnvironment}`);
  return seed >>> 0;
}

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniformly distributed integer in 0..2^32-1. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return (mixed ^ (mixed >>> 14)) >>> 0;
  }

  /** A uniformly distributed integer in 0..limit-1 (limit <= 2^32). */
  nextBelow(limit: number): number {
    return Math.floor((this.nextUint32() / 2 ** 32) * limit);
  }

  /** An integer in low..high, both included. */
  nextBetween(low: number, high: number): number {
    return low + this.nextBelow(high - low + 1);
  }

  /** A string of `count` decimal digits, the first not zero. */
  nextDigits(count: number): string {
    let digits = String(1 + this.nextBelow(9));
    for (let index = 1; index < count; index++) digits += String(this.nextBelow(10));
    return digits;
  }
}
