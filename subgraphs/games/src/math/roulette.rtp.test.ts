import { describe, expect, it } from 'vitest';
import { roulette } from './roulette.js';
import { simulateRtp, toNumber } from './simulate-rtp.js';

// A rotation of bet mixes; every bet returns 36/37 whatever the mix.
const MIXES = [
  { bets: [{ kind: 'STRAIGHT', numbers: [17], amount: '1' }] },
  {
    bets: [
      { kind: 'RED', amount: '5' },
      { kind: 'SPLIT', numbers: [0, 3], amount: '2' },
    ],
  },
  {
    bets: [
      { kind: 'CORNER', numbers: [25, 26, 28, 29], amount: '3' },
      { kind: 'DOZEN', index: 2, amount: '4' },
      { kind: 'ODD', amount: '1' },
    ],
  },
  {
    bets: [
      { kind: 'LINE', numbers: [13, 14, 15, 16, 17, 18], amount: '6' },
      { kind: 'STREET', numbers: [0, 1, 2], amount: '1' },
    ],
  },
  {
    bets: [
      { kind: 'COLUMN', index: 3, amount: '2' },
      { kind: 'HIGH', amount: '2' },
      { kind: 'STRAIGHT', numbers: [0], amount: '1' },
    ],
  },
].map((raw) => roulette.parseParams(raw, 'european'));
const STAKES = MIXES.map((params) => params.bets.reduce((sum, b) => sum + BigInt(b.amount), 0n));

describe('roulette RTP', () => {
  it('measures the stated RTP 36/37 over 1,000,000 spins within 3 standard errors', () => {
    const stated = 36 / 37;
    expect(roulette.variants.european!.rtp).toBe(stated);
    const measured = simulateRtp(1_000_000, 'roulette', (rng, round) => {
      const i = round % MIXES.length;
      return toNumber(roulette.play(rng, MIXES[i]!, STAKES[i]!, 'european').multiplier);
    });
    expect(Math.abs(measured.mean - stated)).toBeLessThanOrEqual(3 * measured.standardError);
  }, 60_000);
});
