import { describe, expect, it } from 'vitest';
import { type DropValueClaim, verifyDropValue } from './verify-drop-value.js';

const claim: DropValueClaim = {
  serverSeed: '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51',
  commitment: '92caa6bd150d48346838fe84a83df523ffbea989ca8b29aa019bddf05e875958',
  jackpotId: 'jp-1',
  tierCode: 'MINI',
  seedingNumber: 1,
  minDropValue: 5_000n,
  maxDropValue: 10_000n,
  dropValue: 7_074n,
};
// The redraw with a substituted seed, from the same Python implementation as draw-drop-value.test.ts.
const otherSeed = '0'.repeat(63) + '1';

describe('verifyDropValue', () => {
  it.each<[string, Partial<DropValueClaim>, boolean, string[], bigint | null]>([
    ['an honest seeding', {}, true, [], 7_074n],
    ['an upper-case commitment', { commitment: claim.commitment.toUpperCase() }, true, [], 7_074n],
    [
      'a tampered seed',
      { serverSeed: otherSeed },
      false,
      ['SEED_DOES_NOT_MATCH_COMMITMENT', 'DROP_VALUE_DIFFERS'],
      9_179n,
    ],
    ['a moved drop value', { dropValue: 7_075n }, false, ['DROP_VALUE_DIFFERS'], 7_074n],
    ['another seeding claimed', { seedingNumber: 2 }, false, ['DROP_VALUE_DIFFERS'], 8_283n],
    [
      'a commitment to another seed',
      { commitment: 'ab'.repeat(32) },
      false,
      ['SEED_DOES_NOT_MATCH_COMMITMENT'],
      7_074n,
    ],
    ['a malformed seed', { serverSeed: 'xyz' }, false, ['MALFORMED_SERVER_SEED'], null],
  ])('%s', (_label, patch, valid, problems, recomputed) => {
    expect(verifyDropValue({ ...claim, ...patch })).toEqual({ valid, problems, recomputedDropValue: recomputed });
  });
});
