import { describe, expect, it } from 'vitest';
import type { Finding } from './decide-reconciliation.js';
import { describeFinding } from './describe-finding.js';

describe('describeFinding', () => {
  it.each<
    [
      Finding,
      { observed: bigint | null; expected: bigint | null; accountId: string | null; transferId: string | null },
      string,
    ]
  >([
    [
      { kind: 'BALANCE_MISMATCH', accountId: 'a', asset: 'USD', cached: '123456789', entries: '-100000' },
      { observed: 123456789n, expected: -100000n, accountId: 'a', transferId: null },
      'A player account (a) shows a balance of 1,234,567.89 USD, but its transactions add up to -1,000.00 USD.',
    ],
    [
      { kind: 'HELD_MISMATCH', accountId: 'a', asset: 'USD', held: '5', pendingHolds: '0' },
      { observed: 5n, expected: 0n, accountId: 'a', transferId: null },
      'A player account (a) has 0.05 USD on hold, but its pending holds add up to 0.00 USD.',
    ],
    [
      { kind: 'TRANSFER_UNBALANCED', transferId: 't', asset: 'USD', sum: '-3' },
      { observed: -3n, expected: 0n, accountId: null, transferId: 't' },
      'Transaction t does not balance: its USD entries add up to -0.03 USD instead of zero.',
    ],
    [
      { kind: 'TRANSFER_TOO_FEW_ENTRIES', transferId: 't', entries: 1 },
      { observed: null, expected: null, accountId: null, transferId: 't' },
      'Transaction t has 1 entry; every transaction needs at least two.',
    ],
    [
      { kind: 'ASSET_NOT_ZERO', asset: 'BTC', sum: '7' },
      { observed: 7n, expected: 0n, accountId: null, transferId: null },
      'The books do not balance in BTC: all entries add up to 0.00000007 BTC instead of zero.',
    ],
    [
      { kind: 'NEGATIVE_PLAYER_BALANCE', accountId: 'a', asset: 'USD', balance: '-1' },
      { observed: -1n, expected: null, accountId: 'a', transferId: null },
      'A player account (a) is overdrawn: -0.01 USD.',
    ],
    [
      { kind: 'PROVIDER_CLEARING_MISMATCH', asset: 'EUR', ledger: '-1000', provider: '-483', inTransit: 0 },
      { observed: -1000n, expected: -483n, accountId: null, transferId: null },
      'Money in transit with the payment provider does not match its records in EUR: our books hold -10.00 EUR, the provider’s settled payments and payouts say -4.83 EUR. Difference: -5.17 EUR.',
    ],
    [
      { kind: 'PROVIDER_CLEARING_MISMATCH', asset: 'EUR', ledger: '0', provider: '100', inTransit: 2 },
      { observed: 0n, expected: 100n, accountId: null, transferId: null },
      'Money in transit with the payment provider does not match its records in EUR: our books hold 0.00 EUR, the provider’s settled payments and payouts say 1.00 EUR (2 just-settled payments are still on the way and not counted). Difference: -1.00 EUR.',
    ],
  ])('%o', (finding, expected, message) => {
    expect(describeFinding(finding)).toEqual({
      kind: finding.kind,
      asset: null,
      ...expected,
      ...('asset' in finding ? { asset: finding.asset } : {}),
      message,
    });
  });
});
