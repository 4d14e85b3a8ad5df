import { describe, expect, it } from 'vitest';
import {
  describeBet,
  diceWinChance,
  minesBoard,
  rouletteBetLabel,
  shellQuote,
  slotsRows,
  verifierCommand,
} from './describe-bet';

describe('describeBet: dice', () => {
  it('reads the bet, the chance, the roll and the result', () => {
    expect(describeBet('DICE', { target: 50, direction: 'UNDER' }, { roll: 12.3, win: true }, 'EUR')).toEqual({
      params: [
        { label: 'Bet', value: 'Roll under 50.00' },
        { label: 'Win chance', value: '50.00 %' },
      ],
      outcome: [
        { label: 'Roll', value: '12.30' },
        { label: 'Result', value: 'Win', tone: 'win' },
      ],
    });
  });

  it.each([
    [50, 'OVER', 4999],
    [50, 'UNDER', 5000],
    [2, 'OVER', 9799],
    [0.01, 'UNDER', 1],
    [99.99, 'OVER', 0],
    [100, 'OVER', null],
    [50, 'SIDEWAYS', null],
  ])('target %s %s wins on %s of 10,000 rolls', (target, direction, expected) => {
    expect(diceWinChance(target, direction)).toBe(expected);
  });
});

describe('describeBet: limbo', () => {
  it('shows target and drawn multipliers', () => {
    expect(describeBet('LIMBO', { target: 2 }, { result: 1.5, win: false }, 'EUR')).toEqual({
      params: [{ label: 'Target multiplier', value: '2.00×' }],
      outcome: [
        { label: 'Drawn multiplier', value: '1.50×' },
        { label: 'Result', value: 'Loss', tone: 'loss' },
      ],
    });
  });
});

describe('describeBet: roulette', () => {
  it('names each bet with its amount and marks the winners', () => {
    const params = {
      bets: [
        { kind: 'RED', amount: '100' },
        { kind: 'STRAIGHT', numbers: [17], amount: '50' },
        { kind: 'DOZEN', index: 2, amount: '200' },
      ],
    };
    const { params: facts, outcome } = describeBet(
      'ROULETTE',
      params,
      { pocket: 17, colour: 'BLACK', winningBets: [1, 2] },
      'EUR',
    );
    expect(facts).toEqual([
      { label: 'Bet 1', value: 'Red — 1.00 EUR', tone: 'loss' },
      { label: 'Bet 2', value: 'Straight up 17 — 0.50 EUR (won)', tone: 'win' },
      { label: 'Bet 3', value: '2nd dozen (13–24) — 2.00 EUR (won)', tone: 'win' },
    ]);
    expect(outcome).toEqual([
      { label: 'Pocket', value: '17 black' },
      { label: 'Winning bets', value: 'Bet 2, Bet 3', tone: 'win' },
    ]);
  });

  it.each([
    [{ kind: 'SPLIT', numbers: [1, 2] }, 'Split 1, 2'],
    [{ kind: 'CORNER', numbers: [1, 2, 4, 5] }, 'Corner 1, 2, 4, 5'],
    [{ kind: 'COLUMN', index: 3 }, '3rd column'],
    [{ kind: 'DOZEN', index: 1 }, '1st dozen (1–12)'],
    [{ kind: 'HIGH' }, 'High (19–36)'],
    [{ kind: 'MYSTERY' }, 'MYSTERY'],
    ['junk', '"junk"'],
  ])('%j → %s', (bet, label) => {
    expect(rouletteBetLabel(bet)).toBe(label);
  });

  it('says so when no bet won', () => {
    expect(
      describeBet(
        'ROULETTE',
        { bets: [{ kind: 'ODD', amount: '100' }] },
        { pocket: 0, colour: 'GREEN', winningBets: [] },
        'EUR',
      ).outcome,
    ).toEqual([
      { label: 'Pocket', value: '0 green' },
      { label: 'Winning bets', value: 'None', tone: 'loss' },
    ]);
  });
});

