import type { SlotLineWin, SlotsOutcome, SlotSymbol } from '../shared/outcomes';

/*
 * What the slots screen needs of the machine the game documents: its 10 paylines (a row per reel,
 * 0 the top), how each symbol looks, and which cells a result's wins light up. The result itself
 * (grid, wins, pays) always comes from the API.
 */

export const REELS = 5;
export const ROWS = 3;

export const PAYLINES: readonly (readonly number[])[] = [
  [1, 1, 1, 1, 1],
  [0, 0, 0, 0, 0],
  [2, 2, 2, 2, 2],
  [0, 1, 2, 1, 0],
  [2, 1, 0, 1, 2],
  [0, 0, 1, 2, 2],
  [2, 2, 1, 0, 0],
  [1, 0, 0, 0, 1],
  [1, 2, 2, 2, 1],
  [1, 2, 1, 0, 1],
];

export const SYMBOLS: readonly SlotSymbol[] = ['WILD', 'SCATTER', 'SEVEN', 'BAR', 'BELL', 'PLUM', 'LEMON', 'CHERRY'];

export const SYMBOL_LOOK: Record<SlotSymbol, { name: string; className: string }> = {
  WILD: { name: 'Wild', className: 'bg-amber-400' },
  SCATTER: { name: 'Scatter', className: 'bg-fuchsia-700' },
  SEVEN: { name: 'Seven', className: 'bg-red-600' },
  BAR: { name: 'Bar', className: 'bg-slate-700' },
  BELL: { name: 'Bell', className: 'bg-sky-900' },
  PLUM: { name: 'Plum', className: 'bg-violet-200' },
  LEMON: { name: 'Lemon', className: 'bg-lime-100' },
  CHERRY: { name: 'Cherry', className: 'bg-rose-100' },
};

export const cellKey = (reel: number, row: number) => `${reel}:${row}`;

/** The cells of a line win: the first `count` reels of its payline. */
export function lineWinCells(win: Pick<SlotLineWin, 'line' | 'count'>): string[] {
  const rows = PAYLINES[win.line - 1];
  if (!rows) return [];
  return rows.slice(0, win.count).map((row, reel) => cellKey(reel, row));
}

/** Every cell a result lights up: the line wins' runs, and the scatters when they paid. */
export function winningCells(outcome: Pick<SlotsOutcome, 'grid' | 'lineWins' | 'scatterPays'>): Set<string> {
  const cells = new Set<string>();
  for (const win of outcome.lineWins) for (const key of lineWinCells(win)) cells.add(key);
  if (outcome.scatterPays > 0) {
    outcome.grid.forEach((reel, r) =>
      reel.forEach((symbol, row) => symbol === 'SCATTER' && cells.add(cellKey(r, row))),
    );
  }
  return cells;
}

/** "Line 4: 3 × Cherry pays 0.5× the stake" — line pays are in line bets (a tenth of the stake). */
export function describeLineWin(win: SlotLineWin): string {
  return `Line ${win.line}: ${win.count} × ${SYMBOL_LOOK[win.symbol].name} pays ${win.pays / 10}× the stake`;
}

/**
 * The strip a reel scrolls through while it spins: `filler` symbols, then the 3 it stops on (the
 * result's column, top to bottom). The filler comes from `random` (any [0, 1) source; it is decoration).
 */
export function spinStrip(column: readonly SlotSymbol[], filler: number, random: () => number): SlotSymbol[] {
  const strip: SlotSymbol[] = [];
  for (let i = 0; i < filler; i++) strip.push(SYMBOLS[Math.floor(random() * SYMBOLS.length) % SYMBOLS.length]!);
  return [...strip, ...column];
}

/** The documented pay table: line pays in line bets for 3, 4, 5 in a row; scatters in total stakes. */
export const PAYTABLE: readonly { symbol: SlotSymbol; pays: [number, number, number] }[] = [
  { symbol: 'WILD', pays: [100, 400, 2000] },
  { symbol: 'SEVEN', pays: [40, 150, 750] },
  { symbol: 'BAR', pays: [20, 75, 300] },
  { symbol: 'BELL', pays: [15, 40, 150] },
  { symbol: 'PLUM', pays: [8, 20, 80] },
  { symbol: 'LEMON', pays: [5, 12, 50] },
  { symbol: 'CHERRY', pays: [5, 8, 30] },
];
export const SCATTER_PAYS: [number, number, number] = [3, 20, 200];
