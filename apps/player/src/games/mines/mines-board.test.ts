import { describe, expect, it } from 'vitest';
import type { MinesView } from '../shared/outcomes';
import { canCashOut, payoutAt, randomHiddenTile, safeRevealed, tileLabel, tileStates } from './mines-board';

const view = (change: Partial<MinesView>): MinesView => ({
  mineCount: 3,
  status: 'ACTIVE',
  revealed: [],
  mines: null,
  multiplier: null,
  nextMultiplier: '1.125',
  ...change,
});

describe('mines board', () => {
  it('an open round shows only the revealed gems', () => {
    const states = tileStates(view({ revealed: [0, 6] }));
    expect(states[0]).toBe('gem');
    expect(states[6]).toBe('gem');
    expect(states.filter((s) => s === 'hidden')).toHaveLength(23);
  });

  it('a lost round shows the hit mine, the other mines and the gems left', () => {
    const states = tileStates(view({ status: 'LOST', revealed: [0, 1], mines: [1, 2, 3] }));
    expect(states.slice(0, 5)).toEqual(['gem', 'mine-hit', 'mine', 'mine', 'gem-unrevealed']);
    expect(states.filter((s) => s === 'gem-unrevealed')).toHaveLength(21);
  });

  it('counts safe tiles and knows when a cash-out is possible', () => {
    expect(safeRevealed(view({ status: 'LOST', revealed: [0, 1] }))).toBe(1);
    expect(safeRevealed(view({ revealed: [0, 1] }))).toBe(2);
    expect(canCashOut(view({ revealed: [] }))).toBe(false);
    expect(canCashOut(view({ revealed: [4] }))).toBe(true);
    expect(canCashOut(view({ status: 'CASHED_OUT', revealed: [4] }))).toBe(false);
    expect(canCashOut(null)).toBe(false);
  });

  it.each([
    [100n, '1.12500000', 112n],
    [1000n, '2.00000000', 2000n],
    [3n, '1.33333333', 3n],
    [100n, null, null],
    [100n, 'x', null],
  ])('payout of %s at %s is %s', (stake, multiplier, payout) => {
    expect(payoutAt(stake, multiplier)).toBe(payout);
  });

  it('labels tiles by row and column', () => {
    expect(tileLabel(0)).toBe('Tile row 1, column 1');
    expect(tileLabel(7)).toBe('Tile row 2, column 3');
    expect(tileLabel(24)).toBe('Tile row 5, column 5');
  });

  it('picks only hidden tiles', () => {
    const revealed = Array.from({ length: 24 }, (_, t) => t);
    expect(randomHiddenTile(view({ revealed }), () => 0.99)).toBe(24);
    expect(randomHiddenTile(view({ revealed: [...revealed, 24] }), () => 0)).toBeNull();
  });
});
