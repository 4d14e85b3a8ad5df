import type { RouletteBetKind, RouletteBetParam } from '../shared/outcomes';

/*
 * The European roulette table as the board draws it, and the bets its chips stand for.
 *
 * Board coordinates (the unit is one number cell): x = 0 is the zero column, x = c (1…12) is the
 * column of street c = {3c−2, 3c−1, 3c}; y = 0 is the top row (3, 6 … 36), y = 2 the bottom row
 * (1, 4 … 34). A spot's (x, y) is where its chip sits: a cell's centre for a straight, an edge for a
 * split, a corner for a corner bet, the bottom edge for streets and lines. Outside bets (dozens,
 * columns, even chances) have their own boxes and no (x, y).
 */

export interface BoardSpot {
  id: string;
  kind: RouletteBetKind;
  /** Inside bets: the numbers covered, ascending. */
  numbers?: number[];
  /** DOZEN and COLUMN. */
  index?: 1 | 2 | 3;
  /** What a screen reader says, e.g. "Split 1 and 2". */
  label: string;
  x?: number;
  y?: number;
}

export const RED_NUMBERS: readonly number[] = [1, 3, 5, 7, 9, 12, 14, 16, 18, 19, 21, 23, 25, 27, 30, 32, 34, 36];
const RED = new Set(RED_NUMBERS);

export function numberColour(n: number): 'RED' | 'BLACK' | 'GREEN' {
  return n === 0 ? 'GREEN' : RED.has(n) ? 'RED' : 'BLACK';
}

