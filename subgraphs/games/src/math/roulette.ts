/**
 * European roulette (single zero).
 *
 * Conversion: pocket = nextInt(37), 0…36, uniform by rejection sampling.
 *
 * Table layout: 0 on its own; 1…36 in 12 rows (streets) of 3: street s = {3s−2, 3s−1, 3s}; column c
 * (1, 2, 3) = {n : n mod 3 = c mod 3}. Red: 1 3 5 7 9 12 14 16 18 19 21 23 25 27 30 32 34 36; the other
 * non-zero numbers are black, 0 is green.
 *
 * Params: { bets: [{ kind, numbers?, index?, amount }] }, 1–20 bets, amount a positive integer string of
 * minor units. The bet's stake is Σ amount and must equal the stake the caller debits.
 *   STRAIGHT numbers [n]                                   returns 36× (35:1)
 *   SPLIT    numbers [a, b], adjacent: b = a+3, or b = a+1 in one street, or 0 with 1, 2 or 3   18× (17:1)
 *   STREET   numbers of one street, or the trios 0-1-2 and 0-2-3                              12× (11:1)
 *   CORNER   numbers {a, a+1, a+3, a+4} (a not in column 3), or the first four 0-1-2-3          9× (8:1)
 *   LINE     numbers of two adjacent streets {3s−2 … 3s+3}, s = 1…11                            6× (5:1)
 *   DOZEN    index 1|2|3: 1–12, 13–24, 25–36                                                    3× (2:1)
 *   COLUMN   index 1|2|3                                                                          3× (2:1)
 *   RED, BLACK, ODD, EVEN, LOW (1–18), HIGH (19–36): 0 loses                                     2× (1:1)
 * ("returns" includes the amount staked; `numbers` may come in any order and are stored sorted.)
 *
 * RTP: every bet covers c numbers and returns 36/c, so its expected return is (c/37)·(36/c) = 36/37
 * ≈ 97.297% whatever the mix of bets. Payout = Σ amount × return over the winning bets (exact: no rounding).
 * Max payout: 36× the stake (all on one straight); `maxMultiplier` computes it for the actual bets.
 */
import type { FairRng } from '@casinox/fairness';
import { GameParamError, type InstantGameModel, type Multiplier, type RtpVariant } from './game-model.js';
import { LOSS, multiplier } from './multiplier.js';
import { onlyKeys, paramObject } from './parse-params.js';

export const ROULETTE_POCKETS = 37;
export const ROULETTE_MAX_BETS = 20;

export const ROULETTE_RED_NUMBERS: readonly number[] = [
  1, 3, 5, 7, 9, 12, 14, 16, 18, 19, 21, 23, 25, 27, 30, 32, 34, 36,
];
const RED = new Set(ROULETTE_RED_NUMBERS);

export type RouletteColour = 'RED' | 'BLACK' | 'GREEN';

export function rouletteColour(pocket: number): RouletteColour {
  if (pocket === 0) return 'GREEN';
  return RED.has(pocket) ? 'RED' : 'BLACK';
}

export const ROULETTE_INSIDE_KINDS = ['STRAIGHT', 'SPLIT', 'STREET', 'CORNER', 'LINE'] as const;
export const ROULETTE_INDEXED_KINDS = ['DOZEN', 'COLUMN'] as const;
export const ROULETTE_EVEN_KINDS = ['RED', 'BLACK', 'ODD', 'EVEN', 'LOW', 'HIGH'] as const;

export type RouletteBetKind =
  | (typeof ROULETTE_INSIDE_KINDS)[number]
  | (typeof ROULETTE_INDEXED_KINDS)[number]
  | (typeof ROULETTE_EVEN_KINDS)[number];

export interface RouletteBet {
  kind: RouletteBetKind;
  /** Inside bets only: the covered numbers, ascending. */
  numbers?: number[];
  /** DOZEN and COLUMN only. */
  index?: 1 | 2 | 3;
  /** Minor units, a positive integer as a decimal string. */
  amount: string;
}

export interface RouletteParams {
  bets: RouletteBet[];
}

