import { describe, expect, it } from 'vitest';
import { type AdjustmentForm, buildAdjustmentRequest } from './build-adjustment-request';

const PLAYER = '6F1C1F4E-0000-4000-8000-000000000001';
const form: AdjustmentForm = {
  playerId: PLAYER,
  asset: 'EUR',
  direction: 'CREDIT',
  amount: '12.50',
  reason: 'Goodwill for an outage',
};

describe('buildAdjustmentRequest', () => {
  it.each<[string, Partial<AdjustmentForm>, { amount: string; asset?: string }]>([
    ['a credit', {}, { amount: '1250' }],
    ['a debit is negative', { direction: 'DEBIT' }, { amount: '-1250' }],
    ['thousands separators', { amount: '1,000' }, { amount: '100000' }],
    ['a crypto amount at its own scale', { asset: 'BTC', amount: '0.00000001' }, { amount: '1', asset: 'BTC' }],
  ])('%s', (_label, change, expected) => {
    expect(buildAdjustmentRequest({ ...form, ...change })).toEqual({
      ok: true,
      variables: {
        playerId: PLAYER.toLowerCase(),
        asset: expected.asset ?? 'EUR',
        amount: expected.amount,
        reason: 'Goodwill for an outage',
      },
    });
  });

  it.each<[string, Partial<AdjustmentForm>, string]>([
    ['no player', { playerId: '' }, 'playerId'],
    ['not a player id', { playerId: 'ada@example.test' }, 'playerId'],
    ['no currency', { asset: '' }, 'asset'],
    ['an unknown currency', { asset: 'DOGE' }, 'asset'],
    ['no amount', { amount: '' }, 'amount'],
    ['zero', { amount: '0.00' }, 'amount'],
    ['a signed amount (the direction says which way)', { amount: '-5' }, 'amount'],
    ['too many decimals', { amount: '1.005' }, 'amount'],
    ['a short reason', { reason: ' ok ' }, 'reason'],
    ['a long reason', { reason: 'x'.repeat(501) }, 'reason'],
  ])('refuses %s (%s)', (_label, change, field) => {
    const result = buildAdjustmentRequest({ ...form, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual([field]);
  });
});