/** The street (board column 1…12) and row (0 top … 2 bottom) of a number 1…36. */
export function cellOf(n: number): { x: number; y: number } {
  return { x: Math.ceil(n / 3), y: 2 - ((n - 1) % 3) };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const list = (numbers: number[]) => (numbers.length === 2 ? `${numbers[0]} and ${numbers[1]}` : numbers.join(', '));

function inside(kind: RouletteBetKind, numbers: number[], x: number, y: number, label?: string): BoardSpot {
  const sorted = [...numbers].sort((a, b) => a - b);
  const name = { STRAIGHT: 'Straight', SPLIT: 'Split', STREET: 'Street', CORNER: 'Corner', LINE: 'Line' }[
    kind as 'STRAIGHT'
  ];
  return { id: `${kind}:${sorted.join('-')}`, kind, numbers: sorted, label: label ?? `${name} ${list(sorted)}`, x, y };
}

function buildSpots(): BoardSpot[] {
  const spots: BoardSpot[] = [inside('STRAIGHT', [0], 0.5, 1.5)];
  for (let n = 1; n <= 36; n++) {
    const { x, y } = cellOf(n);
    spots.push(inside('STRAIGHT', [n], x + 0.5, y + 0.5));
  }
  // Splits: side by side in a row (n, n+3), one above the other in a street (n, n+1), and 0 with 1, 2, 3.
  for (let n = 1; n <= 33; n++) {
    const { x, y } = cellOf(n);
    spots.push(inside('SPLIT', [n, n + 3], x + 1, y + 0.5));
  }
  for (let n = 1; n <= 36; n++) {
    if (n % 3 === 0) continue;
    const { x, y } = cellOf(n);
    spots.push(inside('SPLIT', [n, n + 1], x + 0.5, y));
  }
  for (const n of [1, 2, 3]) spots.push(inside('SPLIT', [0, n], 1, cellOf(n).y + 0.5));
  // Streets on the bottom edge; the two trios with zero where the zero meets two rows.
  for (let s = 1; s <= 12; s++) spots.push(inside('STREET', range(3 * s - 2, 3 * s), s + 0.5, 3));
  spots.push(inside('STREET', [0, 1, 2], 1, 2), inside('STREET', [0, 2, 3], 1, 1));
  // Corners where four numbers meet; the first four at the zero's bottom corner.
  for (let a = 1; a <= 32; a++) {
    if (a % 3 === 0) continue;
    const { x, y } = cellOf(a);
    spots.push(inside('CORNER', [a, a + 1, a + 3, a + 4], x + 1, y));
  }
  spots.push(inside('CORNER', [0, 1, 2, 3], 1, 3, 'First four 0, 1, 2, 3'));
  // Lines (six numbers, two streets) on the bottom edge between the streets.
  for (let s = 1; s <= 11; s++)
    spots.push(inside('LINE', range(3 * s - 2, 3 * s + 3), s + 1, 3, `Line ${3 * s - 2} to ${3 * s + 3}`));
  // Outside bets.
  for (const index of [1, 2, 3] as const)
    spots.push({ id: `DOZEN:${index}`, kind: 'DOZEN', index, label: `Dozen ${12 * index - 11} to ${12 * index}` });
  for (const index of [1, 2, 3] as const)
    spots.push({ id: `COLUMN:${index}`, kind: 'COLUMN', index, label: `Column ${index}` });
  const even: [RouletteBetKind, string][] = [
    ['LOW', '1 to 18'],
    ['EVEN', 'Even'],
    ['RED', 'Red'],
    ['BLACK', 'Black'],
    ['ODD', 'Odd'],
    ['HIGH', '19 to 36'],
  ];
  for (const [kind, label] of even) spots.push({ id: kind, kind, label });
  return spots;
}

export const BOARD_SPOTS: readonly BoardSpot[] = buildSpots();
const SPOTS_BY_ID = new Map(BOARD_SPOTS.map((s) => [s.id, s]));

export function spotById(id: string): BoardSpot | undefined {
  return SPOTS_BY_ID.get(id);
}

/** The numbers a spot covers (the board highlights them). */
export function spotNumbers(spot: Pick<BoardSpot, 'kind' | 'numbers' | 'index'>): number[] {
  if (spot.numbers) return spot.numbers;
  const all = range(1, 36);
  const index = spot.index ?? 1;
  switch (spot.kind) {
    case 'DOZEN':
      return range(12 * index - 11, 12 * index);
    case 'COLUMN':
      return all.filter((n) => n % 3 === index % 3);
    case 'RED':
      return all.filter((n) => RED.has(n));
    case 'BLACK':
      return all.filter((n) => !RED.has(n));
    case 'ODD':
      return all.filter((n) => n % 2 === 1);
    case 'EVEN':
      return all.filter((n) => n % 2 === 0);
    case 'LOW':
      return range(1, 18);
    case 'HIGH':
      return range(19, 36);
    default:
      return [];
  }
}

/** What a winning chip returns per unit staked, stake included (36 / numbers covered): 36, 18, 12, 9, 6, 3, 2. */
export function spotReturn(spot: Pick<BoardSpot, 'kind' | 'numbers' | 'index'>): number {
  return 36 / spotNumbers(spot).length;
}

/** The spot a bet of the API stands for (bet lists and the verifier show it on the board). */
export function spotOfBet(bet: Pick<RouletteBetParam, 'kind' | 'numbers' | 'index'>): BoardSpot | undefined {
  if (bet.numbers) return spotById(`${bet.kind}:${[...bet.numbers].sort((a, b) => a - b).join('-')}`);
  if (bet.index !== undefined) return spotById(`${bet.kind}:${bet.index}`);
  return spotById(bet.kind);
}

/** One chip stack on the board: a spot and the total staked on it (minor units). */
export interface PlacedChip {
  spotId: string;
  amount: bigint;
}

export const MAX_BETS_PER_SPIN = 20;

/** The chips on the board → the ROULETTE params and the stake (their sum), one bet per spot. */
export function toRouletteBets(chips: readonly PlacedChip[]): { bets: RouletteBetParam[]; stake: bigint } {
  const totals = new Map<string, bigint>();
  for (const chip of chips) totals.set(chip.spotId, (totals.get(chip.spotId) ?? 0n) + chip.amount);
  const bets: RouletteBetParam[] = [];
  let stake = 0n;
  for (const [spotId, amount] of totals) {
    const spot = spotById(spotId);
    if (!spot || amount <= 0n) continue;
    const bet: RouletteBetParam = { kind: spot.kind, amount: amount.toString() };
    if (spot.numbers) bet.numbers = spot.numbers;
    if (spot.index) bet.index = spot.index;
    bets.push(bet);
    stake += amount;
  }
  return { bets, stake };
}

/** The pockets clockwise from zero on a European wheel. */
export const WHEEL_ORDER: readonly number[] = [
  0, 32, 15, 19, 4, 21, 2, 25, 17, 34, 6, 27, 13, 36, 11, 30, 8, 23, 10, 5, 24, 16, 33, 1, 20, 14, 31, 9, 22, 18, 29, 7,
  28, 12, 35, 3, 26,
];
export const POCKET_DEGREES = 360 / WHEEL_ORDER.length;

/**
 * The wheel's next rotation (degrees, always forward by at least `turns` full turns) that brings
 * `pocket` under the pointer at the top.
 */
export function wheelRotationFor(current: number, pocket: number, turns = 4): number {
  const index = WHEEL_ORDER.indexOf(pocket);
  if (index < 0) return current;
  // Pocket i sits at i·d degrees clockwise from the top when the wheel is at 0; rotating by −i·d brings it up.
  const target = (((-index * POCKET_DEGREES) % 360) + 360) % 360;
  const base = current - (((current % 360) + 360) % 360);
  let next = base + target;
  while (next < current + turns * 360) next += 360;
  return next;
}

/** Chip values for an asset: multiples of the minimum stake, capped by the maximum. */
export function chipValues(minStake: bigint, maxStake: bigint): bigint[] {
  const values = [1n, 5n, 10n, 50n, 100n, 500n].map((f) => minStake * f).filter((v) => v <= maxStake);
  return values.length ? values.slice(0, 5) : [minStake];
}
