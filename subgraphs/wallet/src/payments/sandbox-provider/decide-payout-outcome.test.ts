import { describe, expect, it } from 'vitest';
import { decidePayoutOutcome } from './decide-payout-outcome.js';

describe('decidePayoutOutcome', () => {
  it.each([
    [5013n, { succeeded: false, webhook: 'sent' }],
    [13n, { succeeded: false, webhook: 'sent' }],
    [5017n, { succeeded: true, webhook: 'lost' }],
    [17n, { succeeded: true, webhook: 'lost' }],
    [5000n, { succeeded: true, webhook: 'sent' }],
    [1n, { succeeded: true, webhook: 'sent' }],
    [113_00n, { succeeded: true, webhook: 'sent' }],
    [1_700n, { succeeded: true, webhook: 'sent' }],
  ])('%s → %j', (amount, outcome) => {
    expect(decidePayoutOutcome(amount)).toEqual(outcome);
  });
});
