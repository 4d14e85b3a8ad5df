/**
 * Slots, 5 reels × 3 rows: stop_i = below(30) for reels 1…5 in turn; reel i shows its strip at stop_i,
 * stop_i + 1, stop_i + 2 (wrapping) as rows 0 (top), 1, 2. Ten paylines pay in line bets (stake / 10):
 * leading WILDs pay the WILD table; otherwise the first non-WILD symbol X counts leading cells that are X
 * or WILD and pays X's table (SCATTER never pays on a line); a line pays the larger of the two, ties to X.
 * SCATTERs anywhere pay 3 / 20 / 200 times the whole stake for 3 / 4 / 5.
 */
import type { HmacStream } from '../hmac-stream.ts';
import { fraction, ZERO, type Fraction } from '../fraction.ts';
import { fail, noOtherKeys, record } from '../input.ts';

export type SlotSymbol = 'WILD' | 'SCATTER' | 'SEVEN' | 'BAR' | 'BELL' | 'PLUM' | 'LEMON' | 'CHERRY';

export const REELS: readonly (readonly SlotSymbol[])[] = [
  [
    'WILD',
    'BAR',
    'LEMON',
    'CHERRY',
    'BELL',
    'PLUM',
    'CHERRY',
    'LEMON',
    'CHERRY',
    'BAR',
    'LEMON',
    'SCATTER',
    'SEVEN',
    'BELL',
    'PLUM',
    'CHERRY',
    'LEMON',
    'PLUM',
    'CHERRY',
    'BELL',
    'CHERRY',
    'BAR',
    'LEMON',
    'PLUM',
    'CHERRY',
    'SEVEN',
    'BELL',
    'LEMON',
    'CHERRY',
    'PLUM',
  ],
  [
    'WILD',
    'BAR',
    'LEMON',
    'CHERRY',
    'BELL',
    'PLUM',
    'CHERRY',
    'LEMON',
    'CHERRY',
    'BAR',
    'SCATTER',
    'SEVEN',
    'BELL',
    'PLUM',
    'LEMON',
    'CHERRY',
    'WILD',
    'PLUM',
    'CHERRY',
    'BELL',
    'LEMON',
    'CHERRY',
    'BAR',
    'PLUM',
    'CHERRY',
    'LEMON',
    'SEVEN',
    'BELL',
    'CHERRY',
    'PLUM',
  ],
  [
    'SCATTER',
    'SEVEN',
    'BELL',
    'PLUM',
    'LEMON',
    'CHERRY',
    'WILD',
    'PLUM',
    'CHERRY',
    'BELL',
    'LEMON',
    'CHERRY',
    'BAR',
    'PLUM',
    'CHERRY',
    'LEMON',
    'SEVEN',
    'BELL',
    'CHERRY',
    'PLUM',
    'WILD',
    'BAR',
    'LEMON',
    'CHERRY',
    'BELL',
    'PLUM',
    'CHERRY',
    'LEMON',
    'CHERRY',
    'BAR',
  ],
  [
    'LEMON',
    'CHERRY',
    'BAR',
    'PLUM',
    'CHERRY',
    'LEMON',
    'SEVEN',
    'BELL',
    'CHERRY',
    'PLUM',
    'WILD',
    'BAR',
    'LEMON',
    'CHERRY',
    'BELL',
    'PLUM',
    'CHERRY',
    'LEMON',
    'CHERRY',
    'BAR',
    'SCATTER',
    'SEVEN',
    'BELL',
    'PLUM',
    'LEMON',
    'CHERRY',
    'WILD',
    'PLUM',
    'CHERRY',
    'BELL',
  ],
  [
    'CHERRY',
    'LEMON',
    'PLUM',
    'CHERRY',
    'BELL',
    'CHERRY',
    'BAR',
    'LEMON',
    'PLUM',
    'CHERRY',
    'SEVEN',
    'BELL',
    'LEMON',
    'CHERRY',
    'PLUM',
    'WILD',
    'BAR',
    'LEMON',
    'CHERRY',
    'BELL',
    'PLUM',
    'CHERRY',
    'LEMON',
    'CHERRY',
    'BAR',
    'LEMON',
    'SCATTER',
    'SEVEN',
    'BELL',
    'PLUM',
  ],
];

/** Row (0 top … 2 bottom) on reels 1–5, for paylines 1–10. */
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

/** Line bets paid for 3, 4, 5 in a row. */
const PAYS: Record<Exclude<SlotSymbol, 'SCATTER'>, [number, number, number]> = {
  WILD: [100, 400, 2000],
  SEVEN: [40, 150, 750],
  BAR: [20, 75, 300],
  BELL: [15, 40, 150],
  PLUM: [8, 20, 80],
  LEMON: [5, 12, 50],
  CHERRY: [5, 8, 30],
};
const SCATTER_PAYS: Record<number, number> = { 3: 3, 4: 20, 5: 200 };

const pay = (symbol: Exclude<SlotSymbol, 'SCATTER'>, count: number): number =>
  count >= 3 ? (PAYS[symbol][Math.min(count, 5) - 3] ?? 0) : 0;

interface LineWin {
  line: number;
  symbol: SlotSymbol;
  count: number;
  pays: number;
}

export interface SlotsResult {
  stops: number[];
  grid: SlotSymbol[][];
  lineWins: LineWin[];
  scatters: number;
  scatterPays: number;
}

function leading(cells: SlotSymbol[], matches: (s: SlotSymbol) => boolean): number {
  const miss = cells.findIndex((s) => !matches(s));
  return miss === -1 ? cells.length : miss;
}

export async function verifySlots(
  stream: HmacStream,
  rawParams: unknown,
): Promise<{ outcome: SlotsResult; multiplier: Fraction }> {
  if (rawParams != null) noOtherKeys(record(rawParams, 'Slots params'), [], 'Slots params');

  const stops: number[] = [];
  for (const reel of REELS) stops.push(await stream.below(reel.length));
  const grid = REELS.map((reel, i) => [0, 1, 2].map((row) => reel[(stops[i]! + row) % reel.length]!));

  const lineWins: SlotsResult['lineWins'] = [];
  PAYLINES.forEach((rows, index) => {
    const cells = rows.map((row, reel) => grid[reel]![row]!);
    const wilds = leading(cells, (s) => s === 'WILD');
    const wildWin: Omit<LineWin, 'line'> = { symbol: 'WILD', count: wilds, pays: pay('WILD', wilds) };
    const x = cells.find((s) => s !== 'WILD');
    let symbolWin: Omit<LineWin, 'line'> = { symbol: x ?? 'WILD', count: 0, pays: 0 };
    if (x && x !== 'SCATTER') {
      const count = leading(cells, (s) => s === x || s === 'WILD');
      symbolWin = { symbol: x, count, pays: pay(x, count) };
    }
    const best = wildWin.pays > symbolWin.pays ? wildWin : symbolWin;
    if (best.pays > 0) lineWins.push({ line: index + 1, ...best });
  });

  const scatters = grid.reduce((n, column) => n + column.filter((s) => s === 'SCATTER').length, 0);
  const scatterPays = SCATTER_PAYS[Math.min(scatters, 5)] ?? 0;
  // Σ line pays / 10 + scatter pays = (Σ line pays + 10 · scatter pays) / 10
  const tenths = lineWins.reduce((sum, w) => sum + w.pays, 0) + 10 * scatterPays;
  if (!Number.isSafeInteger(tenths)) fail('Slots pay out of range.');
  return {
    outcome: { stops, grid, lineWins, scatters, scatterPays },
    multiplier: tenths === 0 ? ZERO : fraction(BigInt(tenths), 10n),
  };
}
