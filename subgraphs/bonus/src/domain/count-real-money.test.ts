import { describe, expect, it } from 'vitest';
import { countRealMoney, type SettledBetMoney } from './count-real-money.js';

describe('countRealMoney', () => {
  it.each<[string, SettledBetMoney, { staked: bigint; paid: bigint }]>([
    ['cash only', { stake: 1000n, payout: 0n }, { staked: 1000n, paid: 0n }],
    ['cash win', { stake: 1000n, payout: 2500n }, { staked: 1000n, paid: 2500n }],
    ['null split', { stake: 100n, payout: 50n, bonusSplit: null }, { staked: 100n, paid: 50n }],
    [
      'half from bonus, win split',
      { stake: 1000n, payout: 2000n, bonusSplit: { stakeFromBonus: 500n, winToBonus: 1000n } },
      { staked: 500n, paid: 1000n },
    ],
    [
      'all from bonus',
      { stake: 1000n, payout: 3000n, bonusSplit: { stakeFromBonus: 1000n, winToBonus: 3000n } },
      { staked: 0n, paid: 0n },
    ],
  ])('%s', (_label, bet, expected) => {
    expect(countRealMoney(bet)).toEqual(expected);
  });

  it.each<[string, SettledBetMoney]>([
    ['negative stake', { stake: -1n, payout: 0n }],
    ['split above stake', { stake: 100n, payout: 0n, bonusSplit: { stakeFromBonus: 101n, winToBonus: 0n } }],
    ['split above payout', { stake: 100n, payout: 10n, bonusSplit: { stakeFromBonus: 0n, winToBonus: 11n } }],
  ])('refuses %s', (_label, bet) => {
    expect(() => countRealMoney(bet)).toThrow(RangeError);
  });
});
