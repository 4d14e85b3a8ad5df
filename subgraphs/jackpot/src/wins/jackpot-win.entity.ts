import { tenantPolicies } from '@casinox/db';
import {
  Check,
  Entity,
  Enum,
  Filter,
  Index,
  PrimaryKey,
  Property,
  Unique,
  Trigger,
} from '@mikro-orm/decorators/legacy';

export const WIN_STATUSES = ['PENDING', 'PAID'] as const;
export type WinStatus = (typeof WIN_STATUSES)[number];

/**
 * A jackpot win with everything needed to verify it: for MUST_DROP the seeding's revealed server
 * seed, its commitment, the public client seed and the drop value (verify-drop-value.ts); for
 * PROGRESSIVE the bet's round, the byte offset and word read and the odds (decide-progressive-win.ts,
 * verifiable once the player's server seed is revealed); for FIXED and SPONSORED the draw's revealed
 * seed, commitment, client seed (the draw id), ticket, total tickets and entries digest (verify-draw.ts). PENDING
 * until the wallet paid it (`jackpot/pay` keyed by the win id: paid once however often driven).
 * One win per tier seeding (the unique key), so a redelivered event can never draw a second one.
 */
@Entity({ tableName: 'jackpot_win', schema: 'jackpot', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({
  name: 'jackpot_win_tenant_id_jackpot_id_tier_code_seeding_unique',
  properties: ['tenantId', 'jackpotId', 'tierCode', 'seeding'],
})
// One win per bet and tier: a redelivered bet.settled (a progressive hit) can never record a second.
@Unique({
  name: 'jackpot_win_tenant_id_jackpot_id_tier_code_bet_id_unique',
  properties: ['tenantId', 'jackpotId', 'tierCode', 'betId'],
})
@Index({ name: 'jackpot_win_tenant_id_created_at_id_index', properties: ['tenantId', 'createdAt', 'id'] })
@Index({
  name: 'jackpot_win_tenant_id_jackpot_id_created_at_id_index',
  properties: ['tenantId', 'jackpotId', 'createdAt', 'id'],
})
@Index({
  name: 'jackpot_win_pending_index',
  expression: `create index "jackpot_win_pending_index" on "jackpot"."jackpot_win" ("tenant_id", "jackpot_id", "tier_code") where status = 'PENDING'`,
})
@Check({ name: 'jackpot_win_amount_check', expression: 'amount > 0' })
// wins/sql/notify_jackpot_won.sql (live wins); declared so the schema diff keeps it.
@Trigger({ name: 'jackpot_won', timing: 'after', events: ['insert', 'update'], expression: 'notify_jackpot_won' })
export class JackpotWin {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  jackpotId!: string;

  @Property({ type: 'string', length: 16 })
  tierCode!: string;

  /** The winning bet: the one whose contribution reached the drop value, whose block hit, or whose ticket was drawn. */
  @Property({ type: 'uuid' })
  betId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  amount!: bigint;

  @Enum({ items: [...WIN_STATUSES], type: 'string', length: 16 })
  status!: WinStatus;

  /** The tier seeding this win ended. */
  @Property({ type: 'integer' })
  seeding!: number;

  /** Revealed server seed of the seeding (null for wins without one). */
  @Property({ type: 'string', length: 64, nullable: true })
  serverSeed: string | null = null;

  /** SHA-256 of the server seed, published at the seeding. */
  @Property({ type: 'string', length: 64, nullable: true })
  commitment: string | null = null;

  @Property({ type: 'string', length: 128, nullable: true })
  clientSeed: string | null = null;

  @Property({ type: 'bigint', nullable: true })
  dropValue: bigint | null = null;

  @Property({ type: 'bigint', nullable: true })
  minDropValue: bigint | null = null;

  @Property({ type: 'bigint', nullable: true })
  maxDropValue: bigint | null = null;

  /** PROGRESSIVE: the round of the bet's stream (1000 + fairness slot), the tier's byte offset and word, and N. */
  @Property({ type: 'integer', nullable: true })
  round: number | null = null;

  @Property({ type: 'integer', nullable: true })
  byteOffset: number | null = null;

  @Property({ type: 'bigint', nullable: true })
  word: bigint | null = null;

  @Property({ type: 'bigint', nullable: true })
  hitOneIn: bigint | null = null;

  /** FIXED and SPONSORED: the draw, the drawn ticket, the tickets in it and the digest of its entries. */
  @Property({ type: 'uuid', nullable: true })
  drawId: string | null = null;

  @Property({ type: 'bigint', nullable: true })
  ticket: bigint | null = null;

  @Property({ type: 'bigint', nullable: true })
  totalTickets: bigint | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  entriesDigest: string | null = null;

  /** The wallet transfer that paid it. */
  @Property({ type: 'uuid', nullable: true })
  transferId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  paidAt: Date | null = null;
}
