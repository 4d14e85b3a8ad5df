import { describe, expect, it } from 'vitest';
import { ADJUSTMENT_OUTCOME, type AdjustmentView, ok, refused } from './adjustment-view.js';

const view: AdjustmentView = {
  id: '6f1c1f4e-0000-4000-8000-000000000001',
  playerId: '6f1c1f4e-0000-4000-8000-000000000002',
  asset: { code: 'EUR', kind: 'FIAT', scale: 2, maxAmount: 10n ** 12n },
  amount: -1_500n,
  reason: 'Chargeback',
  status: 'PENDING',
  requestedBy: '6f1c1f4e-0000-4000-8000-000000000003',
  decidedBy: null,
  decisionReason: null,
  transferId: null,
  decidedAt: null,
  createdAt: new Date('2026-12-04T10:11:12.345Z'),
};

describe('the stored adjustment outcome', () => {
  it.each([
    ['a pending one', ok(view)],
    [
      'an approved one',
      ok({
        ...view,
        status: 'APPROVED',
        decidedBy: 'x',
        transferId: view.id,
        decidedAt: new Date('2026-12-05T00:00:00.000Z'),
      }),
    ],
    ['a refusal', refused('SAME_OPERATOR', 'Four eyes.', view)],
  ])('%s reads back exactly, through JSON', (_label, outcome) => {
    const stored = JSON.parse(JSON.stringify(ADJUSTMENT_OUTCOME.write(outcome))) as Record<string, unknown>;
    expect(ADJUSTMENT_OUTCOME.read({ ...stored, replayed: true })).toEqual(outcome);
  });
});
