/**
 * A seeded pseudo-random generator for property tests (splitmix64), so a failing case reproduces from
 * its seed. Test support only: nothing in the domain draws from it (outcomes come from fair-stream.ts).
 */
const MASK_64 = (1n << 64n) - 1n;

export interface TestRandom {
  /** A uniform 64-bit value. */
  next64(): bigint;
  /** A bigint in [0, n), n ≥ 1 (modulo of 128 bits: bias below 2⁻⁶⁴ for the sizes tests use). */
  below(n: bigint): bigint;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** 64 lowercase hex characters: a well-formed server seed. */
  serverSeed(): string;
}

export function testRandom(seed: number | bigint): TestRandom {
  let state = BigInt(seed) & MASK_64;
  const next64 = (): bigint => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK_64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
    return z ^ (z >> 31n);
  };
  const below = (n: bigint): bigint => ((next64() << 64n) | next64()) % n;
  return {
    next64,
    below,
    int: (min, max) => min + Number(below(BigInt(max - min + 1))),
    serverSeed: () => Array.from({ length: 4 }, () => next64().toString(16).padStart(16, '0')).join(''),
  };
}
