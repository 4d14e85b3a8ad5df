import { tenantPolicies } from '@casinox/db';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Filter, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * PENDING: outcome decided, stake not yet confirmed by the wallet (the recovery point).
 * OPEN: a multi-step round whose stake is debited, waiting for the player's next action.
 * CASHING: a multi-step round that ended with a payout not yet confirmed by the wallet.
 * SETTLED: the wallet confirmed everything. REJECTED: the wallet refused the stake; nothing moved.
 */
export const BET_STATUSES = ['PENDING', 'OPEN', 'CASHING', 'SETTLED', 'REJECTED'] as const;
export type BetStatus = (typeof BET_STATUSES)[number];

/**
 * One bet: who, what, how much, and everything needed to verify it (seed pair, client seed,
 * the committed server seed hash, nonce, params). Written by the hot path's SQL functions
 * (migration 20261210000000); the entity mirrors the table for the schema checks. No index covers a
 * column that settlement changes (status, payout, timestamps…), so that UPDATE is HOT (no index
 * writes; the table's fillfactor leaves room on the page); unfinished bets are listed in
 * `unsettled_bet` instead.
 */
@Entity({ tableName: 'bet', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({
  name: 'bet_tenant_id_player_id_idempotency_key_unique',
  properties: ['tenantId', 'playerId', 'idempotencyKey'],
})
@Unique({ name: 'bet_seed_pair_id_nonce_unique', properties: ['seedPairId', 'nonce'] })
@Index({ name: 'bet_tenant_id_created_at_id_index', properties: ['tenantId', 'createdAt', 'id'] })
@Index({ name: 'bet_tenant_id_player_id_created_at_id_index', properties: ['tenantId', 'playerId', 'createdAt', 'id'] })
@Check({ name: 'bet_stake_check', expression: 'stake > 0' })
@Check({ name: 'bet_payout_check', expression: 'payout >= 0' })
export class Bet {
  [OptionalProps]?:
    | 'payout'
    | 'multiplier'
    | 'state'
    | 'rejectionCode'
    | 'transferId'
    | 'attempts'
    | 'settledAt'
    | 'ledger'
    | 'bonusSplit';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'string', length: 16 })
  game!: string;

  @Property({ type: 'string', length: 32 })
  variant!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  stake!: bigint;

  /** Known at once for instant games; for a multi-step round when it ends. */
  @Property({ type: 'bigint', nullable: true })
  payout: bigint | null = null;

  /** payout / stake, for display and reports (the payout itself is exact). */
  @Property({ type: 'decimal', precision: 24, scale: 8, nullable: true })
  multiplier: string | null = null;

  @Enum({ items: [...BET_STATUSES], type: 'string', length: 16 })
  status!: BetStatus;

  @Property({ type: 'string', length: 120 })
  idempotencyKey!: string;

  /** SHA-256 of the normalised request: a replay must mean the same bet. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'uuid' })
  seedPairId!: string;

  @Property({ type: 'string', length: 64 })
  serverSeedHash!: string;

  @Property({ type: 'string', length: 64 })
  clientSeed!: string;

  @Property({ type: 'integer' })
  nonce!: number;

  @Property({ type: 'json' })
  params!: Record<string, unknown>;

  /** What the player sees: the result (for a multi-step round, filled in as it goes). */
  @Property({ type: 'json' })
  outcome!: Record<string, unknown>;

  /** A multi-step round's private state (mine positions): never shown before the round ends. */
  @Property({ type: 'json', nullable: true })
  state: Record<string, unknown> | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  rejectionCode: string | null = null;

  /** The wallet transfer that settled the stake (and the win, for instant games). */
  @Property({ type: 'uuid', nullable: true })
  transferId: string | null = null;

  /**
   * What the bet's wallet call carries besides stake and win, fixed when the bet is recorded so a
   * re-drive sends the very same request: jackpot pool parts, progressive round blocks, bonus spend
   * order (bet-ledger.ts). Null when none applies.
   */
  @Property({ type: 'json', nullable: true })
  ledger: Record<string, unknown> | null = null;

  /** How the wallet split stake and win with bonus money ({stakeFromBonus, winToBonus}); null when it used none. */
  @Property({ type: 'json', nullable: true })
  bonusSplit: Record<string, unknown> | null = null;

  /** Wallet calls made for it (the recovery job counts its retries here). */
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  settledAt: Date | null = null;
}
