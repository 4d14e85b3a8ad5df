/*
 * Bets carry `params` and `outcome` as JSON objects whose shape depends on the game (see the
 * games' documentation in docs/provably-fair.md). The screens read them through these guards: a
 * shape they do not know is shown as "unknown", never trusted.
 */

export type DiceDirection = 'OVER' | 'UNDER';
export interface DiceParams {
  target: number;
  direction: DiceDirection;
}
export interface DiceOutcome {
  roll: number;
  win: boolean;
}
export interface LimboParams {
  target: number;
}
export interface LimboOutcome {
  result: number;
  win: boolean;
}
export type RouletteBetKind =
  | 'STRAIGHT'
  | 'SPLIT'
  | 'STREET'
  | 'CORNER'
  | 'LINE'
  | 'DOZEN'
  | 'COLUMN'
  | 'RED'
  | 'BLACK'
  | 'ODD'
  | 'EVEN'
  | 'LOW'
  | 'HIGH';
export interface RouletteBetParam {
  kind: RouletteBetKind;
  numbers?: number[];
  index?: number;
  amount: string;
}
export interface RouletteParams {
  bets: RouletteBetParam[];
}
export interface RouletteOutcome {
  pocket: number;
  colour: 'RED' | 'BLACK' | 'GREEN';
  winningBets: number[];
}
export type SlotSymbol = 'WILD' | 'SCATTER' | 'SEVEN' | 'BAR' | 'BELL' | 'PLUM' | 'LEMON' | 'CHERRY';
export interface SlotLineWin {
  line: number;
  symbol: SlotSymbol;
  count: number;
  pays: number;
}
export interface SlotsOutcome {
  stops: number[];
  /** grid[reel][row], row 0 the top. */
  grid: SlotSymbol[][];
  lineWins: SlotLineWin[];
  scatters: number;
  scatterPays: number;
}
export type MinesStatus = 'ACTIVE' | 'LOST' | 'CASHED_OUT' | 'CLEARED';
export interface MinesView {
  mineCount: number;
  status: MinesStatus;
  revealed: number[];
  mines: number[] | null;
  multiplier: string | null;
  nextMultiplier: string | null;
}
export interface MinesParams {
  mines: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isInt = (value: unknown): value is number => Number.isInteger(value);
const isIntList = (value: unknown): value is number[] => Array.isArray(value) && value.every(isInt);
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
/** Targets are stored as JSON numbers; an older client might have sent "50.50". */
const asNumber = (value: unknown): number | null =>
  isNumber(value)
    ? value
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
      ? Number(value)
      : null;

const SLOT_SYMBOLS: readonly string[] = ['WILD', 'SCATTER', 'SEVEN', 'BAR', 'BELL', 'PLUM', 'LEMON', 'CHERRY'];
const ROULETTE_KINDS: readonly string[] = [
  'STRAIGHT',
  'SPLIT',
  'STREET',
  'CORNER',
  'LINE',
  'DOZEN',
  'COLUMN',
  'RED',
  'BLACK',
  'ODD',
  'EVEN',
  'LOW',
  'HIGH',
];
const MINES_STATUSES: readonly string[] = ['ACTIVE', 'LOST', 'CASHED_OUT', 'CLEARED'];
const isSymbol = (value: unknown): value is SlotSymbol => typeof value === 'string' && SLOT_SYMBOLS.includes(value);

export function readDiceParams(value: unknown): DiceParams | null {
  if (!isObject(value)) return null;
  const target = asNumber(value.target);
  return target !== null && (value.direction === 'OVER' || value.direction === 'UNDER')
    ? { target, direction: value.direction }
    : null;
}

export function readDiceOutcome(value: unknown): DiceOutcome | null {
  return isObject(value) && isNumber(value.roll) && typeof value.win === 'boolean'
    ? { roll: value.roll, win: value.win }
    : null;
}

export function readLimboParams(value: unknown): LimboParams | null {
  if (!isObject(value)) return null;
  const target = asNumber(value.target);
  return target === null ? null : { target };
}

export function readLimboOutcome(value: unknown): LimboOutcome | null {
  return isObject(value) && isNumber(value.result) && typeof value.win === 'boolean'
    ? { result: value.result, win: value.win }
    : null;
}

export function readRouletteParams(value: unknown): RouletteParams | null {
  if (!isObject(value) || !Array.isArray(value.bets)) return null;
  const bets: RouletteBetParam[] = [];
  for (const raw of value.bets) {
    if (
      !isObject(raw) ||
      typeof raw.kind !== 'string' ||
      !ROULETTE_KINDS.includes(raw.kind) ||
      typeof raw.amount !== 'string'
    )
      return null;
    const bet: RouletteBetParam = { kind: raw.kind as RouletteBetKind, amount: raw.amount };
    if (raw.numbers !== undefined) {
      if (!isIntList(raw.numbers)) return null;
      bet.numbers = raw.numbers;
    }
    if (raw.index !== undefined) {
      if (!isInt(raw.index)) return null;
      bet.index = raw.index;
    }
    bets.push(bet);
  }
  return { bets };
}

export function readRouletteOutcome(value: unknown): RouletteOutcome | null {
  if (!isObject(value) || !isInt(value.pocket) || !isIntList(value.winningBets)) return null;
  const { colour } = value;
  if (colour !== 'RED' && colour !== 'BLACK' && colour !== 'GREEN') return null;
  return { pocket: value.pocket, colour, winningBets: value.winningBets };
}

export function readSlotsOutcome(value: unknown): SlotsOutcome | null {
  if (!isObject(value) || !isIntList(value.stops) || !isInt(value.scatters) || !isNumber(value.scatterPays))
    return null;
  const { grid, lineWins } = value;
  if (!Array.isArray(grid) || !grid.every((reel) => Array.isArray(reel) && reel.every(isSymbol))) return null;
  if (!Array.isArray(lineWins)) return null;
  const wins: SlotLineWin[] = [];
  for (const w of lineWins) {
    if (!isObject(w) || !isInt(w.line) || !isSymbol(w.symbol) || !isInt(w.count) || !isNumber(w.pays)) return null;
    wins.push({ line: w.line, symbol: w.symbol, count: w.count, pays: w.pays });
  }
  return {
    stops: value.stops,
    grid: grid as SlotSymbol[][],
    lineWins: wins,
    scatters: value.scatters,
    scatterPays: value.scatterPays,
  };
}

export function readMinesParams(value: unknown): MinesParams | null {
  return isObject(value) && isInt(value.mines) ? { mines: value.mines } : null;
}

export function readMinesView(value: unknown): MinesView | null {
  if (
    !isObject(value) ||
    !isInt(value.mineCount) ||
    typeof value.status !== 'string' ||
    !MINES_STATUSES.includes(value.status) ||
    !isIntList(value.revealed)
  )
    return null;
  if (!(value.mines === null || value.mines === undefined || isIntList(value.mines))) return null;
  if (!isStringOrNull(value.multiplier ?? null) || !isStringOrNull(value.nextMultiplier ?? null)) return null;
  return {
    mineCount: value.mineCount,
    status: value.status as MinesStatus,
    revealed: value.revealed,
    mines: (value.mines as number[] | null | undefined) ?? null,
    multiplier: (value.multiplier as string | null | undefined) ?? null,
    nextMultiplier: (value.nextMultiplier as string | null | undefined) ?? null,
  };
}
