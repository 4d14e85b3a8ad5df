/**
 * The durable events between subgraphs and the queues that receive them (docs/architecture.md §6). The
 * topology is static and installed with the migrations: every queue is created, subscribed to its
 * event and given a dead-letter queue before any service starts, so no service needs DDL rights.
 * Add a consumer here, then `npm run db:migrate` (or any start) installs it.
 */
export const EVENT_TOPOLOGY = {
  /** A bet was settled (games): the bonus engine counts wagering, the jackpot engine checks drops. */
  'bet.settled': ['bonus.bet-settled', 'jackpot.bet-settled'],
  /** A player's bonus started or stopped wagering (bonus): games keeps the max-bet rule in force. */
  'bonus.wagering': ['games.bonus-wagering'],
  /** A jackpot was created or changed (jackpot): games keeps the contribution rules of the bet path. */
  'jackpot.rules': ['games.jackpot-rules'],
  /** A player opted in to or out of a jackpot (jackpot): games keeps who qualifies. */
  'jackpot.opt-in': ['games.jackpot-opt-in'],
  /** A deposit reached the player's cash (wallet): the bonus engine grants deposit bonuses. */
  'wallet.deposit-completed': ['bonus.deposit-completed'],
  /** A player asked to withdraw (wallet), forfeiting any bonus money: the bonus engine ends the bonus. */
  'wallet.withdrawal-requested': ['bonus.withdrawal-requested'],
  /** A tenant was created or its currency list changed (identity): every money subgraph refuses other assets. */
  'tenant.currencies': [
    'wallet.tenant-currencies',
    'games.tenant-currencies',
    'bonus.tenant-currencies',
    'jackpot.tenant-currencies',
  ],
  /** A player joined a tenant (identity): the wallet knows which players exist before their first posting. */
  'player.registered': ['wallet.player-registered'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The periodic jobs, run by pg-boss schedules (cron: whole minutes at best): each queue takes one
 * job at a time across every replica (policy `exclusive`: a slow run skips ticks, never piles up).
 */
export const SCHEDULED_JOBS = [
  'identity.maintenance',
  'wallet.reconciliation',
  'wallet.payout-sweep',
  'bonus.sweep',
  'bonus.cashback',
  'jackpot.draws',
] as const;
export type ScheduledJobName = (typeof SCHEDULED_JOBS)[number];

export type EventName = keyof typeof EVENT_TOPOLOGY;
export type QueueName = (typeof EVENT_TOPOLOGY)[EventName][number];

/** `bet.settled`: amounts in the asset's minor units, as decimal strings (JSON has no bigint). */
export interface BetSettledEvent {
  /** Position in the games outbox (games.bet_event.seq): unique per event, increasing. */
  seq: string;
  tenantId: string;
  betId: string;
  playerId: string;
  game: string;
  asset: string;
  stake: string;
  payout: string;
  settledAt: string;
  /**
   * The jackpot contributions this bet's own wallet transfer moved from the stake into pools
   * (docs/architecture.md §4 phase 7): the ledger already holds them, the jackpot engine only records them.
   * Absent or empty when the bet contributed nothing.
   */
  contributions?: BetContribution[];
  /**
   * For each PROGRESSIVE jackpot the bet qualified for, the HMAC block of the bet's provably fair
   * stream that decides its tiers (round 1000 + the jackpot's fairness slot; never the server seed).
   */
  jackpotRounds?: JackpotRound[];
  /** How the wallet paid the stake and the win (minor units); absent when no bonus money was involved. */
  bonusSplit?: { stakeFromBonus: string; winToBonus: string };
}

export interface BetContribution {
  jackpotId: string;
  tierCode: string;
  /** The wallet pool holder (`<jackpotId>:<tierCode>`). */
  pool: string;
  amount: string;
}

export interface JackpotRound {
  jackpotId: string;
  /** 1000 + fairnessSlot. */
  round: number;
  /** HMAC_SHA256(serverSeed, `${clientSeed}:${nonce}:${round}`), 64 lowercase hex characters. */
  block: string;
  /** Each tier's "1 in N" as games applied the rules when the bet was placed (an edit later does not change the decision). */
  odds?: { code: string; hitOneIn: number }[];
}

/**
 * `bonus.wagering`: while `active`, the player's stakes in `asset` may not exceed `maxBet` (minor
 * units; null = no limit). Unordered like every event: `seq` (the bonus outbox position) orders
 * the changes of one grant, so a late event never overrides a newer one.
 */
export interface BonusWageringEvent {
  seq: string;
  tenantId: string;
  playerId: string;
  grantId: string;
  asset: string;
  maxBet: string | null;
  active: boolean;
  /** Whether the player's stakes draw on real (cash) or bonus money first while this grant is active. */
  spendOrder?: 'REAL_FIRST' | 'BONUS_FIRST';
  /** Game codes on which bonus money may be staked (FREE_BETS: its one game); null = every game. */
  bonusGames?: string[] | null;
}

/**
 * `jackpot.rules`: the whole contribution-relevant state of one jackpot, each time it changes
 * (created, edited, paused, resumed). Games keeps the latest by `seq` and applies it on the bet
 * path: qualifying bets move floor(stake × contributionBasisPoints / 10 000) into the tiers' pools,
 * split by share (remainder to the first tier with a share), inside the bet's wallet transfer.
 */
export interface JackpotRulesEvent {
  seq: string;
  tenantId: string;
  jackpotId: string;
  type: 'FIXED' | 'PROGRESSIVE' | 'SPONSORED' | 'MUST_DROP';
  /** False while paused: no contributions, no progressive rounds. */
  active: boolean;
  asset: string;
  /** null = every game of the tenant. */
  gameCodes: string[] | null;
  optIn: boolean;
  contributionBasisPoints: number;
  /** PROGRESSIVE only: the bet's round 1000 + fairnessSlot decides its tiers. */
  fairnessSlot: number | null;
  tiers: { code: string; pool: string; shareBasisPoints: number; hitOneIn: number | null }[];
}

/** `jackpot.opt-in`: the player's current choice for one opt-in jackpot (latest `seq` wins). */
export interface JackpotOptInEvent {
  seq: string;
  tenantId: string;
  jackpotId: string;
  playerId: string;
  optedIn: boolean;
}

/** `wallet.deposit-completed`: a deposit's money reached the player's cash account. */
export interface DepositCompletedEvent {
  seq: string;
  tenantId: string;
  playerId: string;
  depositId: string;
  asset: string;
  amount: string;
  /** True when this is the player's first completed deposit in the tenant (any asset). */
  firstDeposit: boolean;
  completedAt: string;
}

/**
 * `wallet.withdrawal-requested`: a withdrawal was accepted. When the player had bonus money in the
 * asset they confirmed forfeiting it, and the wallet moved it back to the house in the same
 * transaction (`bonusForfeited`, minor units; "0" when there was none).
 */
export interface WithdrawalRequestedEvent {
  seq: string;
  tenantId: string;
  playerId: string;
  withdrawalId: string;
  asset: string;
  amount: string;
  bonusForfeited: string;
  requestedAt: string;
}

/**
 * `tenant.currencies`: the tenant's currency list as it now stands (identity.tenant.currencies;
 * the first is its main currency). `version` is the tenant's version: a read model keeps the
 * highest, so a late or repeated event changes nothing.
 */
export interface TenantCurrenciesEvent {
  seq: string;
  tenantId: string;
  version: number;
  currencies: string[];
  status: string;
}

/** `player.registered`: a player now exists in the tenant (identity.player). */
export interface PlayerRegisteredEvent {
  seq: string;
  tenantId: string;
  playerId: string;
}

export interface EventPayloads {
  'bet.settled': BetSettledEvent;
  'bonus.wagering': BonusWageringEvent;
  'jackpot.rules': JackpotRulesEvent;
  'jackpot.opt-in': JackpotOptInEvent;
  'wallet.deposit-completed': DepositCompletedEvent;
  'wallet.withdrawal-requested': WithdrawalRequestedEvent;
  'tenant.currencies': TenantCurrenciesEvent;
  'player.registered': PlayerRegisteredEvent;
}

/** A failed delivery is retried with backoff this many times, then parked in `<queue>.dead`. */
export const RETRY_LIMIT = 8;
/** A job nobody takes within a week is expired by the bus's maintenance (a consumer down longer must re-read its source). */
export const RETENTION_SECONDS = 7 * 24 * 3600;
export const deadLetterQueue = (queue: string) => `${queue}.dead`;
