import { tenantPolicies } from '@casinox/db';
import { Check, Entity, Enum, Filter, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export const DRAW_STATUSES = ['OPEN', 'DRAWN', 'ROLLED_OVER'] as const;
export type DrawStatus = (typeof DRAW_STATUSES)[number];

/**
 * One draw period of a FIXED or SPONSORED tier (draw-winner.ts). Opened with a fresh CSPRNG server
 * seed whose SHA-256 (`commitment`) is public from that moment, before any entry exists; the client
 * seed is the draw's id. Closed at `closes_at` by the schedule (or earlier by an operator): DRAWN
 * with the winning ticket and bet, or ROLLED_OVER when no entry held a ticket (the prize stays).
 *
 * SECRET column: `server_seed` never leaves the service while the draw is OPEN.
 */
@Entity({ tableName: 'jackpot_draw', schema: 'jackpot', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({
  name: 'jackpot_draw_tenant_id_jackpot_id_opened_at_id_index',
  properties: ['tenantId', 'jackpotId', 'openedAt', 'id'],
})
@Index({
  name: 'jackpot_draw_open_unique',
  expression: `create unique index "jackpot_draw_open_unique" on "jackpot"."jackpot_draw" ("tenant_id", "jackpot_id", "tier_code") where status = 'OPEN'`,
})
export class JackpotDraw {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  jackpotId!: string;

  @Property({ type: 'string', length: 16 })
  tierCode!: string;

  @Enum({ items: [...DRAW_STATUSES], type: 'string', length: 16 })
  status!: DrawStatus;

  /** Secret while OPEN; revealed with the result. */
  @Property({ type: 'string', length: 64 })
  serverSeed!: string;

  /** SHA-256(serverSeed), public from the opening. */
  @Property({ type: 'string', length: 64 })
  commitment!: string;

  @Property({ type: 'datetime' })
  openedAt!: Date;

  /** When the schedule closes it (the next daily reset instant, schedule-draw-period.ts). */
  @Property({ type: 'datetime' })
  closesAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** SCHEDULE or OPERATOR. */
  @Property({ type: 'string', length: 16, nullable: true })
  closedBy: string | null = null;

  @Property({ type: 'integer', nullable: true })
  entryCount: number | null = null;

  @Property({ type: 'bigint', nullable: true })
  totalTickets: bigint | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  entriesDigest: string | null = null;

  @Property({ type: 'bigint', nullable: true })
  ticket: bigint | null = null;

  @Property({ type: 'uuid', nullable: true })
  winnerBetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  winnerPlayerId: string | null = null;

  /** The win paid to the winner (null when the pool was empty or nobody entered). */
  @Property({ type: 'uuid', nullable: true })
  winId: string | null = null;

  /** The tier's pool at the close: what the winner is paid (0 for an unfunded sponsored tier). */
  @Property({ type: 'bigint', nullable: true })
  prize: bigint | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** A qualifying bet in a tier's draw period: one ticket per minor unit staked. */
@Entity({ tableName: 'draw_entry', schema: 'jackpot', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
// A bet enters a tier's draws once, ever: a redelivered event after the period closed adds nothing to the next.
@Unique({
  name: 'draw_entry_tenant_id_jackpot_id_tier_code_bet_id_unique',
  properties: ['tenantId', 'jackpotId', 'tierCode', 'betId'],
})
@Check({ name: 'draw_entry_stake_check', expression: 'stake > 0' })
export class DrawEntryRow {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  drawId!: string;

  @PrimaryKey({ type: 'uuid' })
  betId!: string;

  @Property({ type: 'uuid' })
  jackpotId!: string;

  @Property({ type: 'string', length: 16 })
  tierCode!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'bigint' })
  stake!: bigint;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

export const DRAW_TASK_KINDS = ['CLOSE', 'DRIVE'] as const;
export type DrawTaskKind = (typeof DRAW_TASK_KINDS)[number];

/**
 * The draw schedule's work list: CLOSE a draw when its period ends, DRIVE the ledger (pay the win,
 * top the prize up) after a close until the wallet confirmed. No row-level security: the scheduler
 * reads it across tenants, then works under each tenant's.
 */
@Entity({ tableName: 'draw_task', schema: 'jackpot' })
@Index({ name: 'draw_task_due_at_index', properties: ['dueAt'] })
export class DrawTask {
  @PrimaryKey({ type: 'uuid' })
  drawId!: string;

  @Enum({ items: [...DRAW_TASK_KINDS], type: 'string', primary: true })
  kind!: DrawTaskKind;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  jackpotId!: string;

  @Property({ type: 'string', length: 16 })
  tierCode!: string;

  @Property({ type: 'datetime' })
  dueAt!: Date;
}
