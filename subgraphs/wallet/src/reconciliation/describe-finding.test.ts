import { describe, expect, it } from 'vitest';
import type { Finding } from './decide-reconciliation.js';
import { describeFinding } from './describe-finding.js';

describe('describeFinding', () => {
  it.each<[Finding, { observed: bigint | null; expected: bigint | null; accountId: string | null; transferId: string | null }]>([
    [{ kind: 'BALANCE_MISMATCH', accountId: 'a', asset: 'USD', cached: '101', entries: '100' }, { observed: 101n, expected: 100n, accountId: 'a', transferId: null }],
    [{ kind: 'HELD_MISMATCH', accountId: 'a', asset: 'USD', held: '5', pendingHolds: '0' }, { observed: 5n, expected: 0n, accountId: 'a', transferId: null }],
    [{ kind: 'TRANSFER_UNBALANCED', transferId: 't', asset: 'USD', sum: '-3' }, { observed: -3n, expected: 0n, accountId: null, transferId: 't' }],
    [{ kind: 'TRANSFER_TOO_FEW_ENTRIES', transferId: 't', entries: 1 }, { observed: null, expected: null, accountId: null, transferId: 't' }],
    [{ kind: 'ASSET_NOT_ZERO', asset: 'BTC', sum: '7' }, { observed: 7n, expected: 0n, accountId: null, transferId: null }],
    [{ kind: 'NEGATIVE_PLAYER_BALANCE', accountId: 'a', asset: 'USD', balance: '-1' }, { observed: -1n, expected: null, accountId: 'a', transferId: null }],
  ])('%o', (finding, expected) => {
    const view = describeFinding(finding);
    expect(view).toMatchObject({ kind: finding.kind, ...expected });
    expect(view.message.length).toBeGreaterThan(0);
  });
});
