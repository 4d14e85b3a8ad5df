import { describe, expect, it } from 'vitest';
import { assertBalanced, type Leg, planBet, planBetWin, planGrant, planWin } from './plan-transfer.js';

const P = '6f1c1f4e-0000-4000-8000-000000000001';
const leg = (asset: string, amount: bigint): Leg => ({ asset, type: 'HOUSE', holder: '', amount });
const sum = (legs: Leg[]) => legs.reduce((total, l) => total + l.amount, 0n);

describe('assertBalanced', () => {
  it.each([
    ['two legs summing to zero', [leg('USD', -5n), leg('USD', 5n)], null],
    ['three legs', [leg('USD', -5n), leg('USD', 4n), leg('USD', 1n)], null],
    ['two assets each balanced', [leg('USD', -5n), leg('USD', 5n), leg('BTC', 1n), leg('BTC', -1n)], null],
    ['one leg', [leg('USD', 0n)], 'UNBALANCED'],
    ['not summing to zero', [leg('USD', -5n), leg('USD', 4n)], 'UNBALANCED'],
    ['balanced overall but not per asset', [leg('USD', -5n), leg('EUR', 5n)], 'UNBALANCED'],
    ['a zero leg', [leg('USD', 0n), leg('USD', 0n)], 'UNBALANCED'],
  ])('%s', (_label, legs, code) => {
    if (code) expect(() => assertBalanced(legs)).toThrow(expect.objectContaining({ code }));
    else expect(() => assertBalanced(legs)).not.toThrow();
  });
});

describe('transfer plans', () => {
  it.each([
    ['grant', planGrant({ playerId: P, asset: 'USD', amount: 500n, key: 'k1', wallet: 'CASH', reason: null })],
    ['bonus grant', planGrant({ playerId: P, asset: 'USD', amount: 500n, key: 'k1', wallet: 'BONUS', reason: 'welcome' })],
    ['bet', planBet({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, jackpot: null })],
    ['bet with jackpot', planBet({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, jackpot: { pool: 'j1', amount: 2n } })],
    ['bet all to jackpot', planBet({ playerId: P, asset: 'USD', betId: 'b1', stake: 2n, jackpot: { pool: 'j1', amount: 2n } })],
    ['win', planWin({ playerId: P, asset: 'USD', betId: 'b1', winId: '0', amount: 250n })],
    ['bet+win', planBetWin({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, win: 250n, jackpot: { pool: 'j1', amount: 1n } })],
    ['losing bet+win', planBetWin({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, win: 0n, jackpot: null })],
  ])('%s balances', (_label, plan) => {
    expect(sum(plan.legs)).toBe(0n);
    expect(() => assertBalanced(plan.legs)).not.toThrow();
  });

  it('debits the stake before crediting the win (the player must afford the stake alone)', () => {
    const plan = planBetWin({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, win: 250n, jackpot: null });
    expect(plan.legs[0]).toEqual({ asset: 'USD', type: 'PLAYER_CASH', holder: P, amount: -100n });
    expect(plan.legs.at(-1)).toEqual({ asset: 'USD', type: 'PLAYER_CASH', holder: P, amount: 250n });
  });

  it('gives bet and bet+win the same key, so one bet id moves a stake once', () => {
    expect(planBet({ playerId: P, asset: 'USD', betId: 'b9', stake: 1n, jackpot: null }).key).toBe(
      planBetWin({ playerId: P, asset: 'USD', betId: 'b9', stake: 1n, win: 0n, jackpot: null }).key,
    );
  });

  it('refuses a jackpot contribution above the stake', () => {
    expect(() => planBet({ playerId: P, asset: 'USD', betId: 'b1', stake: 1n, jackpot: { pool: 'j', amount: 2n } })).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });
});
