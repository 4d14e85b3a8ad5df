import { describe, expect, it } from 'vitest';
import { type Assumptions, PlacementMemory } from './placement-memory.js';

const truth = (nonce: number, seedPairId = 'pair-1'): Assumptions => ({
  seedPairId,
  serverSeed: 's',
  serverSeedHash: 'h',
  clientSeed: 'c',
  nonce,
  variant: 'edge-1',
  spendOrder: null,
  jackpots: null,
});

describe('PlacementMemory', () => {
  it('knows nothing until place_bet answered, then reserves successive nonces for concurrent bets', () => {
    const memory = new PlacementMemory();
    expect(memory.recall('t', 'p', 'DICE', 'EUR')).toBeNull();
    memory.learn('t', 'p', 'DICE', 'EUR', truth(7));
    expect(memory.recall('t', 'p', 'DICE', 'EUR')?.nonce).toBe(7);
    expect(memory.recall('t', 'p', 'DICE', 'EUR')?.nonce).toBe(8);
    // The seed pair is the player's, the terms are per game and asset.
    expect(memory.recall('t', 'p', 'LIMBO', 'EUR')).toBeNull();
    memory.learn('t', 'p', 'LIMBO', 'EUR', { ...truth(9), variant: 'edge-2' });
    expect(memory.recall('t', 'p', 'LIMBO', 'EUR')).toMatchObject({ nonce: 9, variant: 'edge-2' });
    expect(memory.recall('t', 'p', 'DICE', 'EUR')).toMatchObject({ nonce: 10, variant: 'edge-1' });
  });

  it('hands back a nonce a refused bet did not take, or forgets the pair when later bets reserved past it', () => {
    const memory = new PlacementMemory();
    memory.learn('t', 'p', 'DICE', 'EUR', truth(0));
    const refused = memory.recall('t', 'p', 'DICE', 'EUR')!;
    memory.release('t', 'p', refused);
    expect(memory.recall('t', 'p', 'DICE', 'EUR')?.nonce).toBe(0);
    const first = memory.recall('t', 'p', 'DICE', 'EUR')!;
    memory.recall('t', 'p', 'DICE', 'EUR');
    memory.release('t', 'p', first);
    expect(memory.recall('t', 'p', 'DICE', 'EUR')).toBeNull();
  });

  it('is bounded: the oldest players go first', () => {
    const memory = new PlacementMemory(2);
    for (const player of ['a', 'b', 'c']) memory.learn('t', player, 'DICE', 'EUR', truth(1));
    expect(memory.recall('t', 'a', 'DICE', 'EUR')).toBeNull();
    expect(memory.recall('t', 'c', 'DICE', 'EUR')?.nonce).toBe(1);
  });
});
