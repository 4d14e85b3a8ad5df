import { describe, expect, it } from 'vitest';
import { limbo, limboRtp } from './limbo.js';
import { simulateRtp, toNumber } from './simulate-rtp.js';

// Mixed targets: the stated RTP of the mix is the mean of each target's exact RTP (all ≈ 0.99).
const TARGETS = [1.01, 1.5, 2, 3.33, 10].map((target) => limbo.parseParams({ target }, 'edge-1'));

describe('limbo RTP', () => {
  it.each(['edge-1', 'edge-2'])(
    'measures the stated RTP of %s over 1,000,000 rounds within 3 standard errors',
    (variant) => {
      const stated =
        TARGETS.reduce((sum, p) => sum + toNumber(limboRtp(Math.round(p.target * 100), variant)), 0) / TARGETS.length;
      expect(stated).toBeCloseTo(limbo.variants[variant]!.rtp, 8);
      const measured = simulateRtp(1_000_000, `limbo-${variant}`, (rng, round) =>
        toNumber(limbo.play(rng, TARGETS[round % TARGETS.length]!, 1n, variant).multiplier),
      );
      expect(Math.abs(measured.mean - stated)).toBeLessThanOrEqual(3 * measured.standardError);
    },
    60_000,
  );
});
