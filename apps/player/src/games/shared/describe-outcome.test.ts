import { describe, expect, it } from 'vitest';
import { describeOutcome, multiplierText, winText } from './describe-outcome';

describe('multiplierText', () => {
  it.each([
    ['1.98000000', '1.98×'],
    ['2.00000000', '2.00×'],
    ['0.00000000', '0.00×'],
    ['1.23456700', '1.234567×'],
    ['36', '36.00×'],
    [1.5, '1.50×'],
    [null, '—'],
  ])('%j → %s', (input, text) => {
    expect(multiplierText(input)).toBe(text);
  });

  it('cuts to fewer decimals without rounding up', () => {
    expect(multiplierText('19.83967935', 2)).toBe('19.83×');
    expect(multiplierText('1.28571428', 4)).toBe('1.2857×');
    expect(multiplierText('2.00000000', 4)).toBe('2.00×');
  });
});

describe('describeOutcome', () => {
  it.each([
    [
      {
        game: 'DICE',
        status: 'SETTLED',
        params: { target: 50, direction: 'OVER' },
        outcome: { roll: 63.2, win: true },
      },
      'Rolled 63.20 · over 50.00',
    ],
    [
      { game: 'LIMBO', status: 'SETTLED', params: { target: 2 }, outcome: { result: 1.53, win: false } },
      '1.53× · target 2.00×',
    ],
    [
      {
        game: 'ROULETTE',
        status: 'SETTLED',
        params: {
          bets: [
            { kind: 'RED', amount: '100' },
            { kind: 'STRAIGHT', numbers: [17], amount: '10' },
          ],
        },
        outcome: { pocket: 17, colour: 'BLACK', winningBets: [1] },
      },
      '17 black · 1 of 2 bets won',
    ],
    [
      {
        game: 'SLOTS',
        status: 'SETTLED',
        params: {},
        outcome: { stops: [0, 0, 0, 0, 0], grid: [], lineWins: [], scatters: 1, scatterPays: 0 },
      },
      'No win',
    ],
    [
      {
        game: 'SLOTS',
        status: 'SETTLED',
        params: {},
        outcome: {
          stops: [0, 0, 0, 0, 0],
          grid: [],
          lineWins: [{ line: 1, symbol: 'CHERRY', count: 3, pays: 5 }],
          scatters: 3,
          scatterPays: 3,
        },
      },
      '1 winning line · 3 scatters',
    ],
    [
      {
        game: 'MINES',
        status: 'OPEN',
        params: { mines: 3 },
        outcome: {
          mineCount: 3,
          status: 'ACTIVE',
          revealed: [1, 2],
          mines: null,
          multiplier: '1.2',
          nextMultiplier: '1.4',
        },
      },
      'In play · 2 tiles revealed · 3 mines',
    ],
    [
      {
        game: 'MINES',
        status: 'SETTLED',
        params: { mines: 1 },
        outcome: { mineCount: 1, status: 'LOST', revealed: [4, 7], mines: [7], multiplier: '0', nextMultiplier: null },
      },
      'Hit a mine after 1 tile · 1 mine',
    ],
    [
      {
        game: 'MINES',
        status: 'SETTLED',
        params: { mines: 20 },
        outcome: { mineCount: 20, status: 'LOST', revealed: [6], mines: [6], multiplier: '0', nextMultiplier: null },
      },
      'Hit a mine on the first tile · 20 mines',
    ],
    [
      {
        game: 'MINES',
        status: 'SETTLED',
        params: { mines: 3 },
        outcome: {
          mineCount: 3,
          status: 'CASHED_OUT',
          revealed: [4],
          mines: [1, 2, 3],
          multiplier: '1.1',
          nextMultiplier: null,
        },
      },
      'Cashed out after 1 tile · 3 mines',
    ],
    [{ game: 'DICE', status: 'REJECTED', params: {}, outcome: { roll: 1, win: false } }, 'Refused — no money moved'],
    [{ game: 'DICE', status: 'SETTLED', params: {}, outcome: { something: 'else' } }, 'Result recorded'],
  ] as const)('%#: %s', (bet, text) => {
    expect(describeOutcome(bet)).toBe(text);
  });
});

describe('winText', () => {
  it.each([
    [{ payout: '198', multiplier: '1.98000000', asset: 'EUR' }, 'You won 1.98 EUR (1.98×)'],
    [{ payout: '0', multiplier: '0.00000000', asset: 'EUR' }, 'No win this time'],
    [{ payout: null, multiplier: null, asset: 'EUR' }, 'Settling…'],
  ])('%j → %s', (bet, text) => {
    expect(winText(bet, 2)).toBe(text);
  });
});
