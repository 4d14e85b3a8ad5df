/**
 * European roulette: pocket = below(37). Each bet covers c numbers and returns 36/c times its amount
 * (stake included) when the pocket is among them; the multiplier is Σ returns / Σ amounts.
 * Inside bets are checked against the list of every legal bet on the single-zero layout, built below.
 */
import type { HmacStream } from '../hmac-stream.ts';
import { fraction, ZERO, type Fraction } from '../fraction.ts';
import { fail, noOtherKeys, record } from '../input.ts';

export const RED_NUMBERS: readonly number[] = [1, 3, 5, 7, 9, 12, 14, 16, 18, 19, 21, 23, 25, 27, 30, 32, 34, 36];

export interface RouletteResult {
  pocket: number;
  colour: 'RED' | 'BLACK' | 'GREEN';
  winningBets: number[];
}

const key = (numbers: readonly number[]) => [...numbers].sort((a, b) => a - b).join(',');

// Every legal inside bet, by kind, as sorted comma-joined keys.
const LEGAL: Record<string, Set<string>> = (() => {
  const straight = new Set<string>();
  const split = new Set<string>(['0,1', '0,2', '0,3']);
  const street = new Set<string>(['0,1,2', '0,2,3']);
  const corner = new Set<string>(['0,1,2,3']);
  const line = new Set<string>();
  for (let n = 0; n <= 36; n++) straight.add(String(n));
  // The grid: row r (0–11) holds 3r+1, 3r+2, 3r+3 from left to right.
  const at = (row: number, col: number) => 3 * row + col + 1;
  for (let row = 0; row < 12; row++) {
    street.add(key([at(row, 0), at(row, 1), at(row, 2)]));
    for (let col = 0; col < 3; col++) {
      if (col < 2) split.add(key([at(row, col), at(row, col + 1)]));
      if (row < 11) split.add(key([at(row, col), at(row + 1, col)]));
      if (col < 2 && row < 11)
        corner.add(key([at(row, col), at(row, col + 1), at(row + 1, col), at(row + 1, col + 1)]));
    }
    if (row < 11) line.add(key([0, 1, 2].flatMap((col) => [at(row, col), at(row + 1, col)])));
  }
  return { STRAIGHT: straight, SPLIT: split, STREET: street, CORNER: corner, LINE: line };
})();

function covered(kind: string, bet: Record<string, unknown>, where: string): number[] {
  const all = Array.from({ length: 36 }, (_, i) => i + 1);
  if (Object.hasOwn(LEGAL, kind)) {
    noOtherKeys(bet, ['kind', 'numbers', 'amount'], where);
    const numbers = bet.numbers;
    if (!Array.isArray(numbers) || !numbers.every((n) => Number.isInteger(n)))
      fail(`${where}: numbers must be a list of whole numbers.`);
    if (new Set(numbers).size !== numbers.length || !LEGAL[kind]!.has(key(numbers as number[])))
      fail(`${where}: ${JSON.stringify(numbers)} is not a ${kind} bet.`);
    return numbers as number[];
  }
  if (kind === 'DOZEN' || kind === 'COLUMN') {
    noOtherKeys(bet, ['kind', 'index', 'amount'], where);
    const index = bet.index;
    if (index !== 1 && index !== 2 && index !== 3) fail(`${where}: index must be 1, 2 or 3.`);
    return kind === 'DOZEN'
      ? all.filter((n) => Math.ceil(n / 12) === index)
      : all.filter((n) => ((n - 1) % 3) + 1 === index);
  }
  noOtherKeys(bet, ['kind', 'amount'], where);
  switch (kind) {
    case 'RED':
      return all.filter((n) => RED_NUMBERS.includes(n));
    case 'BLACK':
      return all.filter((n) => !RED_NUMBERS.includes(n));
    case 'ODD':
      return all.filter((n) => n % 2 === 1);
    case 'EVEN':
      return all.filter((n) => n % 2 === 0);
    case 'LOW':
      return all.filter((n) => n <= 18);
    case 'HIGH':
      return all.filter((n) => n >= 19);
    default:
      return fail(`${where}: unknown bet kind ${JSON.stringify(kind)}.`);
  }
}

export async function verifyRoulette(
  stream: HmacStream,
  rawParams: unknown,
): Promise<{ outcome: RouletteResult; multiplier: Fraction }> {
  const params = record(rawParams, 'Roulette params');
  noOtherKeys(params, ['bets'], 'Roulette params');
  const bets = params.bets;
  if (!Array.isArray(bets) || bets.length < 1 || bets.length > 20) fail('bets must be a list of 1 to 20 bets.');
  const parsed = bets.map((raw, i) => {
    const where = `Bet ${i + 1}`;
    const bet = record(raw, where);
    if (typeof bet.amount !== 'string' || !/^[1-9][0-9]{0,29}$/.test(bet.amount))
      fail(`${where}: amount must be a positive whole number (minor units) in a string.`);
    return { amount: BigInt(bet.amount), numbers: covered(String(bet.kind), bet, where) };
  });

  const pocket = await stream.below(37);
  const staked = parsed.reduce((sum, b) => sum + b.amount, 0n);
  let returned = 0n;
  const winningBets: number[] = [];
  parsed.forEach((b, i) => {
    if (!b.numbers.includes(pocket)) return;
    returned += (b.amount * 36n) / BigInt(b.numbers.length);
    winningBets.push(i);
  });
  const colour = pocket === 0 ? 'GREEN' : RED_NUMBERS.includes(pocket) ? 'RED' : 'BLACK';
  return { outcome: { pocket, colour, winningBets }, multiplier: returned === 0n ? ZERO : fraction(returned, staked) };
}
