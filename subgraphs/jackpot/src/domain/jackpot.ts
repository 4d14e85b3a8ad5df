/**
 * The jackpot model (issue 5, docs/architecture.md §3 money, §5 provably fair). Types only: the rules that
 * make a configuration valid live in validate-jackpot.ts, the decisions in their own verb-noun files.
 *
 * Money is bigint minor units of the jackpot's one asset. A jackpot has 1–8 tiers (MINI, MINOR,
 * MAJOR …); each tier is its own pool (a JACKPOT_POOL account in the wallet) and is won on its own.
 *
 * Types:
 * - PROGRESSIVE: every tier starts at its seed amount and grows by its share of each qualifying bet's
 *   contribution until won; a win is decided from the winning bet's provably fair stream (1 in N per
 *   tier, decide-progressive-win.ts), pays the tier's pool and reseeds it from the house.
 * - MUST_DROP ("mystery"): like PROGRESSIVE, but each tier drops when its pool reaches a hidden drop value
 *   drawn provably fairly in [minDropValue, maxDropValue] at each seeding (draw-drop-value.ts); the bet
 *   that makes the pool reach it wins (check-must-drop.ts).
 * - FIXED: each tier pays a fixed prize, its seed amount, funded by the house. Qualifying bets are
 *   entries to a scheduled provably fair draw (draw-winner.ts) that closes at the daily reset time
 *   (should-reset-fixed.ts); then the tier is topped up to the prize again. Bets contribute nothing: a
 *   contribution would make the prize grow, which is what PROGRESSIVE is for.
 * - SPONSORED: funded manually by the operator through the wallet; seed amount 0 (nothing is reseeded
 *   from the house) and bets contribute nothing. Qualifying bets are entries to scheduled draws that close
 *   daily at resetMinuteUtc like FIXED (midnight UTC unless set); the prize is what the operator funded.
 *
 * Qualifying bet (check-qualifying-bet.ts): same asset, a game in scope, and — when `optIn` — a player
 * who opted in.
 */

export const JACKPOT_TYPES = ['FIXED', 'PROGRESSIVE', 'SPONSORED', 'MUST_DROP'] as const;
export type JackpotType = (typeof JACKPOT_TYPES)[number];

/** Types whose pools grow from bets (contributionBasisPoints > 0); the others take none. */
export const CONTRIBUTING_TYPES: readonly JackpotType[] = ['PROGRESSIVE', 'MUST_DROP'];
/** Types won in a scheduled draw among qualifying bets. */
export const DRAWN_TYPES: readonly JackpotType[] = ['FIXED', 'SPONSORED'];

/** Which bets can qualify: every game of the tenant, or the listed game codes only. */
export type JackpotScope =
  { readonly kind: 'TENANT_WIDE' } | { readonly kind: 'GAMES'; readonly gameCodes: readonly string[] };

/** The fields every tier has. */
export interface JackpotTier {
  /** MINI, MINOR, MAJOR …: unique in the jackpot, upper-case. */
  readonly code: string;
  /**
   * The pool a tier holds after (re)seeding, in minor units, paid in by the house: the start and reseed
   * amount of PROGRESSIVE and MUST_DROP tiers, the prize of a FIXED tier, 0 for SPONSORED.
   */
  readonly seedAmount: bigint;
  /** This tier's share of each contribution, in basis points; the shares of a contributing jackpot sum to 10,000. */
  readonly contributionShareBasisPoints: number;
}

export interface ProgressiveTier extends JackpotTier {
  /** N in "1 in N qualifying bets wins this tier" (1 ≤ N ≤ 2³²). */
  readonly hitOneIn: number;
}

export interface MustDropTier extends JackpotTier {
  /** The hidden drop value of each seeding is drawn uniformly in [minDropValue, maxDropValue], inclusive. */
  readonly minDropValue: bigint;
  readonly maxDropValue: bigint;
}

interface JackpotFields<T extends JackpotType, Tier extends JackpotTier> {
  readonly type: T;
  readonly name: string;
  /** The one asset (USD, BTC, CREDITS …) the jackpot's pools, contributions and prizes are in. */
  readonly asset: string;
  readonly scope: JackpotScope;
  /** When true, only bets of players who opted in to this jackpot qualify. */
  readonly optIn: boolean;
  /** Basis points of each qualifying stake that go to the pools (0 for FIXED and SPONSORED). */
  readonly contributionBasisPoints: number;
  /** In a fixed order (top prize first by convention): an index is part of provably fair data. */
  readonly tiers: readonly Tier[];
}

export interface FixedJackpotConfig extends JackpotFields<'FIXED', JackpotTier> {
  /** Minute of the UTC day (0–1439) at which the draw period closes and the prize resets. */
  readonly resetMinuteUtc: number;
}

export interface ProgressiveJackpotConfig extends JackpotFields<'PROGRESSIVE', ProgressiveTier> {
  /**
   * Picks the bytes of the bet's provably fair stream this jackpot reads (round 1000 + fairnessSlot, see
   * decide-progressive-win.ts). Unique among the tenant's progressive jackpots, so two jackpots never read
   * the same bytes of a bet, and never changed once bets were decided with it.
   */
  readonly fairnessSlot: number;
}

export interface SponsoredJackpotConfig extends JackpotFields<'SPONSORED', JackpotTier> {
  /** Minute of the UTC day (0–1439) at which the draw period closes (0 when not given). */
  readonly resetMinuteUtc: number;
}

/** A jackpot won in scheduled draws (FIXED, SPONSORED). */
export type DrawnJackpotConfig = FixedJackpotConfig | SponsoredJackpotConfig;
export type MustDropJackpotConfig = JackpotFields<'MUST_DROP', MustDropTier>;

/** A valid configuration as validate-jackpot.ts returns it (no id yet). */
export type JackpotConfig =
  FixedJackpotConfig | ProgressiveJackpotConfig | SponsoredJackpotConfig | MustDropJackpotConfig;

/** A stored jackpot. */
export type Jackpot = JackpotConfig & { readonly id: string };

/** The facts about a settled bet the jackpot decisions need. */
export interface JackpotBet {
  readonly gameCode: string;
  readonly asset: string;
  /** The stake that counts towards jackpots, in minor units (≥ 0). */
  readonly stake: bigint;
  /** Whether the player had opted in to this jackpot when the bet was placed. */
  readonly playerOptedIn: boolean;
}

/** Limits the validation enforces; exported so the GraphQL descriptions and forms quote the same numbers. */
export const MAX_TIERS = 8;
/** 10 %: industry contributions are 0.5–3 %; the cap catches 1000 typed for 100. */
export const MAX_CONTRIBUTION_BASIS_POINTS = 1_000;
export const BASIS_POINTS = 10_000;
export const MAX_HIT_ONE_IN = 2 ** 32;
export const MAX_FAIRNESS_SLOT = 1_000_000;
/** Amounts fit a Postgres bigint (the ledger's column). */
export const MAX_AMOUNT = 2n ** 63n - 1n;