describe('describeBet: slots', () => {
  const outcome = {
    stops: [1, 2, 3, 4, 5],
    grid: [
      ['SEVEN', 'BAR', 'WILD'],
      ['SEVEN', 'BELL', 'PLUM'],
      ['SEVEN', 'LEMON', 'CHERRY'],
      ['BAR', 'SCATTER', 'BELL'],
      ['PLUM', 'PLUM', 'SCATTER'],
    ],
    lineWins: [{ line: 2, symbol: 'SEVEN', count: 3, pays: 20 }],
    scatters: 2,
    scatterPays: 0,
  };

  it('lists line wins, scatters and the result', () => {
    expect(describeBet('SLOTS', {}, outcome, 'EUR')).toEqual({
      params: [{ label: 'Lines', value: 'Every payline (slots take no parameters)' }],
      outcome: [
        { label: 'Reel stops', value: '1, 2, 3, 4, 5' },
        { label: 'Line 2', value: '3 × Seven — pays 20× the line bet', tone: 'win' },
        { label: 'Scatters', value: '2' },
        { label: 'Result', value: 'Win', tone: 'win' },
      ],
    });
  });

  it('turns the reels into table rows, top row first', () => {
    expect(slotsRows(outcome)).toEqual([
      ['Seven', 'Seven', 'Seven', 'Bar', 'Plum'],
      ['Bar', 'Bell', 'Lemon', 'Scatter', 'Plum'],
      ['Wild', 'Plum', 'Cherry', 'Bell', 'Scatter'],
    ]);
    expect(slotsRows({ grid: [['A'], ['B', 'C']] })).toBeNull();
    expect(slotsRows({})).toBeNull();
  });
});

describe('describeBet: mines', () => {
  it('hides the mines of an open round', () => {
    const open = {
      mineCount: 3,
      status: 'ACTIVE',
      revealed: [4, 9],
      mines: null,
      multiplier: '1.23456789',
      nextMultiplier: '1.5',
    };
    expect(describeBet('MINES', { mines: 3 }, open, 'EUR')).toEqual({
      params: [{ label: 'Mines', value: '3 of 25 tiles' }],
      outcome: [
        { label: 'Round', value: 'Round open' },
        { label: 'Tiles revealed', value: '4, 9' },
        { label: 'Mines at', value: 'Hidden while the round is open' },
        { label: 'Multiplier', value: '1.23456789×' },
      ],
    });
  });

  it('draws the board of a lost round with the mine that was hit', () => {
    const board = minesBoard({ status: 'LOST', revealed: [0, 7], mines: [7, 12, 24] });
    expect(board).toHaveLength(25);
    expect(board![0]).toBe('safe');
    expect(board![7]).toBe('hit');
    expect(board![12]).toBe('mine');
    expect(board![24]).toBe('mine');
    expect(board!.filter((t) => t === 'hidden')).toHaveLength(21);
    expect(minesBoard({ status: 'ACTIVE' })).toBeNull();
  });
});

describe('describeBet: anything unexpected', () => {
  it('shows an unknown game or shape as JSON instead of failing', () => {
    expect(describeBet('CRASH', { cashOutAt: 2 }, { crashedAt: 1.5 }, 'EUR')).toEqual({
      params: [{ label: 'cashOutAt', value: '2' }],
      outcome: [{ label: 'crashedAt', value: '1.5' }],
    });
    expect(describeBet('DICE', { target: 'fifty' }, 'boom', 'EUR')).toEqual({
      params: [{ label: 'target', value: 'fifty' }],
      outcome: [{ label: 'Value', value: '"boom"' }],
    });
    expect(describeBet('ROULETTE', { bets: [{ kind: 'RED', amount: '1e3' }] }, {}, 'EUR').params).toEqual([
      { label: 'Bet 1', value: 'Red — ?' },
    ]);
  });
});

describe('verifierCommand', () => {
  const fairness = { serverSeed: 'ab'.repeat(32), serverSeedHash: 'cd'.repeat(32), clientSeed: "it's mine", nonce: 7 };

  it('is null until the server seed is revealed', () => {
    expect(
      verifierCommand({ game: 'DICE', variant: 'edge-1', params: {}, fairness: { ...fairness, serverSeed: null } }),
    ).toBeNull();
  });

  it('quotes every input for the shell and passes the variant to house-edge games only', () => {
    expect(
      verifierCommand({ game: 'DICE', variant: 'edge-2', params: { target: 50, direction: 'OVER' }, fairness }),
    ).toBe(
      `npm run verify -w @casinox/verifier -- --game DICE --server-seed ${'ab'.repeat(32)} --server-seed-hash ${'cd'.repeat(32)} --client-seed 'it'\\''s mine' --nonce 7 --variant edge-2 --params '{"target":50,"direction":"OVER"}'`,
    );
    expect(verifierCommand({ game: 'SLOTS', variant: 'standard', params: {}, fairness })).not.toContain('--variant');
  });

  it.each([
    ['plain-seed_1', 'plain-seed_1'],
    ['two words', `'two words'`],
    ['$(rm -rf /)', `'$(rm -rf /)'`],
    ['', `''`],
  ])('shellQuote(%j) → %s', (value, expected) => {
    expect(shellQuote(value)).toBe(expected);
  });
});
