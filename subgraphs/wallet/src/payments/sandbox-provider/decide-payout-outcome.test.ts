import { describe, expect, it } from 'vitest';
import { decidePayoutOutcome } from './decide-payout-outcome.js';

describe('decidePayoutOutcome', () => {
  it.each([
    [5013n, 'failed'],
    [13n, 'failed'],
    [5000n, 'succeeded'],
    [1n, 'succeeded'],
    [113_00n, 'succeeded'],
  ])('%s → %s', (amount, outcome) => {
    expect(decidePayoutOutcome(amount)).toBe(outcome);
  });
});
