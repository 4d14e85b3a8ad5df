import { describe, expect, it } from 'vitest';
import { computeJackpotRound } from './compute-jackpot-round.js';

const seeds = {
  serverSeed: 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00',
  clientSeed: 'player-seed',
  nonce: 7,
};

describe('computeJackpotRound', () => {
  // Expected blocks computed once, independently, with Node's crypto:
  //   createHmac('sha256', serverSeed).update(`player-seed:7:${round}`).digest('hex')
  it.each([
    [3, 1003, '4b948e827b62e9f35dccf0b73a0be3efbddb148e8b5f0def257e610135213922'],
    [0, 1000, '07e6b1e9edabc3bb77c2d41246c7d36ddc7d6e73063883006a0db68e309ac61c'],
  ])('slot %i reads round %i of the bet stream', (slot, round, block) => {
    expect(computeJackpotRound('jp-1', slot, seeds)).toEqual({ jackpotId: 'jp-1', round, block });
  });

  it('gives each slot and each bet its own block', () => {
    const blocks = new Set(
      [
        computeJackpotRound('a', 0, seeds),
        computeJackpotRound('a', 1, seeds),
        computeJackpotRound('a', 0, { ...seeds, nonce: 8 }),
      ].map((r) => r.block),
    );
    expect(blocks.size).toBe(3);
  });

  it('refuses a slot that is not a non-negative integer', () => {
    expect(() => computeJackpotRound('a', -1, seeds)).toThrow(RangeError);
    expect(() => computeJackpotRound('a', 1.5, seeds)).toThrow(RangeError);
  });
});
