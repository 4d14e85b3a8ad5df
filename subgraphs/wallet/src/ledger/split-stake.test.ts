import { describe, expect, it } from 'vitest';
import { splitStake, type StakeInput, type StakeSplit } from './split-stake.js';

describe('splitStake', () => {
  it.each<[string, StakeInput, StakeSplit]>([
    [
      'real first, cash covers it',
      { stake: 300n, cash: 1_000n, bonus: 500n, order: 'REAL_FIRST' },
      { ok: true, fromCash: 300n, fromBonus: 0n },
    ],
    [
      'real first, cash runs out into bonus',
      { stake: 1_200n, cash: 1_000n, bonus: 500n, order: 'REAL_FIRST' },
      { ok: true, fromCash: 1_000n, fromBonus: 200n },
    ],
    [
      'real first, no cash at all',
      { stake: 200n, cash: 0n, bonus: 500n, order: 'REAL_FIRST' },
      { ok: true, fromCash: 0n, fromBonus: 200n },
    ],
    [
      'bonus first, bonus covers it',
      { stake: 300n, cash: 1_000n, bonus: 500n, order: 'BONUS_FIRST' },
      { ok: true, fromCash: 0n, fromBonus: 300n },
    ],
    [
      'bonus first, bonus runs out into cash',
      { stake: 700n, cash: 1_000n, bonus: 500n, order: 'BONUS_FIRST' },
      { ok: true, fromCash: 200n, fromBonus: 500n },
    ],
    [
      'no bonus: all cash whatever the order',
      { stake: 700n, cash: 1_000n, bonus: 0n, order: 'BONUS_FIRST' },
      { ok: true, fromCash: 700n, fromBonus: 0n },
    ],
    [
      'all bonus: no cash at all, bonus first',
      { stake: 500n, cash: 0n, bonus: 500n, order: 'BONUS_FIRST' },
      { ok: true, fromCash: 0n, fromBonus: 500n },
    ],
    [
      'real first, no bonus and not enough cash',
      { stake: 501n, cash: 500n, bonus: 0n, order: 'REAL_FIRST' },
      { ok: false, code: 'INSUFFICIENT_FUNDS', available: 500n },
    ],
    [
      'exactly everything',
      { stake: 1_500n, cash: 1_000n, bonus: 500n, order: 'REAL_FIRST' },
      { ok: true, fromCash: 1_000n, fromBonus: 500n },
    ],
    [
      'one unit more than everything is refused',
      { stake: 1_501n, cash: 1_000n, bonus: 500n, order: 'REAL_FIRST' },
      { ok: false, code: 'INSUFFICIENT_FUNDS', available: 1_500n },
    ],
    [
      'refused bonus first too',
      { stake: 1_501n, cash: 1_000n, bonus: 500n, order: 'BONUS_FIRST' },
      { ok: false, code: 'INSUFFICIENT_FUNDS', available: 1_500n },
    ],
    [
      'empty wallet',
      { stake: 1n, cash: 0n, bonus: 0n, order: 'REAL_FIRST' },
      { ok: false, code: 'INSUFFICIENT_FUNDS', available: 0n },
    ],
  ])('%s', (_case, input, expected) => {
    const split = splitStake(input);
    expect(split).toEqual(expected);
    if (split.ok) {
      expect(split.fromCash + split.fromBonus).toBe(input.stake);
      expect(split.fromCash <= input.cash && split.fromBonus <= input.bonus).toBe(true);
    }
  });

  it.each<[string, StakeInput]>([
    ['a zero stake', { stake: 0n, cash: 10n, bonus: 0n, order: 'REAL_FIRST' }],
    ['a negative stake', { stake: -1n, cash: 10n, bonus: 0n, order: 'REAL_FIRST' }],
    ['a negative cash balance', { stake: 1n, cash: -1n, bonus: 10n, order: 'REAL_FIRST' }],
    ['a negative bonus balance', { stake: 1n, cash: 10n, bonus: -1n, order: 'BONUS_FIRST' }],
  ])('refuses %s', (_case, input) => {
    expect(() => splitStake(input)).toThrow(RangeError);
  });
});
