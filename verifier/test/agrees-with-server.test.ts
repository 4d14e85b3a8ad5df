// The one place that sees both implementations: the verifier (Web Crypto, written from the docs) must
// reproduce what the games subgraph's models decide, outcome for outcome and multiplier for multiplier,
// over thousands of seeds, nonces and params. The verifier's own code never imports the server's.
import { describe, expect, it } from 'vitest';
import { FairRng } from '../../packages/fairness/src/fair-rng.ts';
import { dice } from '../../subgraphs/games/src/math/dice.ts';
import type { Multiplier } from '../../subgraphs/games/src/math/game-model.ts';
import { limbo } from '../../subgraphs/games/src/math/limbo.ts';
import { mines, type MinesState } from '../../subgraphs/games/src/math/mines.ts';
import { roulette } from '../../subgraphs/games/src/math/roulette.ts';
import { slots } from '../../subgraphs/games/src/math/slots.ts';
import { verifyBet } from '../src/index.ts';

const CASES = 2_000;

// A small seeded generator (mulberry32) so a failure names a reproducible case.
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const hex = (chars: number) => Array.from({ length: chars }, () => '0123456789abcdef'[int(0, 15)]).join('');
  const VISIBLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).filter((c) => c !== ':');
  const seeds = () => ({
    serverSeed: hex(64),
    clientSeed: Array.from({ length: int(1, 64) }, () => pick(VISIBLE)).join(''),
    nonce: next() < 0.2 ? int(0, 10) : int(0, 2 ** 40),
  });
  return { next, int, pick, seeds };
}

const fractionOf = (m: Multiplier) => ({ num: m.num.toString(), den: m.den.toString() });

function randomRouletteBet(g: ReturnType<typeof generator>) {
  const amount = String(g.int(1, 5000));
  const shuffled = (numbers: number[]) => [...numbers].sort(() => g.next() - 0.5);
  switch (g.int(0, 8)) {
    case 0:
      return { kind: 'STRAIGHT', numbers: [g.int(0, 36)], amount };
    case 1: {
      const zero = g.next() < 0.1;
      if (zero) return { kind: 'SPLIT', numbers: shuffled([0, g.int(1, 3)]), amount };
      const vertical = g.next() < 0.5;
      if (vertical) {
        const a = g.int(1, 33);
        return { kind: 'SPLIT', numbers: shuffled([a, a + 3]), amount };
      }
      const a = g.pick(Array.from({ length: 36 }, (_, i) => i + 1).filter((n) => n % 3 !== 0));
      return { kind: 'SPLIT', numbers: shuffled([a, a + 1]), amount };
    }
    case 2: {
      if (g.next() < 0.15)
        return {
          kind: 'STREET',
          numbers: shuffled(
            g.pick([
              [0, 1, 2],
              [0, 2, 3],
            ]),
          ),
          amount,
        };
      const s = g.int(1, 12);
      return { kind: 'STREET', numbers: shuffled([3 * s - 2, 3 * s - 1, 3 * s]), amount };
    }
    case 3: {
      if (g.next() < 0.1) return { kind: 'CORNER', numbers: shuffled([0, 1, 2, 3]), amount };
      const a = g.pick(Array.from({ length: 32 }, (_, i) => i + 1).filter((n) => n % 3 !== 0));
      return { kind: 'CORNER', numbers: shuffled([a, a + 1, a + 3, a + 4]), amount };
    }
    case 4: {
      const s = g.int(1, 11);
      return { kind: 'LINE', numbers: shuffled(Array.from({ length: 6 }, (_, i) => 3 * s - 2 + i)), amount };
    }
    case 5:
      return { kind: 'DOZEN', index: g.int(1, 3), amount };
    case 6:
      return { kind: 'COLUMN', index: g.int(1, 3), amount };
    default:
      return { kind: g.pick(['RED', 'BLACK', 'ODD', 'EVEN', 'LOW', 'HIGH']), amount };
  }
}

