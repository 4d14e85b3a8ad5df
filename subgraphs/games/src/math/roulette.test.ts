import { describe, expect, it } from 'vitest';
import { FairRng } from '@casinox/fairness';
import { GameParamError } from './game-model.js';
import { ROULETTE_RED_NUMBERS, roulette, rouletteColour, settleRoulette, type RouletteBet } from './roulette.js';

// Pockets for these seeds come from an independent computation (OpenSSL HMAC + Python rejection sampling).
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const CLIENT_SEED = 'player-seed';
const rng = (nonce: number) => new FairRng(SERVER_SEED, CLIENT_SEED, nonce);
const bet = (kind: string, extra: Record<string, unknown> = {}, amount = '10') => ({ kind, amount, ...extra });
const parses = (b: Record<string, unknown>) => {
  try {
    roulette.parseParams({ bets: [b] }, 'european');
    return true;
  } catch (error) {
    if (error instanceof GameParamError) return false;
    throw error;
  }
};

describe('roulette layout', () => {
  it('colours the 18 red numbers red, the other 18 black and zero green', () => {
    expect(ROULETTE_RED_NUMBERS).toHaveLength(18);
    expect(rouletteColour(0)).toBe('GREEN');
    expect(rouletteColour(1)).toBe('RED');
    expect(rouletteColour(2)).toBe('BLACK');
    expect(rouletteColour(36)).toBe('RED');
    expect(Array.from({ length: 36 }, (_, i) => rouletteColour(i + 1)).filter((c) => c === 'BLACK')).toHaveLength(18);
  });

  it.each([
    ['STRAIGHT', 1, 37],
    // 24 horizontal + 33 vertical + 0-1, 0-2, 0-3
    ['SPLIT', 2, 60],
    // 12 streets + the trios 0-1-2 and 0-2-3
    ['STREET', 3, 14],
    // 22 corners + the first four
    ['CORNER', 4, 23],
  ])('accepts exactly the %s bets on the table (%i numbers: %i of them)', (kind, size, count) => {
    let accepted = 0;
    const choose = (from: number, chosen: number[]) => {
      if (chosen.length === size) {
        if (parses(bet(kind, { numbers: chosen }))) accepted += 1;
        return;
      }
      for (let n = from; n <= 36; n++) choose(n + 1, [...chosen, n]);
    };
    choose(0, []);
    expect(accepted).toBe(count);
  });

  it.each([
    ['SPLIT', [0, 1], true],
    ['SPLIT', [3, 0], true],
    ['SPLIT', [1, 4], true],
    ['SPLIT', [35, 36], true],
    ['SPLIT', [3, 4], false],
    ['SPLIT', [0, 4], false],
    ['SPLIT', [1, 3], false],
    ['STREET', [36, 34, 35], true],
    ['STREET', [0, 2, 3], true],
    ['STREET', [2, 3, 4], false],
    ['STREET', [0, 1, 3], false],
    ['CORNER', [2, 3, 5, 6], true],
    ['CORNER', [32, 33, 35, 36], true],
    ['CORNER', [0, 1, 2, 3], true],
    ['CORNER', [3, 4, 6, 7], false],
    ['LINE', [1, 2, 3, 4, 5, 6], true],
    ['LINE', [31, 32, 33, 34, 35, 36], true],
    ['LINE', [2, 3, 4, 5, 6, 7], false],
    ['LINE', [0, 1, 2, 3, 4, 5], false],
    ['STRAIGHT', [37], false],
    ['STRAIGHT', [1, 2], false],
    ['SPLIT', [1, 1], false],
  ])('%s %j is legal: %s', (kind, numbers, legal) => {
    expect(parses(bet(kind, { numbers }))).toBe(legal);
  });
});

