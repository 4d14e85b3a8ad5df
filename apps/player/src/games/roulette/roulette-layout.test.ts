import { describe, expect, it } from 'vitest';
import {
  BOARD_SPOTS,
  cellOf,
  chipValues,
  numberColour,
  spotNumbers,
  spotOfBet,
  spotReturn,
  toRouletteBets,
  WHEEL_ORDER,
  wheelRotationFor,
  POCKET_DEGREES,
} from './roulette-layout';

/** The table's rules as docs/provably-fair.md states them, written out independently of the board. */
function isLegalInside(kind: string, numbers: number[]): boolean {
  const [a = -1, b = -1] = numbers;
  const same = (xs: number[]) => xs.length === numbers.length && xs.every((x, i) => x === numbers[i]);
  switch (kind) {
    case 'STRAIGHT':
      return numbers.length === 1 && a >= 0 && a <= 36;
    case 'SPLIT':
      return numbers.length === 2 && (a === 0 ? b >= 1 && b <= 3 : b === a + 3 || (b === a + 1 && a % 3 !== 0));
    case 'STREET':
      return same([0, 1, 2]) || same([0, 2, 3]) || (a % 3 === 1 && same([a, a + 1, a + 2]));
    case 'CORNER':
      return same([0, 1, 2, 3]) || (a >= 1 && a % 3 !== 0 && same([a, a + 1, a + 3, a + 4]));
    case 'LINE':
      return a % 3 === 1 && a <= 31 && same([a, a + 1, a + 2, a + 3, a + 4, a + 5]);
    default:
      return false;
  }
}

const count = (kind: string) => BOARD_SPOTS.filter((s) => s.kind === kind).length;

