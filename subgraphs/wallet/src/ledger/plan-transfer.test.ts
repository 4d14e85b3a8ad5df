import { describe, expect, it } from 'vitest';
import {
  assertBalanced,
  cashOnlySplit,
  type JackpotContribution,
  type Leg,
  MAX_CONTRIBUTIONS,
  normaliseContributions,
  planBet,
  planBetWin,
  planGrant,
  planWin,
} from './plan-transfer.js';

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
    [
      'bonus grant',
      planGrant({ playerId: P, asset: 'USD', amount: 500n, key: 'k1', wallet: 'BONUS', reason: 'welcome' }),
    ],
    ['bet', planBet({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, jackpots: [] })],
    [
      'bet with jackpot',
      planBet({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, jackpots: [{ pool: 'j1', amount: 2n }] }),
    ],
    [
      'bet all to jackpot',
      planBet({ playerId: P, asset: 'USD', betId: 'b1', stake: 2n, jackpots: [{ pool: 'j1', amount: 2n }] }),
    ],
    ['win', planWin({ playerId: P, asset: 'USD', betId: 'b1', winId: '0', amount: 250n })],
    [
      'bet+win',
      planBetWin({
        playerId: P,
        asset: 'USD',
        betId: 'b1',
        stake: 100n,
        win: 250n,
        jackpots: [{ pool: 'j1', amount: 1n }],
      }),
    ],
    ['losing bet+win', planBetWin({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, win: 0n, jackpots: [] })],
  ])('%s balances', (_label, plan) => {
    expect(sum(plan.legs)).toBe(0n);
    expect(() => assertBalanced(plan.legs)).not.toThrow();
  });

  it('debits the stake before crediting the win (the player must afford the stake alone)', () => {
    const plan = planBetWin({ playerId: P, asset: 'USD', betId: 'b1', stake: 100n, win: 250n, jackpots: [] });
    expect(plan.legs[0]).toEqual({ asset: 'USD', type: 'PLAYER_CASH', holder: P, amount: -100n });
    expect(plan.legs.at(-1)).toEqual({ asset: 'USD', type: 'PLAYER_CASH', holder: P, amount: 250n });
  });

  it('gives bet and bet+win the same key, so one bet id moves a stake once', () => {
    expect(planBet({ playerId: P, asset: 'USD', betId: 'b9', stake: 1n, jackpots: [] }).key).toBe(
      planBetWin({ playerId: P, asset: 'USD', betId: 'b9', stake: 1n, win: 0n, jackpots: [] }).key,
    );
  });

  it('refuses a jackpot contribution above the stake', () => {
    expect(() =>
      planBet({ playerId: P, asset: 'USD', betId: 'b1', stake: 1n, jackpots: [{ pool: 'j', amount: 2n }] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('moves the stake into several pools in one transfer, the house keeping stake − Σ contributions', () => {
    const plan = planBetWin({
      playerId: P,
      asset: 'USD',
      betId: 'b1',
      stake: 1_000n,
      win: 0n,
      jackpots: [
        { pool: 'j2:MINOR', amount: 7n },
        { pool: 'j1:MAJOR', amount: 5n },
        { pool: 'j1:MINI', amount: 0n },
        { pool: 'j1:MINOR', amount: 3n },
      ],
    });
    expect(plan.legs).toEqual([
      { asset: 'USD', type: 'PLAYER_CASH', holder: P, amount: -1_000n },
      { asset: 'USD', type: 'HOUSE', holder: '', amount: 985n },
      { asset: 'USD', type: 'JACKPOT_POOL', holder: 'j1:MAJOR', amount: 5n },
      { asset: 'USD', type: 'JACKPOT_POOL', holder: 'j1:MINOR', amount: 3n },
      { asset: 'USD', type: 'JACKPOT_POOL', holder: 'j2:MINOR', amount: 7n },
    ]);
  });

  it('splits a win between cash and bonus when told to, and refuses a split that is not the win', () => {
    const plan = planWin({
      playerId: P,
      asset: 'EUR',
      betId: 'b1',
      winId: '0',
      amount: 100n,
      split: { toCash: 67n, toBonus: 33n },
    });
    expect(plan.legs).toEqual([
      { asset: 'EUR', type: 'HOUSE', holder: '', amount: -100n },
      { asset: 'EUR', type: 'PLAYER_CASH', holder: P, amount: 67n },
      { asset: 'EUR', type: 'PLAYER_BONUS', holder: P, amount: 33n },
    ]);
    expect(
      planWin({
        playerId: P,
        asset: 'EUR',
        betId: 'b1',
        winId: '0',
        amount: 5n,
        split: { toCash: 0n, toBonus: 5n },
      }).legs.map((l) => l.type),
    ).toEqual(['HOUSE', 'PLAYER_BONUS']);
    expect(() =>
      planWin({ playerId: P, asset: 'EUR', betId: 'b1', winId: '0', amount: 5n, split: { toCash: 1n, toBonus: 5n } }),
    ).toThrow(expect.objectContaining({ code: 'UNBALANCED' }));
  });

  it('reports a cash-only bet’s split from the request alone', () => {
    expect(cashOnlySplit(100n, 250n)).toEqual({
      stakeFromCash: '100',
      stakeFromBonus: '0',
      winToCash: '250',
      winToBonus: '0',
    });
  });
});

describe('normaliseContributions', () => {
  const c = (pool: string, amount: bigint): JackpotContribution => ({ pool, amount });
  it.each<[string, bigint, JackpotContribution[], JackpotContribution[] | string]>([
    ['none', 100n, [], []],
    ['zero items dropped', 100n, [c('a', 0n), c('b', 1n)], [c('b', 1n)]],
    ['sorted by pool', 100n, [c('b', 1n), c('a', 2n)], [c('a', 2n), c('b', 1n)]],
    ['exactly the stake', 10n, [c('a', 4n), c('b', 6n)], [c('a', 4n), c('b', 6n)]],
    ['one unit above the stake', 10n, [c('a', 4n), c('b', 7n)], 'INVALID_AMOUNT'],
    ['a pool twice', 100n, [c('a', 1n), c('a', 2n)], 'INVALID_REQUEST'],
    ['a pool twice, once zero', 100n, [c('a', 0n), c('a', 2n)], 'INVALID_REQUEST'],
    ['a negative amount', 100n, [c('a', -1n)], 'INVALID_AMOUNT'],
    [
      'the most pools allowed',
      1_000n,
      Array.from({ length: MAX_CONTRIBUTIONS }, (_, i) => c(`p${String(i).padStart(2, '0')}`, 1n)),
      Array.from({ length: MAX_CONTRIBUTIONS }, (_, i) => c(`p${String(i).padStart(2, '0')}`, 1n)),
    ],
    [
      'one pool too many',
      1_000n,
      Array.from({ length: MAX_CONTRIBUTIONS + 1 }, (_, i) => c(`p${i}`, 1n)),
      'INVALID_REQUEST',
    ],
  ])('%s', (_label, stake, input, expected) => {
    if (typeof expected === 'string')
      expect(() => normaliseContributions(stake, input)).toThrow(expect.objectContaining({ code: expected }));
    else expect(normaliseContributions(stake, input)).toEqual(expected);
  });
});
