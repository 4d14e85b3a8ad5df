import { describe, expect, it } from 'vitest';
import { ok, refused, WITHDRAWAL_OUTCOME, type WithdrawalView } from './withdrawal-view.js';

const view: WithdrawalView = {
  id: '6f1c1f4e-0000-4000-8000-000000000001',
  playerId: '6f1c1f4e-0000-4000-8000-000000000002',
  asset: { code: 'BTC', kind: 'CRYPTO', scale: 8, maxAmount: 10n ** 13n },
  amount: 9_223_372_036_854_775_807n,
  status: 'PENDING_APPROVAL',
  approvalsRequired: 2,
  approvedBy: ['a'],
  reason: null,
  createdAt: new Date('2026-12-04T10:11:12.345Z'),
  updatedAt: new Date('2026-12-04T10:11:13.000Z'),
};

describe('the stored withdrawal outcome', () => {
  it.each([
    ['a success', ok(view)],
    ['a refusal with the withdrawal', refused('ALREADY_APPROVED', 'You already approved it.', view)],
    ['a refusal without one', refused('LIMIT_REACHED', 'Limit.')],
  ])('%s reads back exactly, through JSON', (_label, outcome) => {
    const stored = JSON.parse(JSON.stringify(WITHDRAWAL_OUTCOME.write(outcome))) as Record<string, unknown>;
    expect(WITHDRAWAL_OUTCOME.read({ ...stored, replayed: true })).toEqual(outcome);
  });
});
