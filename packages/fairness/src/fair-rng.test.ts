import { describe, expect, it } from 'vitest';
import { FairRng, fairBytes } from './fair-rng.js';
import { InvalidClientSeedError } from './seeds.js';

// Known-answer vectors. The bytes come from OpenSSL, not from this code:
//   S=811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51
//   printf 'player-seed:0:0' | openssl dgst -sha256 -hmac "$S"
// and the derived floats/integers from a separate Python computation over those bytes.
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const CLIENT_SEED = 'player-seed';

describe('fairBytes', () => {
  it.each([
    [0, 0, '8e9eff932c4a8eae3f2f83cadd894e52cb651d48ddbf3e805d5276d09151c3ca'],
    [0, 1, 'd4d205ea7a35919261a88d071869316490b40579445cc28420f262b77af0d9a2'],
    [1, 0, 'd254d3f44a1a89113aaef3c7a5c34b551923d37ccf3d6c4f3fa9a907b1597534'],
    [42, 0, '339bc7f0ccbdf324676e95713028ef34c316449828308a0919b42da60b6c6d33'],
    [42, 1, 'e12cfd2bd49b845caced97f0d211c8204da54ac80d456cc9380f5c1148d2cb6d'],
  ])('nonce %i round %i is HMAC_SHA256(hex seed string, "client:nonce:round")', (nonce, round, hex) => {
    expect(fairBytes(SERVER_SEED, CLIENT_SEED, nonce, round).toString('hex')).toBe(hex);
  });
});

