/**
 * A bonus campaign as an operator configures it. Types only; the rules on their values live in
 * `validate-campaign.ts`, and each decision that reads a campaign documents how it uses a field.
 *
 * - Money (caps, amounts, stakes, limits, cash-out) is `bigint` in the minor units of the
 *   campaign's asset (`eligibility.asset`); `maxBet` is keyed by asset because a limit only means
 *   something in the asset it is written in.
 * - Percentages are integer basis points (`percentBp`: 1 bp = 0.01 %, 10 000 bp = 100 %), so all
 *   arithmetic on money stays exact; see `apply-basis-points.ts`.
 * - `terms` carries what the bonus gives, discriminated by `kind`:
 *   DEPOSIT_MATCH (percent of the deposit, capped), NO_DEPOSIT (a fixed amount), FREE_BETS (count
 *   bets of a fixed stake on one game), CASHBACK (percent of net losses over a DAILY/WEEKLY period,
 *   capped) and RELOAD (a deposit match for existing players with its own minimum deposit).
 *   The kind sits inside `terms` rather than on the campaign so one column (kind) plus one JSON
 *   document (terms) can store it, and a decision can take just the terms it needs.
 * - `wageringMultiplier`: wagering required = bonus amount × multiplier (an integer ≥ 0; 0 means
 *   the bonus converts without wagering). Capped per tenant (`BonusSettings`, default 10×).
 * - `contributionWeights`: per game, the percentage (0..100) of a stake that counts towards
 *   wagering. A game that is missing contributes 0: it is excluded, not "100 % by default", so a
 *   game added to the catalogue later never silently counts.
 * - `maxBet`: while the bonus is ACTIVE, stakes above the limit for their asset are refused. An
 *   asset without an entry has no limit.
 * - `expiresInDays`: a grant's lifetime, counted from its activation (see
 *   `calculate-grant-expiry.ts`). `validUntil`: when the campaign stops accepting claims (null =
 *   open-ended); it does not shorten grants already made.
 * - `maxCashOut`: the most bonus money that converts to cash on completion (null = no cap); the
 *   rest returns to the house.
 * - `spendOrder`: whether a stake draws on real (cash) or bonus money first.
 * - `status`: only ACTIVE campaigns accept claims; PAUSED ones may resume; ENDED is final.
 */

export const BONUS_GAME_CODES = ['DICE', 'LIMBO', 'ROULETTE', 'SLOTS', 'MINES'] as const;
/** The games' codes, as the games subgraph names them (repeated here: subgraphs share no code). */
export type BonusGameCode = (typeof BONUS_GAME_CODES)[number];

export const CAMPAIGN_KINDS = ['DEPOSIT_MATCH', 'NO_DEPOSIT', 'FREE_BETS', 'CASHBACK', 'RELOAD'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const CASHBACK_PERIODS = ['DAILY', 'WEEKLY'] as const;
export type CashbackPeriod = (typeof CASHBACK_PERIODS)[number];

export const SPEND_ORDERS = ['REAL_FIRST', 'BONUS_FIRST'] as const;
export type SpendOrder = (typeof SPEND_ORDERS)[number];

export const CAMPAIGN_STATUSES = ['ACTIVE', 'PAUSED', 'ENDED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** The largest amount a Postgres `bigint` column holds: every stored amount must fit. */
export const MAX_AMOUNT = 9_223_372_036_854_775_807n;

export interface DepositMatchTerms {
  kind: 'DEPOSIT_MATCH';
  percentBp: number;
  cap: bigint;
}

export interface NoDepositTerms {
  kind: 'NO_DEPOSIT';
  amount: bigint;
}

export interface FreeBetsTerms {
  kind: 'FREE_BETS';
  game: BonusGameCode;
  count: number;
  stake: bigint;
}

export interface CashbackTerms {
  kind: 'CASHBACK';
  percentBp: number;
  period: CashbackPeriod;
  cap: bigint;
}

export interface ReloadTerms {
  kind: 'RELOAD';
  percentBp: number;
  cap: bigint;
  minDeposit: bigint;
}

export type CampaignTerms = DepositMatchTerms | NoDepositTerms | FreeBetsTerms | CashbackTerms | ReloadTerms;

export interface CampaignEligibility {
  /** Only players without a previous deposit may claim (the caller decides who is "new"). */
  newPlayersOnly: boolean;
  /** The smallest qualifying deposit for deposit-based kinds, in the asset's minor units. */
  minDeposit: bigint;
  /** The asset the bonus is paid and wagered in, e.g. "EUR". */
  asset: string;
  /** When set, a claim must quote this code (compared case-insensitively). */
  optInCode?: string | null;
}

/** Game code → percent (0..100) of a stake that counts towards wagering; missing = excluded. */
export type ContributionWeights = Readonly<Partial<Record<BonusGameCode, number>>>;

/** Asset code → the largest stake allowed while the bonus is ACTIVE; a missing asset has no limit. */
export type MaxBetLimits = Readonly<Record<string, bigint>>;

export interface Campaign {
  id: string;
  name: string;
  status: CampaignStatus;
  terms: CampaignTerms;
  eligibility: CampaignEligibility;
  wageringMultiplier: number;
  contributionWeights: ContributionWeights;
  maxBet: MaxBetLimits;
  expiresInDays: number;
  validUntil: Date | null;
  maxCashOut: bigint | null;
  spendOrder: SpendOrder;
}

/** A campaign as an operator submits it, before it has an id. */
export type CampaignDraft = Omit<Campaign, 'id'>;
