/**
 * The durable events between subgraphs and the queues that receive them (ARCHITECTURE §6). The
 * topology is static and installed with the migrations: every queue is created, subscribed to its
 * event and given a dead-letter queue before any service starts, so no service needs DDL rights.
 * Add a consumer here, then `npm run db:migrate` (or any start) installs it.
 */
export const EVENT_TOPOLOGY = {
  /** A bet was settled (games): the bonus engine counts wagering, the jackpot engine checks drops. */
  'bet.settled': ['bonus.bet-settled', 'jackpot.bet-settled'],
  /** A player's bonus started or stopped wagering (bonus): games keeps the max-bet rule in force. */
  'bonus.wagering': ['games.bonus-wagering'],
} as const satisfies Record<string, readonly string[]>;

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
}

export interface EventPayloads {
  'bet.settled': BetSettledEvent;
  'bonus.wagering': BonusWageringEvent;
}

/** A failed delivery is retried with backoff this many times, then parked in `<queue>.dead`. */
export const RETRY_LIMIT = 8;
/** A job nobody takes within a week is expired by the bus's maintenance (a consumer down longer must re-read its source). */
export const RETENTION_SECONDS = 7 * 24 * 3600;
export const deadLetterQueue = (queue: string) => `${queue}.dead`;