describe('FairRng', () => {
  it('reads 4-byte big-endian integers across the round boundary (8 per round)', () => {
    const rng = new FairRng(SERVER_SEED, CLIENT_SEED, 0);
    const values = Array.from({ length: 10 }, () => rng.nextUint32());
    expect(values).toEqual([
      2392784787, 743083694, 1060078538, 3716763218, 3412401480, 3720298112, 1565685456, 2438054858, 3570533866,
      2050331026,
    ]);
    expect(rng.bytesConsumed).toBe(40);
  });

  it('converts 4 bytes to a float as Σ byte_i / 256^(i+1)', () => {
    const rng = new FairRng(SERVER_SEED, CLIENT_SEED, 0);
    const floats = Array.from({ length: 10 }, () => rng.nextFloat());
    expect(floats).toEqual([
      0.5571136220823973, 0.1730126547627151, 0.2468187683261931, 0.8653763723559678, 0.7945116329938173,
      0.866199404001236, 0.3645395524799824, 0.5676538818515837, 0.8313296982087195, 0.4773798924870789,
    ]);
    // The first float by the definition, byte by byte: 8e 9e ff 93.
    expect(floats[0]).toBe(0x8e / 256 + 0x9e / 256 ** 2 + 0xff / 256 ** 3 + 0x93 / 256 ** 4);
  });

  it.each([
    [37, [4, 3, 11, 35, 1, 23, 5, 20, 11, 2]],
    [10_000, [4787, 3694, 8538, 3218, 1480, 8112, 5456, 4858, 3866, 1026]],
  ])('nextInt(%i) gives the known integers', (n, expected) => {
    const rng = new FairRng(SERVER_SEED, CLIENT_SEED, 0);
    expect(Array.from({ length: expected.length }, () => rng.nextInt(n))).toEqual(expected);
  });

  it('rejects a 4-byte value at or above the largest multiple of n and draws again', () => {
    // n = 2^31 + 1: limit = 2^31 + 1, so the first value 2392784787 (≥ limit) is discarded.
    const rng = new FairRng(SERVER_SEED, CLIENT_SEED, 0);
    expect(rng.nextInt(2 ** 31 + 1)).toBe(743083694);
    expect(rng.bytesConsumed).toBe(8);
    expect([rng.nextInt(2 ** 31 + 1), rng.nextInt(2 ** 31 + 1)]).toEqual([1060078538, 1565685456]);
    expect(rng.bytesConsumed).toBe(28);
  });

  it('retries for a non-power-of-two n at the predicted rate, never for a power of two', () => {
    const draws = 20_000;
    const bytesFor = (n: number) => {
      const rng = new FairRng(SERVER_SEED, CLIENT_SEED, 7);
      for (let i = 0; i < draws; i++) rng.nextInt(n);
      return rng.bytesConsumed;
    };
    expect(bytesFor(2 ** 31)).toBe(4 * draws);
    // n = 3·2^30: 2^32 mod n = 2^30, a quarter of the values are rejected: 4/(3/4) ≈ 5.33 bytes per draw.
    const perDraw = bytesFor(3 * 2 ** 30) / draws;
    expect(perDraw).toBeGreaterThan(5.2);
    expect(perDraw).toBeLessThan(5.47);
  });

  it('draws distinct values with a partial Fisher–Yates shuffle', () => {
    expect(new FairRng(SERVER_SEED, CLIENT_SEED, 0).pickDistinct(25, 5)).toEqual([12, 15, 7, 17, 16]);
    expect(new FairRng(SERVER_SEED, CLIENT_SEED, 42).pickDistinct(25, 24)).toEqual([
      5, 13, 9, 19, 2, 10, 18, 0, 12, 21, 15, 23, 20, 14, 6, 24, 16, 17, 4, 11, 3, 8, 22, 1,
    ]);
    expect(new FairRng(SERVER_SEED, CLIENT_SEED, 42).shuffle(10)).toEqual([0, 7, 3, 5, 6, 2, 8, 1, 9, 4]);
  });

  it('spreads nextInt(10) uniformly (chi-square over 200,000 draws below the 0.999 critical value)', () => {
    const buckets = 10;
    const draws = 200_000;
    const counts = new Array<number>(buckets).fill(0);
    const rng = new FairRng(SERVER_SEED, 'chi-square', 1);
    for (let i = 0; i < draws; i++) counts[rng.nextInt(buckets)]! += 1;
    const expected = draws / buckets;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // χ² with 9 degrees of freedom: P(X > 27.877) = 0.001.
    expect(chiSquare).toBeLessThan(27.877);
  });

  it('spreads the positions picked by pickDistinct uniformly', () => {
    const counts = new Array<number>(25).fill(0);
    const rounds = 20_000;
    for (let nonce = 0; nonce < rounds; nonce++) {
      for (const p of new FairRng(SERVER_SEED, 'mines', nonce).pickDistinct(25, 3)) counts[p]! += 1;
    }
    const expected = (rounds * 3) / 25;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // χ² with 24 degrees of freedom: P(X > 51.179) = 0.001.
    expect(chiSquare).toBeLessThan(51.179);
  });

  it.each([
    ['an upper-case server seed', () => new FairRng(SERVER_SEED.toUpperCase(), CLIENT_SEED, 0), RangeError],
    ['a short server seed', () => new FairRng('abc', CLIENT_SEED, 0), RangeError],
    ['a negative nonce', () => new FairRng(SERVER_SEED, CLIENT_SEED, -1), RangeError],
    ['a fractional nonce', () => new FairRng(SERVER_SEED, CLIENT_SEED, 1.5), RangeError],
    ['a client seed with a colon', () => new FairRng(SERVER_SEED, 'a:b', 0), InvalidClientSeedError],
    ['nextInt(0)', () => new FairRng(SERVER_SEED, CLIENT_SEED, 0).nextInt(0), RangeError],
    ['nextInt(2^32 + 1)', () => new FairRng(SERVER_SEED, CLIENT_SEED, 0).nextInt(2 ** 32 + 1), RangeError],
    ['pickDistinct with k > n', () => new FairRng(SERVER_SEED, CLIENT_SEED, 0).pickDistinct(3, 4), RangeError],
  ])('refuses %s', (_label, run, errorClass) => {
    expect(run).toThrow(errorClass);
  });
});