describe('roulette params', () => {
  it('normalises the bets (numbers sorted)', () => {
    const parsed = roulette.parseParams(
      { bets: [bet('SPLIT', { numbers: [4, 1] }, '25'), bet('DOZEN', { index: 3 }), bet('RED')] },
      'european',
    );
    expect(parsed).toEqual({
      bets: [
        { kind: 'SPLIT', numbers: [1, 4], amount: '25' },
        { kind: 'DOZEN', index: 3, amount: '10' },
        { kind: 'RED', amount: '10' },
      ],
    });
    expect(roulette.parseParams(parsed, 'european')).toEqual(parsed);
  });

  it.each([
    ['no bets', { bets: [] }],
    ['21 bets', { bets: Array.from({ length: 21 }, () => bet('RED')) }],
    ['bets not a list', { bets: 'RED' }],
    ['an amount of zero', { bets: [bet('RED', {}, '0')] }],
    ['a negative amount', { bets: [bet('RED', {}, '-5')] }],
    ['a fractional amount', { bets: [bet('RED', {}, '1.5')] }],
    ['a zero-padded amount', { bets: [bet('RED', {}, '007')] }],
    ['a numeric amount', { bets: [{ kind: 'RED', amount: 10 }] }],
    ['an unknown kind', { bets: [bet('PURPLE')] }],
    ['a dozen index 4', { bets: [bet('DOZEN', { index: 4 })] }],
    ['a column without index', { bets: [bet('COLUMN')] }],
    ['a dozen with numbers', { bets: [bet('DOZEN', { index: 1, numbers: [1] })] }],
    ['red with an index', { bets: [bet('RED', { index: 1 })] }],
    ['a straight without numbers', { bets: [bet('STRAIGHT')] }],
    ['a straight with an index', { bets: [bet('STRAIGHT', { numbers: [5], index: 1 })] }],
    ['an unknown key on a bet', { bets: [bet('RED', { colour: 'red' })] }],
    ['an unknown key', { bets: [bet('RED')], extra: true }],
  ])('refuses %s', (_label, raw) => {
    expect(() => roulette.parseParams(raw, 'european')).toThrow(GameParamError);
  });

  it('debits the sum of the bets, and refuses a stake that differs', () => {
    const params = roulette.parseParams(
      { bets: [bet('RED', {}, '150'), bet('STRAIGHT', { numbers: [7] }, '50')] },
      'european',
    );
    expect(roulette.totalStake(params, 200n)).toBe(200n);
    expect(() => roulette.totalStake(params, 199n)).toThrow(GameParamError);
  });

  it.each([
    [[bet('STRAIGHT', { numbers: [17] })], 36n, 1n],
    [[bet('RED'), bet('BLACK')], 1n, 1n],
    // Pocket 1 is red: 10 × 36 + 30 × 2 = 420 returned on 40 staked.
    [[bet('STRAIGHT', { numbers: [1] }, '10'), bet('RED', {}, '30')], 21n, 2n],
  ])('states the max multiplier of %j as %i/%i', (bets, num, den) => {
    expect(roulette.maxMultiplier(roulette.parseParams({ bets }, 'european'), 'european')).toEqual({ num, den });
  });
});

describe('roulette play', () => {
  it.each([
    [0, 4, 'BLACK'],
    [1, 25, 'RED'],
    [2, 12, 'RED'],
    [3, 18, 'RED'],
    [4, 31, 'BLACK'],
  ])('nonce %i lands on %i (%s)', (nonce, pocket, colour) => {
    const params = roulette.parseParams({ bets: [bet('RED')] }, 'european');
    const result = roulette.play(rng(nonce), params, 10n, 'european');
    expect(result.outcome).toEqual({ pocket, colour, winningBets: colour === 'RED' ? [0] : [] });
    expect(result.payout).toBe(colour === 'RED' ? 20n : 0n);
  });

  it('pays every kind of bet its return on pocket 4 (nonce 0)', () => {
    const bets: RouletteBet[] = [
      bet('STRAIGHT', { numbers: [4] }) as RouletteBet, // 36×
      bet('SPLIT', { numbers: [1, 4] }) as RouletteBet, // 18×
      bet('STREET', { numbers: [4, 5, 6] }) as RouletteBet, // 12×
      bet('CORNER', { numbers: [4, 5, 7, 8] }) as RouletteBet, // 9×
      bet('LINE', { numbers: [1, 2, 3, 4, 5, 6] }) as RouletteBet, // 6×
      bet('DOZEN', { index: 1 }) as RouletteBet, // 3×
      bet('COLUMN', { index: 1 }) as RouletteBet, // 3×
      bet('BLACK') as RouletteBet, // 2×
      bet('EVEN') as RouletteBet, // 2×
      bet('LOW') as RouletteBet, // 2×
      bet('RED') as RouletteBet,
      bet('ODD') as RouletteBet,
      bet('HIGH') as RouletteBet,
      bet('COLUMN', { index: 2 }) as RouletteBet,
    ];
    const result = roulette.play(rng(0), roulette.parseParams({ bets }, 'european'), 140n, 'european');
    expect(result.outcome.winningBets).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.payout).toBe(930n);
    expect(result.multiplier).toEqual({ num: 93n, den: 14n });
  });

  it('gives every bet kind the RTP 36/37: numbers covered × return = 36', () => {
    const kinds = [
      bet('STRAIGHT', { numbers: [0] }),
      bet('SPLIT', { numbers: [0, 2] }),
      bet('STREET', { numbers: [0, 1, 2] }),
      bet('CORNER', { numbers: [0, 1, 2, 3] }),
      bet('LINE', { numbers: [31, 32, 33, 34, 35, 36] }),
      bet('DOZEN', { index: 2 }),
      bet('COLUMN', { index: 3 }),
      bet('RED'),
      bet('BLACK'),
      bet('ODD'),
      bet('EVEN'),
      bet('LOW'),
      bet('HIGH'),
    ];
    for (const b of kinds) {
      const params = roulette.parseParams({ bets: [b] }, 'european');
      let returned = 0n;
      for (let pocket = 0; pocket < 37; pocket++) returned += settleRoulette(params, pocket).returned;
      // Over the 37 equally likely pockets a bet of 10 returns 360 in total: 36/37 of the 370 staked.
      expect(returned).toBe(360n);
    }
  });
});
