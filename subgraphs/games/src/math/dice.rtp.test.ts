import { describe, expect, it } from 'vitest';
import { dice } from './dice.js';
import { simulateRtp, toNumber } from './simulate-rtp.js';

const TARGETS = [
  { target: 50, direction: 'UNDER' },
  { target: 90.5, direction: 'OVER' },
  { target: 10.33, direction: 'UNDER' },
  { target: 2.5, direction: 'OVER' },
].map((raw) => dice.parseParams(raw, 'edge-1'));

describe('dice RTP', () => {
  it.each([
    ['edge-1', 0.99],
    ['edge-2', 0.98],
  ])(
    'measures the stated RTP of %s (%d) over 1,000,000 rounds within 3 standard errors',
    (variant, stated) => {
      const measured = simulateRtp(1_000_000, `dice-${variant}`, (rng, round) =>
        toNumber(dice.play(rng, TARGETS[round % TARGETS.length]!, 1n, variant).multiplier),
      );
      expect(Math.abs(measured.mean - stated)).toBeLessThanOrEqual(3 * measured.standardError);
      expect(dice.variants[variant]!.rtp).toBe(stated);
    },
    60_000,
  );
});
