import { describe, expect, it } from 'vitest';
import { mines } from './mines.js';
import { simulateRtp, toNumber } from './simulate-rtp.js';

// Strategy: reveal k tiles (a different order each round), then cash out. Every strategy returns the RTP.
const CONFIGS = [
  { count: 1, reveals: 12 },
  { count: 3, reveals: 5 },
  { count: 5, reveals: 3 },
  { count: 10, reveals: 2 },
  { count: 24, reveals: 1 },
];

describe('mines RTP', () => {
  it.each(CONFIGS)(
    'measures the stated RTP 99% with $count mines and $reveals reveals over 200,000 rounds within 3 standard errors',
    ({ count, reveals }) => {
      const params = mines.parseParams({ mines: count }, 'edge-1');
      const measured = simulateRtp(200_000, `mines-${count}-${reveals}`, (rng, round) => {
        let state = mines.start(rng, params, 'edge-1');
        for (let i = 0; i < reveals; i++) {
          // 11 is coprime with 25: i ↦ (7·round + 11·i) mod 25 visits distinct tiles.
          const step = mines.act(state, { reveal: (7 * round + 11 * i) % 25 }, 1n, 'edge-1');
          if (step.finished) return toNumber(step.multiplier);
          state = step.state;
        }
        return toNumber(mines.cashOut(state, 1n, 'edge-1').multiplier);
      });
      expect(Math.abs(measured.mean - 0.99)).toBeLessThanOrEqual(3 * measured.standardError);
    },
    60_000,
  );
});
