import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../games/shared/canonical-json';
import { compareWithRecord, impliedPayout, verifierParams } from './compare-verification';

describe('compareWithRecord', () => {
  const dice = {
    game: 'DICE' as const,
    stake: '100',
    payout: '198',
    params: { target: 50, direction: 'UNDER' },
    outcome: { roll: 12.34, win: true },
  };

  it('matches a dice bet whose roll and payout agree', () => {
    const result = compareWithRecord(dice, {
      outcome: { win: true, roll: 12.34 },
      multiplierFraction: { num: '99', den: '50' },
    });
    expect(result.matches).toBe(true);
    expect(result.checks).toEqual([
      { label: 'Outcome', recorded: 'Rolled 12.34 · under 50.00', recomputed: 'Rolled 12.34 · under 50.00', ok: true },
      { label: 'Payout (minor units)', recorded: '198', recomputed: '198', ok: true },
    ]);
  });

  it('flags a different roll', () => {
    const result = compareWithRecord(dice, {
      outcome: { roll: 77.1, win: false },
      multiplierFraction: { num: '0', den: '1' },
    });
    expect(result.matches).toBe(false);
    expect(result.checks.map((c) => c.ok)).toEqual([false, false]);
  });

  it('flags a payout that does not follow from the multiplier', () => {
    const result = compareWithRecord(
      { ...dice, payout: '199' },
      { outcome: { roll: 12.34, win: true }, multiplierFraction: { num: '99', den: '50' } },
    );
    expect(result.matches).toBe(false);
  });

  it('compares roulette pockets and winning bets', () => {
    const roulette = {
      game: 'ROULETTE' as const,
      stake: '110',
      payout: '360',
      params: {
        bets: [
          { kind: 'RED', amount: '100' },
          { kind: 'STRAIGHT', numbers: [17], amount: '10' },
        ],
      },
      outcome: { pocket: 17, colour: 'BLACK', winningBets: [1] },
    };
    expect(
      compareWithRecord(roulette, {
        outcome: { pocket: 17, colour: 'BLACK', winningBets: [1] },
        multiplierFraction: { num: '36', den: '11' },
      }).matches,
    ).toBe(true);
    expect(
      compareWithRecord(roulette, {
        outcome: { pocket: 18, colour: 'RED', winningBets: [0] },
        multiplierFraction: { num: '20', den: '11' },
      }).matches,
    ).toBe(false);
  });

  it('compares the mines of a finished round and passes the revealed tiles to the verifier', () => {
    const outcome = {
      mineCount: 2,
      status: 'CASHED_OUT',
      revealed: [0, 5],
      mines: [3, 9],
      multiplier: '1.18',
      nextMultiplier: null,
    };
    expect(verifierParams('MINES', { mines: 2 }, outcome)).toEqual({ mines: 2, revealed: [0, 5] });
    const mines = { game: 'MINES' as const, stake: '100', payout: '118', params: { mines: 2 }, outcome };
    expect(
      compareWithRecord(mines, {
        outcome: { mines: [3, 9], revealed: [0, 5], hitMine: null },
        multiplierFraction: { num: '118', den: '100' },
      }).matches,
    ).toBe(true);
    expect(
      compareWithRecord(mines, {
        outcome: { mines: [4, 9], revealed: [0, 5], hitMine: null },
        multiplierFraction: { num: '118', den: '100' },
      }).matches,
    ).toBe(false);
  });

  it('leaves other games’ params as they are', () => {
    expect(verifierParams('DICE', { target: 5, direction: 'OVER' }, {})).toEqual({ target: 5, direction: 'OVER' });
  });
});

describe('helpers', () => {
  it('prints equal objects alike whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(canonicalJson({ a: [{ c: 2, d: 1 }], b: 1 }));
  });

  it('floors the implied payout', () => {
    expect(impliedPayout('3', { num: '4', den: '3' })).toBe('4');
    expect(impliedPayout('100', { num: '0', den: '1' })).toBe('0');
  });
});
