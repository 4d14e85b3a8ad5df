import { describe, expect, it } from 'vitest';
import {
  decideProgressiveTiers,
  decideProgressiveWin,
  progressiveBlock,
  progressiveRound,
} from './decide-progressive-win.js';
import type { ProgressiveTier } from './jackpot.js';

// Words from OpenSSL (printf 'player-seed:0:1003' | openssl dgst -sha256 -hmac "$S"), split into 4-byte
// big-endian integers by a separate Python script; each N below sits on the edge u·N < 2³².
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const bet = (nonce: number) => ({ serverSeed: SERVER_SEED, clientSeed: 'player-seed', nonce });
const tiers = (...odds: number[]): ProgressiveTier[] =>
  odds.map((hitOneIn, i) => ({ code: `T${i}`, seedAmount: 0n, contributionShareBasisPoints: 0, hitOneIn }));

describe('decideProgressiveWin', () => {
  it.each([
    // nonce, fairness slot, odds per tier, the words read, tiers hit
    [0, 3, [34, 182, 1, 1], [123631881, 23567055, 4177205430, 2450996853], ['T0', 'T1', 'T2', 'T3']],
    [0, 3, [35, 183, 2, 2], [123631881, 23567055, 4177205430, 2450996853], []],
    [0, 3, [35, 182], [123631881, 23567055], ['T1']],
    [0, 0, [2, 3], [1545780569, 2981526774], ['T0']],
    [7, 0, [52, 53], [3646228322, 81959164], []], // tier 1 reads 81959164: 52 would hit it, tier 0 never
    [7, 0, [1, 53], [3646228322, 81959164], ['T0']],
    [7, 0, [1, 52], [3646228322, 81959164], ['T0', 'T1']],
    [42, 0, [1_000_000], [1957511676], []],
  ])('nonce %i, slot %i, odds %j: words %j, hits %j', (nonce, slot, odds, words, won) => {
    const decision = decideProgressiveWin({ fairnessSlot: slot, tiers: tiers(...odds) }, bet(nonce));
    expect(decision.round).toBe(1000 + slot);
    expect(decision.tiers.map((tier) => tier.word)).toEqual(words);
    expect(decision.tiers.map((tier) => tier.byteOffset)).toEqual(words.map((_, i) => 4 * i));
    expect(decision.won).toEqual(won);
  });

  it('gives two jackpots of a tenant (distinct slots) independent bytes of the same bet', () => {
    const a = decideProgressiveWin({ fairnessSlot: 0, tiers: tiers(10) }, bet(0));
    const b = decideProgressiveWin({ fairnessSlot: 3, tiers: tiers(10) }, bet(0));
    expect(a.tiers[0]!.word).not.toBe(b.tiers[0]!.word);
  });

  it('hits about 1 in N over 100,000 bets (within 4 standard deviations)', () => {
    const n = 100;
    const bets = 100_000;
    let hits = 0;
    for (let nonce = 0; nonce < bets; nonce++)
      hits += decideProgressiveWin({ fairnessSlot: 1, tiers: tiers(n) }, bet(nonce)).won.length;
    const mean = bets / n;
    const sd = Math.sqrt(bets * (1 / n) * (1 - 1 / n));
    expect(Math.abs(hits - mean)).toBeLessThan(4 * sd);
  });

  it.each([
    ['a bad server seed', { ...bet(0), serverSeed: 'x' }, tiers(2)],
    ['a client seed with ":"', { ...bet(0), clientSeed: 'a:b' }, tiers(2)],
    ['a negative nonce', bet(-1), tiers(2)],
    ['odds of 0', bet(0), tiers(0)],
    ['nine tiers (one round holds eight words)', bet(0), tiers(2, 2, 2, 2, 2, 2, 2, 2, 2)],
  ])('refuses %s', (_label, fairness, tierList) => {
    expect(() => decideProgressiveWin({ fairnessSlot: 0, tiers: tierList }, fairness)).toThrow(RangeError);
  });

  it.each([
    [0, 1000],
    [17, 1017],
  ])('slot %i reads round %i', (slot, round) => {
    expect(progressiveRound(slot)).toBe(round);
  });

  it.each([
    [0, 3],
    [7, 0],
    [42, 0],
  ])('decides from the block exactly as from the seeds (nonce %i, slot %i)', (nonce, slot) => {
    const jackpot = { fairnessSlot: slot, tiers: tiers(2, 35, 182, 1_000_000) };
    const block = progressiveBlock(slot, bet(nonce));
    expect(block).toMatch(/^[0-9a-f]{64}$/);
    expect(decideProgressiveTiers(jackpot, block)).toEqual(decideProgressiveWin(jackpot, bet(nonce)));
    expect(decideProgressiveTiers(jackpot, Buffer.from(block, 'hex'))).toEqual(
      decideProgressiveWin(jackpot, bet(nonce)),
    );
  });

  it.each([
    // block, odds, hits: word 0 always hits; 0xffffffff hits only 1 in 1; 2^32/N is the edge.
    ['00000000' + 'ff'.repeat(28), [4_294_967_296, 2], ['T0']],
    ['ffffffff' + 'ff'.repeat(28), [1, 2], ['T0']],
    ['40000000' + '3fffffff' + '00'.repeat(24), [4, 4], ['T1']],
  ])('block %s with odds %j hits %j', (block, odds, won) => {
    expect(decideProgressiveTiers({ fairnessSlot: 0, tiers: tiers(...odds) }, block).won).toEqual(won);
  });

  it.each([
    ['too short', 'ab'.repeat(31)],
    ['upper case', 'AB'.repeat(32)],
    ['not hex', 'zz'.repeat(32)],
  ])('refuses a block that is %s', (_label, block) => {
    expect(() => decideProgressiveTiers({ fairnessSlot: 0, tiers: tiers(2) }, block)).toThrow(RangeError);
  });
});
