import { describe, expect, it } from 'vitest';
import type { SlotSymbol } from '../shared/outcomes';
import { describeLineWin, lineWinCells, PAYLINES, spinStrip, winningCells } from './slot-machine';

describe('slot machine', () => {
  it('has the ten documented paylines, one row per reel', () => {
    expect(PAYLINES).toHaveLength(10);
    expect(PAYLINES.every((rows) => rows.length === 5 && rows.every((r) => r >= 0 && r <= 2))).toBe(true);
    expect(new Set(PAYLINES.map((r) => r.join())).size).toBe(10);
  });

  it.each([
    [{ line: 1, count: 3 }, ['0:1', '1:1', '2:1']],
    [{ line: 4, count: 5 }, ['0:0', '1:1', '2:2', '3:1', '4:0']],
    [{ line: 10, count: 4 }, ['0:1', '1:2', '2:1', '3:0']],
    [{ line: 11, count: 3 }, []],
  ])('lights up line %j', (win, cells) => {
    expect(lineWinCells(win)).toEqual(cells);
  });

  it('lights up the scatters only when they paid', () => {
    const grid: SlotSymbol[][] = [
      ['SCATTER', 'BAR', 'BELL'],
      ['PLUM', 'SCATTER', 'BELL'],
      ['LEMON', 'BAR', 'SCATTER'],
      ['CHERRY', 'BAR', 'BELL'],
      ['PLUM', 'LEMON', 'BELL'],
    ];
    const lineWins = [{ line: 3, symbol: 'BELL' as const, count: 2, pays: 0 }];
    expect([...winningCells({ grid, lineWins, scatterPays: 3 })].sort()).toEqual(
      ['0:0', '0:2', '1:1', '1:2', '2:2'].sort(),
    );
    expect([...winningCells({ grid, lineWins: [], scatterPays: 0 })]).toEqual([]);
  });

  it('describes a line win in stakes', () => {
    expect(describeLineWin({ line: 2, symbol: 'SEVEN', count: 4, pays: 150 })).toBe(
      'Line 2: 4 × Seven pays 15× the stake',
    );
    expect(describeLineWin({ line: 7, symbol: 'CHERRY', count: 3, pays: 5 })).toBe(
      'Line 7: 3 × Cherry pays 0.5× the stake',
    );
  });

  it('ends a spin strip on the result column', () => {
    const strip = spinStrip(['SEVEN', 'WILD', 'BAR'], 12, () => 0.5);
    expect(strip).toHaveLength(15);
    expect(strip.slice(-3)).toEqual(['SEVEN', 'WILD', 'BAR']);
  });
});
