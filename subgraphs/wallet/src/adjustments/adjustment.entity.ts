import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Filter, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export const ADJUSTMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

/**
 * An operator's manual correction of a player's cash balance (signed: a credit or a debit). It
 * moves no money until a different FINANCE operator approves it; then one ADJUSTMENT transfer
 * between the player's cash and the house is posted and referenced here.
 */
@Entity({ tableName: 'adjustment', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({ name: 'adjustment_tenant_id_idempotency_key_unique', properties: ['tenantId', 'idempotencyKey'] })
@Index({ name: 'adjustment_tenant_id_status_created_at_index', properties: ['tenantId', 'status', 'createdAt'] })
@Index({ name: 'adjustment_tenant_id_created_at_index', properties: ['tenantId', 'createdAt'] })
@Index({ name: 'adjustment_tenant_id_player_id_created_at_index', properties: ['tenantId', 'playerId', 'createdAt'] })
@Check({ name: 'adjustment_amount_check', expression: 'amount <> 0' })
export class Adjustment {
  [OptionalProps]?: 'decidedBy' | 'decisionReason' | 'transferId' | 'decidedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  /** Signed minor units: positive credits the player, negative debits them. */
  @Property({ type: 'bigint' })
  amount!: bigint;

  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Enum({ items: [...ADJUSTMENT_STATUSES], type: 'string', length: 16 })
  status!: AdjustmentStatus;

  @Property({ type: 'string', length: 200 })
  idempotencyKey!: string;

  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  /** Why it was rejected. */
  @Property({ type: 'string', length: 500, nullable: true })
  decisionReason: string | null = null;

  /** The ADJUSTMENT transfer posted on approval. */
  @Property({ type: 'uuid', nullable: true })
  transferId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
