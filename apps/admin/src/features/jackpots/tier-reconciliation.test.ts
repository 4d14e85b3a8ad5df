import { describe, expect, it } from 'vitest';
import { tierReconciliation } from './tier-reconciliation';

describe('tierReconciliation', () => {
  it.each([
    [
      { pool: '1000', ledgerBalance: '1000', reconciled: true },
      { tone: 'green', text: 'matches ledger' },
    ],
    [
      { pool: '1000', ledgerBalance: '1010', reconciled: false },
      { tone: 'red', text: 'differs: read model 10.00 EUR vs ledger 10.10 EUR' },
    ],
    [
      { pool: '1000', ledgerBalance: null, reconciled: null },
      { tone: 'slate', text: 'not checked' },
    ],
  ])('%j → %j', (tier, expected) => expect(tierReconciliation(tier, 2, 'EUR')).toEqual(expected));
});