describe('the verifier agrees with the server models', () => {
  it(`on dice (${CASES} bets)`, async () => {
    const g = generator(1);
    for (let i = 0; i < CASES; i++) {
      const s = g.seeds();
      const variant = g.pick(['edge-1', 'edge-2']);
      const direction = g.pick(['OVER', 'UNDER'] as const);
      // A third of the targets sit exactly on (or next to) the roll, where an off-by-one would show.
      const roll = Math.round(
        dice.play(new FairRng(s.serverSeed, s.clientSeed, s.nonce), { target: 50, direction: 'UNDER' }, 1n, variant)
          .outcome.roll * 100,
      );
      const near = roll + g.int(-1, 1);
      const valid = (t: number) => (direction === 'OVER' ? t >= 199 && t <= 9998 : t >= 1 && t <= 9800);
      const t = g.next() < 0.34 && valid(near) ? near : direction === 'OVER' ? g.int(199, 9998) : g.int(1, 9800);
      const raw = { target: g.next() < 0.5 ? t / 100 : (t / 100).toFixed(2), direction };
      const server = dice.play(
        new FairRng(s.serverSeed, s.clientSeed, s.nonce),
        dice.parseParams(raw, variant),
        1000n,
        variant,
      );
      const verified = await verifyBet({ game: 'DICE', ...s, params: raw, variant });
      expect({ case: i, outcome: verified.outcome, m: verified.multiplierFraction }).toEqual({
        case: i,
        outcome: server.outcome,
        m: fractionOf(server.multiplier),
      });
    }
  }, 60_000);

  it(`on limbo (${CASES} bets)`, async () => {
    const g = generator(2);
    for (let i = 0; i < CASES; i++) {
      const s = g.seeds();
      const variant = g.pick(['edge-1', 'edge-2']);
      // A third of the targets sit exactly on (or next to) the drawn result, where an off-by-one would show.
      const drawn = Math.round(
        limbo.play(new FairRng(s.serverSeed, s.clientSeed, s.nonce), { target: 2 }, 1n, variant).outcome.result * 100,
      );
      const near = drawn + g.int(-1, 1);
      const t =
        g.next() < 0.34 && near >= 101 && near <= 100_000_000
          ? near
          : 101 + Math.floor(g.next() ** 6 * (100_000_000 - 101));
      const raw = { target: t / 100 };
      const server = limbo.play(
        new FairRng(s.serverSeed, s.clientSeed, s.nonce),
        limbo.parseParams(raw, variant),
        1000n,
        variant,
      );
      const verified = await verifyBet({ game: 'LIMBO', ...s, params: raw, variant });
      expect({ case: i, outcome: verified.outcome, m: verified.multiplierFraction }).toEqual({
        case: i,
        outcome: server.outcome,
        m: fractionOf(server.multiplier),
      });
    }
  }, 60_000);

  it(`on roulette (${CASES} bets)`, async () => {
    const g = generator(3);
    for (let i = 0; i < CASES; i++) {
      const s = g.seeds();
      const raw = { bets: Array.from({ length: g.int(1, 6) }, () => randomRouletteBet(g)) };
      const params = roulette.parseParams(raw, 'european');
      const stake = params.bets.reduce((sum, b) => sum + BigInt(b.amount), 0n);
      const server = roulette.play(new FairRng(s.serverSeed, s.clientSeed, s.nonce), params, stake, 'european');
      const verified = await verifyBet({ game: 'ROULETTE', ...s, params: raw });
      expect({ case: i, outcome: verified.outcome, m: verified.multiplierFraction }).toEqual({
        case: i,
        outcome: server.outcome,
        m: fractionOf(server.multiplier),
      });
    }
  }, 60_000);

  it(`on slots (${CASES} spins)`, async () => {
    const g = generator(4);
    let wins = 0;
    for (let i = 0; i < CASES; i++) {
      const s = g.seeds();
      const server = slots.play(new FairRng(s.serverSeed, s.clientSeed, s.nonce), {}, 1000n, 'standard');
      const verified = await verifyBet({ game: 'SLOTS', ...s, params: {} });
      expect({ case: i, outcome: verified.outcome, m: verified.multiplierFraction }).toEqual({
        case: i,
        outcome: server.outcome,
        m: fractionOf(server.multiplier),
      });
      if (server.payout > 0n) wins += 1;
    }
    // The comparison covered paying spins, not just blanks.
    expect(wins).toBeGreaterThan(CASES / 10);
  }, 60_000);

  it(`on mines (${CASES} rounds played to the end)`, async () => {
    const g = generator(5);
    for (let i = 0; i < CASES; i++) {
      const s = g.seeds();
      const variant = g.pick(['edge-1', 'edge-2']);
      const count = g.int(1, 24);
      let state: MinesState = mines.start(
        new FairRng(s.serverSeed, s.clientSeed, s.nonce),
        mines.parseParams({ mines: count }, variant),
        variant,
      );
      const order = Array.from({ length: 25 }, (_, t) => t).sort(() => g.next() - 0.5);
      const stopAfter = g.int(1, 25 - count);
      let multiplier: Multiplier = { num: 0n, den: 1n };
      for (const tile of order) {
        const step = mines.act(state, mines.parseAction({ reveal: tile }, state), 1000n, variant);
        state = step.state;
        multiplier = step.multiplier;
        if (step.finished) break;
        if (state.revealed.length === stopAfter) {
          ({ state, multiplier } = mines.cashOut(state, 1000n, variant));
          break;
        }
      }
      const verified = await verifyBet({
        game: 'MINES',
        ...s,
        params: { mines: count, revealed: state.revealed },
        variant,
      });
      expect({ case: i, mines: verified.outcome.mines, m: verified.multiplierFraction }).toEqual({
        case: i,
        mines: state.mines,
        m: fractionOf(multiplier),
      });
    }
  }, 60_000);
});