describe('the roulette board', () => {
  it('has every bet of the European table once', () => {
    expect({
      straight: count('STRAIGHT'),
      split: count('SPLIT'),
      street: count('STREET'),
      corner: count('CORNER'),
      line: count('LINE'),
      dozen: count('DOZEN'),
      column: count('COLUMN'),
    }).toEqual({ straight: 37, split: 60, street: 14, corner: 23, line: 11, dozen: 3, column: 3 });
    for (const kind of ['RED', 'BLACK', 'ODD', 'EVEN', 'LOW', 'HIGH']) expect(count(kind)).toBe(1);
    expect(new Set(BOARD_SPOTS.map((s) => s.id)).size).toBe(BOARD_SPOTS.length);
    expect(new Set(BOARD_SPOTS.map((s) => s.label)).size).toBe(BOARD_SPOTS.length);
  });

  it.each(BOARD_SPOTS.filter((s) => s.numbers).map((s) => [s.label, s] as const))(
    '%s is a legal inside bet',
    (_label, spot) => {
      expect(isLegalInside(spot.kind, spot.numbers!)).toBe(true);
    },
  );

  it('puts no two chips on the same place', () => {
    const places = BOARD_SPOTS.filter((s) => s.x !== undefined).map((s) => `${s.x},${s.y}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('puts each inside chip where its numbers meet', () => {
    for (const spot of BOARD_SPOTS) {
      if (!spot.numbers || spot.numbers.includes(0)) continue;
      const cells = spot.numbers.map(cellOf);
      if (spot.kind === 'STREET' || spot.kind === 'LINE') {
        // On the bottom edge, under the streets it covers.
        expect(spot.y).toBe(3);
        expect(cells.every((c) => spot.x! >= c.x && spot.x! <= c.x + 1)).toBe(true);
        continue;
      }
      // The chip touches every covered cell: inside or on its border.
      for (const cell of cells) {
        expect(
          spot.x! >= cell.x && spot.x! <= cell.x + 1 && spot.y! >= cell.y && spot.y! <= cell.y + 1,
          `${spot.label} touches ${JSON.stringify(cell)}`,
        ).toBe(true);
      }
    }
  });

  it.each([
    ['Straight 17', 36],
    ['Split 1 and 2', 18],
    ['Street 0, 1, 2', 12],
    ['Corner 1, 2, 4, 5', 9],
    ['Line 1 to 6', 6],
    ['Dozen 13 to 24', 3],
    ['Column 2', 3],
    ['Red', 2],
    ['19 to 36', 2],
  ])('%s returns %i× its stake', (label, ret) => {
    const spot = BOARD_SPOTS.find((s) => s.label === label)!;
    expect(spotReturn(spot)).toBe(ret);
  });

  it('covers the right numbers with outside bets', () => {
    const byId = (id: string) => spotNumbers(BOARD_SPOTS.find((s) => s.id === id)!);
    expect(byId('COLUMN:1')).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34]);
    expect(byId('COLUMN:3').every((n) => n % 3 === 0)).toBe(true);
    expect(byId('DOZEN:3')).toEqual(Array.from({ length: 12 }, (_, i) => 25 + i));
    expect(byId('RED')).toHaveLength(18);
    expect(byId('RED').filter((n) => byId('BLACK').includes(n))).toEqual([]);
    expect(byId('ODD').every((n) => n % 2 === 1)).toBe(true);
  });

  it('colours the numbers', () => {
    expect([0, 1, 2, 10, 11, 19, 36].map(numberColour)).toEqual([
      'GREEN',
      'RED',
      'BLACK',
      'BLACK',
      'BLACK',
      'RED',
      'RED',
    ]);
  });
});

describe('chips → bets', () => {
  it('sums chips per spot into one bet each, with the stake as their total', () => {
    const { bets, stake } = toRouletteBets([
      { spotId: 'RED', amount: 100n },
      { spotId: 'STRAIGHT:17', amount: 10n },
      { spotId: 'RED', amount: 50n },
      { spotId: 'DOZEN:2', amount: 20n },
      { spotId: 'CORNER:1-2-4-5', amount: 30n },
    ]);
    expect(bets).toEqual([
      { kind: 'RED', amount: '150' },
      { kind: 'STRAIGHT', numbers: [17], amount: '10' },
      { kind: 'DOZEN', index: 2, amount: '20' },
      { kind: 'CORNER', numbers: [1, 2, 4, 5], amount: '30' },
    ]);
    expect(stake).toBe(210n);
  });

  it('finds the spot of a recorded bet, whatever the order of its numbers', () => {
    expect(spotOfBet({ kind: 'SPLIT', numbers: [2, 1] })?.label).toBe('Split 1 and 2');
    expect(spotOfBet({ kind: 'COLUMN', index: 3 })?.label).toBe('Column 3');
    expect(spotOfBet({ kind: 'ODD' })?.label).toBe('Odd');
  });

  it('offers chips from the minimum stake up to the maximum', () => {
    expect(chipValues(10n, 100_000n)).toEqual([10n, 50n, 100n, 500n, 1000n]);
    expect(chipValues(10n, 120n)).toEqual([10n, 50n, 100n]);
  });
});

describe('the wheel', () => {
  it('holds every pocket once, colours alternating after zero', () => {
    expect([...WHEEL_ORDER].sort((a, b) => a - b)).toEqual(Array.from({ length: 37 }, (_, i) => i));
    for (let i = 1; i < WHEEL_ORDER.length - 1; i++)
      expect(numberColour(WHEEL_ORDER[i]!)).not.toBe(numberColour(WHEEL_ORDER[i + 1]!));
  });

  it.each([0, 17, 26, 32])('turns forward several times and brings %i under the pointer', (pocket) => {
    for (const current of [0, 123.4, 1800 + 77]) {
      const next = wheelRotationFor(current, pocket);
      expect(next).toBeGreaterThanOrEqual(current + 4 * 360);
      const index = WHEEL_ORDER.indexOf(pocket);
      // The pocket's angle after rotating is a multiple of 360: at the top.
      const angle = (((index * POCKET_DEGREES + next) % 360) + 360) % 360;
      expect(Math.min(angle, 360 - angle)).toBeLessThan(1e-6);
    }
  });
});
