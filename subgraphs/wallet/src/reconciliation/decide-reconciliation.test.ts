import { describe, expect, it } from 'vitest';
import { decideReconciliation, type Finding } from './decide-reconciliation.js';

describe('decideReconciliation', () => {
  it.each<[string, Finding[], string]>([
    ['nothing found', [], 'BALANCED'],
    [
      'a balance mismatch',
      [{ kind: 'BALANCE_MISMATCH', accountId: 'a', asset: 'USD', cached: '1', entries: '0' }],
      'DISCREPANCY',
    ],
    [
      'an unbalanced transfer',
      [{ kind: 'TRANSFER_UNBALANCED', transferId: 't', asset: 'USD', sum: '1' }],
      'DISCREPANCY',
    ],
  ])('%s → %s', (_label, findings, status) => {
    expect(decideReconciliation(findings)).toBe(status);
  });
});