export interface RouletteOutcome {
  pocket: number;
  colour: RouletteColour;
  /** Indexes into params.bets of the bets that won. */
  winningBets: number[];
}

const INSIDE_SIZE: Record<(typeof ROULETTE_INSIDE_KINDS)[number], number> = {
  STRAIGHT: 1,
  SPLIT: 2,
  STREET: 3,
  CORNER: 4,
  LINE: 6,
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const street = (s: number) => range(3 * s - 2, 3 * s);
const sameSet = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/** Whether ascending `numbers` form a legal inside bet of `kind` on the European layout. */
function isInsideBet(kind: (typeof ROULETTE_INSIDE_KINDS)[number], numbers: readonly number[]): boolean {
  const [a = -1, b = -1] = numbers;
  switch (kind) {
    case 'STRAIGHT':
      return true;
    case 'SPLIT':
      if (a === 0) return b >= 1 && b <= 3;
      return b === a + 3 || (b === a + 1 && a % 3 !== 0);
    case 'STREET':
      return (
        sameSet(numbers, [0, 1, 2]) ||
        sameSet(numbers, [0, 2, 3]) ||
        (a % 3 === 1 && sameSet(numbers, street((a + 2) / 3)))
      );
    case 'CORNER':
      return sameSet(numbers, [0, 1, 2, 3]) || (a >= 1 && a % 3 !== 0 && sameSet(numbers, [a, a + 1, a + 3, a + 4]));
    case 'LINE':
      return a % 3 === 1 && a <= 31 && sameSet(numbers, range(a, a + 5));
  }
}

const ONE_TO_36 = range(1, 36);
const OUTSIDE_NUMBERS: Record<string, readonly number[]> = {
  'DOZEN:1': range(1, 12),
  'DOZEN:2': range(13, 24),
  'DOZEN:3': range(25, 36),
  'COLUMN:1': ONE_TO_36.filter((n) => n % 3 === 1),
  'COLUMN:2': ONE_TO_36.filter((n) => n % 3 === 2),
  'COLUMN:3': ONE_TO_36.filter((n) => n % 3 === 0),
  RED: ONE_TO_36.filter((n) => RED.has(n)),
  BLACK: ONE_TO_36.filter((n) => !RED.has(n)),
  ODD: ONE_TO_36.filter((n) => n % 2 === 1),
  EVEN: ONE_TO_36.filter((n) => n % 2 === 0),
  LOW: range(1, 18),
  HIGH: range(19, 36),
};

/** The numbers a (parsed) bet covers. */
export function rouletteBetNumbers(bet: RouletteBet): readonly number[] {
  if (bet.numbers) return bet.numbers;
  const numbers = OUTSIDE_NUMBERS[bet.index === undefined ? bet.kind : `${bet.kind}:${bet.index}`];
  if (!numbers) throw new GameParamError(`A ${bet.kind} bet needs its numbers.`);
  return numbers;
}

/** What a winning bet returns per unit staked (stake included): 36 / numbers covered. */
export function rouletteBetReturn(bet: RouletteBet): bigint {
  return 36n / BigInt(rouletteBetNumbers(bet).length);
}

function parseBet(raw: unknown, position: number): RouletteBet {
  const where = `bets[${position}]`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new GameParamError(`${where} must be an object.`);
  const input = raw as Record<string, unknown>;
  onlyKeys(input, ['kind', 'numbers', 'index', 'amount']);
  const { kind, amount } = input;
  if (typeof amount !== 'string' || !/^[1-9]\d{0,29}$/.test(amount)) {
    throw new GameParamError(`${where}.amount must be a positive whole number of minor units, as a string.`);
  }
  if ((ROULETTE_INSIDE_KINDS as readonly unknown[]).includes(kind)) {
    const insideKind = kind as (typeof ROULETTE_INSIDE_KINDS)[number];
    if (input.index !== undefined)
      throw new GameParamError(`${where}: a ${insideKind} bet takes numbers, not an index.`);
    const { numbers } = input;
    if (!Array.isArray(numbers) || numbers.some((n) => !Number.isInteger(n) || n < 0 || n > 36)) {
      throw new GameParamError(`${where}.numbers must be a list of numbers 0–36.`);
    }
    const sorted = [...(numbers as number[])].sort((x, y) => x - y);
    if (
      sorted.length !== INSIDE_SIZE[insideKind] ||
      new Set(sorted).size !== sorted.length ||
      !isInsideBet(insideKind, sorted)
    ) {
      throw new GameParamError(`${where}: ${JSON.stringify(numbers)} is not a ${insideKind} on the table.`);
    }
    return { kind: insideKind, numbers: sorted, amount };
  }
  if ((ROULETTE_INDEXED_KINDS as readonly unknown[]).includes(kind)) {
    if (input.numbers !== undefined)
      throw new GameParamError(`${where}: a ${String(kind)} bet takes an index, not numbers.`);
    const { index } = input;
    if (index !== 1 && index !== 2 && index !== 3) throw new GameParamError(`${where}.index must be 1, 2 or 3.`);
    return { kind: kind as RouletteBetKind, index, amount };
  }
  if ((ROULETTE_EVEN_KINDS as readonly unknown[]).includes(kind)) {
    if (input.numbers !== undefined || input.index !== undefined)
      throw new GameParamError(`${where}: a ${String(kind)} bet takes neither numbers nor an index.`);
    return { kind: kind as RouletteBetKind, amount };
  }
  throw new GameParamError(
    `${where}.kind must be one of ${[...ROULETTE_INSIDE_KINDS, ...ROULETTE_INDEXED_KINDS, ...ROULETTE_EVEN_KINDS].join(', ')}.`,
  );
}

function betsTotal(params: RouletteParams): bigint {
  return params.bets.reduce((sum, bet) => sum + BigInt(bet.amount), 0n);
}

/** The amount returned (stakes included) when the ball lands on `pocket`, and which bets won. */
export function settleRoulette(params: RouletteParams, pocket: number): { returned: bigint; winningBets: number[] } {
  let returned = 0n;
  const winningBets: number[] = [];
  params.bets.forEach((bet, i) => {
    const covered = rouletteBetNumbers(bet);
    if (covered.includes(pocket)) {
      returned += BigInt(bet.amount) * (36n / BigInt(covered.length));
      winningBets.push(i);
    }
  });
  return { returned, winningBets };
}

const ROULETTE_VARIANTS = {
  european: { rtp: 36 / 37, description: 'European single-zero wheel (RTP 36/37 ≈ 97.30%)' },
} as const satisfies Record<string, RtpVariant>;

export const roulette: InstantGameModel<RouletteParams, RouletteOutcome> = {
  kind: 'INSTANT',
  code: 'ROULETTE',
  name: 'Roulette',
  variants: ROULETTE_VARIANTS,
  defaultVariant: 'european',

  parseParams(raw) {
    const input = paramObject(raw);
    onlyKeys(input, ['bets']);
    const { bets } = input;
    if (!Array.isArray(bets) || bets.length === 0 || bets.length > ROULETTE_MAX_BETS) {
      throw new GameParamError(`'bets' must list 1 to ${ROULETTE_MAX_BETS} bets.`);
    }
    return { bets: bets.map(parseBet) };
  },

  totalStake(params, stake) {
    const total = betsTotal(params);
    if (total !== stake) throw new GameParamError(`The bets add up to ${total}, not the stake ${stake}.`);
    return total;
  },

  maxMultiplier(params) {
    const total = betsTotal(params);
    let best = 0n;
    for (let pocket = 0; pocket < ROULETTE_POCKETS; pocket++) {
      const { returned } = settleRoulette(params, pocket);
      if (returned > best) best = returned;
    }
    return multiplier(best, total);
  },

  play(rng: FairRng, params, stake) {
    const total = roulette.totalStake(params, stake);
    const pocket = rng.nextInt(ROULETTE_POCKETS);
    const { returned, winningBets } = settleRoulette(params, pocket);
    const m: Multiplier = returned === 0n ? LOSS : multiplier(returned, total);
    return { outcome: { pocket, colour: rouletteColour(pocket), winningBets }, payout: returned, multiplier: m };
  },
};
