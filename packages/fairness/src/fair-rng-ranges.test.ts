import { describe, expect, it } from 'vitest';
import { FairRng, fairBytes, hashServerSeed, isClientSeed, isServerSeed } from './index.js';

// Known answers from outside this code: bytes from OpenSSL
//   printf 'player-seed:0:1000' | openssl dgst -sha256 -hmac "$S"
// (the first two rows are also fair-rng.test.ts's vectors), integers from a separate Python
// implementation of the rule in docs/provably-fair.md §2 extended to k words.
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const CLIENT_SEED = 'player-seed';

describe('fairBytes', () => {
  it.each([
    ['player-seed', 0, 0, '8e9eff932c4a8eae3f2f83cadd894e52cb651d48ddbf3e805d5276d09151c3ca'],
    ['player-seed', 0, 1, 'd4d205ea7a35919261a88d071869316490b40579445cc28420f262b77af0d9a2'],
    ['player-seed', 0, 1000, '5c22bd59b1b67cf648f5709e542ef36837d27e118f6c35c759cdea95b07b7245'],
    ['player-seed', 7, 1003, '6fb2ebc1e4dff4df54b6f4cf579d22a3108643f9cd5bba8738d9bcff7a28eb00'],
    ['jp-1/MINI/1', 0, 0, 'accab8dff63f804ad7ae011778fc9cee54bbdb8da5babf86a078adfdca60e961'],
  ])('%s nonce %i round %i is HMAC_SHA256(hex seed string, "client:nonce:round")', (clientSeed, nonce, round, hex) => {
    expect(fairBytes(SERVER_SEED, clientSeed, nonce, round).toString('hex')).toBe(hex);
  });

  it('commits to a seed with SHA-256 of its hex string (printf %s $S | sha256sum)', () => {
    expect(hashServerSeed(SERVER_SEED)).toBe('92caa6bd150d48346838fe84a83df523ffbea989ca8b29aa019bddf05e875958');
  });
});

describe('FairRng', () => {
  it('reads big-endian words and crosses into the next round after 8', () => {
    const stream = new FairRng(SERVER_SEED, CLIENT_SEED, 0);
    const words = Array.from({ length: 9 }, () => stream.nextUint32());
    expect(words.slice(0, 4)).toEqual([0x8e9eff93, 0x2c4a8eae, 0x3f2f83ca, 0xdd894e52]);
    expect(words[8]).toBe(0xd4d205ea);
    expect(stream.bytesConsumed).toBe(36);
  });

  it('starts at the round it is given', () => {
    expect(new FairRng(SERVER_SEED, CLIENT_SEED, 0, 1000).nextUint32()).toBe(0x5c22bd59);
    expect(new FairRng(SERVER_SEED, CLIENT_SEED, 0, 1000).nextFloat()).toBe(0x5c22bd59 / 2 ** 32);
  });

  it.each([
    // n, three draws in a row, bytes read (a rejected draw costs its k words and is drawn again)
    ['2^31 + 1 (first word rejected)', 2n ** 31n + 1n, [743083694n, 1060078538n, 1565685456n], 28],
    ['10,000', 10_000n, [4787n, 3694n, 8538n], 12],
    ['2^32 (one word, never rejected)', 2n ** 32n, [2392784787n, 743083694n, 1060078538n], 12],
    ['2^32 + 1 (two words)', 2n ** 32n + 1n, [2645266204n, 2656684680n, 307896632n], 24],
    ['2^40 + 12,345', 2n ** 40n + 12_345n, [516716845031n, 820180363815n, 148402883339n], 24],
    ['2^63 − 1', 2n ** 63n - 1n, [1053560370419633839n, 4553002655618256466n, 5432780724287520385n], 24],
    [
      '3·2^62 (third draw rejected once)',
      3n * 2n ** 62n,
      [10276932407274409646n, 4553002655618256466n, 6724567831780901834n],
      32,
    ],
    ['2^64 (two words exactly)', 2n ** 64n, [10276932407274409646n, 4553002655618256466n, 14656152761142296192n], 24],
    [
      '2^64 + 1 (three words)',
      2n ** 64n + 1n,
      [3191520162588165175n, 14656152757425532974n, 10471365882968772378n],
      36,
    ],
  ])('nextBelow(%s) gives the known integers', (_label, n, expected, bytes) => {
    const stream = new FairRng(SERVER_SEED, CLIENT_SEED, 0);
    expect([stream.nextBelow(n), stream.nextBelow(n), stream.nextBelow(n)]).toEqual(expected);
    expect(stream.bytesConsumed).toBe(bytes);
  });

  it('draws 0 for a range of one without bias or error', () => {
    const stream = new FairRng(SERVER_SEED, CLIENT_SEED, 0);
    expect([stream.nextBelow(1n), stream.nextBelow(1n)]).toEqual([0n, 0n]);
  });

  it.each([
    ['an upper-case seed', SERVER_SEED.toUpperCase(), CLIENT_SEED, 0],
    ['a short seed', SERVER_SEED.slice(1), CLIENT_SEED, 0],
    ['a client seed with ":"', SERVER_SEED, 'a:1', 0],
    ['a client seed with a space', SERVER_SEED, 'a 1', 0],
    ['an empty client seed', SERVER_SEED, '', 0],
    ['a negative nonce', SERVER_SEED, CLIENT_SEED, -1],
    ['a fractional nonce', SERVER_SEED, CLIENT_SEED, 1.5],
  ])('refuses %s', (_label, serverSeed, clientSeed, nonce) => {
    expect(() => new FairRng(serverSeed, clientSeed, nonce)).toThrow(RangeError);
  });

  it('refuses an empty range', () => {
    expect(() => new FairRng(SERVER_SEED, CLIENT_SEED, 0).nextBelow(0n)).toThrow(RangeError);
  });

  it.each([
    [SERVER_SEED, true],
    ['0'.repeat(64), true],
    ['g'.repeat(64), false],
    ['', false],
  ])('isServerSeed(%s) is %s', (seed, expected) => {
    expect(isServerSeed(seed)).toBe(expected);
  });

  it.each([
    ['jackpot-1/MINI/3', true],
    ['~!#', true],
    ['a:b', false],
    ['é', false],
  ])('isClientSeed(%s) is %s', (seed, expected) => {
    expect(isClientSeed(seed)).toBe(expected);
  });
});
