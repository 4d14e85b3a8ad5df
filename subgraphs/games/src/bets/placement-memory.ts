import type { SpendOrder } from '@casinox/wallet-client';
import type { ContributionRule } from '../jackpots/split-contribution.js';

/** A player's active seed pair as the games process last saw it; `nonce` is the next one to use. */
export interface SeedState {
  seedPairId: string;
  serverSeed: string;
  serverSeedHash: string;
  clientSeed: string;
  nonce: number;
}

/** What place_bet last answered for a player, game and asset (see sql/place_bet.sql). */
export interface BetTerms {
  variant: string;
  /** The player's bonus spend order for this game and asset; null = cash only. */
  spendOrder: SpendOrder | null;
  /** The contributing jackpot rules the bet qualifies for; null = none. */
  jackpots: ContributionRule[] | null;
}

export type Assumptions = SeedState & BetTerms;

/**
 * What a bet assumes, remembered per process so that a bet is one round trip to place: place_bet
 * checks every assumption in the same statement that takes the nonce, and answers the current
 * truth when one no longer holds (a rotation, another process's bet, an operator's change, a new
 * bonus). Nothing here is trusted: a stale entry costs one more round trip, never a wrong bet.
 * Bounded: the oldest entries go first.
 */
export class PlacementMemory {
  private readonly seeds = new Map<string, SeedState>();
  private readonly terms = new Map<string, BetTerms>();

  constructor(private readonly limit = 50_000) {}

  /**
   * What the next bet of this player may assume, its nonce reserved: concurrent bets of one player
   * in this process take successive nonces instead of all missing but one.
   */
  recall(tenantId: string, playerId: string, game: string, asset: string): Assumptions | null {
    const seed = this.seeds.get(`${tenantId}|${playerId}`);
    const terms = this.terms.get(`${tenantId}|${playerId}|${game}|${asset}`);
    if (!seed || !terms) return null;
    const assumed = { ...seed, ...terms };
    seed.nonce += 1;
    return assumed;
  }

  /** The current truth place_bet answered. */
  learn(tenantId: string, playerId: string, game: string, asset: string, truth: Assumptions): void {
    const { seedPairId, serverSeed, serverSeedHash, clientSeed, nonce, variant, spendOrder, jackpots } = truth;
    remember(
      this.seeds,
      `${tenantId}|${playerId}`,
      { seedPairId, serverSeed, serverSeedHash, clientSeed, nonce },
      this.limit,
    );
    remember(this.terms, `${tenantId}|${playerId}|${game}|${asset}`, { variant, spendOrder, jackpots }, this.limit);
  }

  /** A reserved nonce the bet did not take (it was refused): handed back when nothing followed it, else the pair is looked up again. */
  release(tenantId: string, playerId: string, assumed: Assumptions): void {
    const seed = this.seeds.get(`${tenantId}|${playerId}`);
    if (seed?.seedPairId === assumed.seedPairId && seed.nonce === assumed.nonce + 1) seed.nonce = assumed.nonce;
    else this.forget(tenantId, playerId);
  }

  forget(tenantId: string, playerId: string): void {
    this.seeds.delete(`${tenantId}|${playerId}`);
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}
