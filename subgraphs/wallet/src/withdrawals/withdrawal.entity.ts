import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Filter,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Hold } from '../ledger/hold.entity.js';

export const WITHDRAWAL_STATUSES = [
  'PENDING_APPROVAL',
  'PROCESSING',
  'PAID',
  'FAILED',
  'REJECTED',
  'CANCELLED',
] as const;
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number];

/** One FINANCE operator's approval of a withdrawal. */
export interface WithdrawalApproval {
  operatorId: string;
  at: string;
}

/**
 * A player's payout request. Its money sits in a hold from the start (available balance falls at
 * once); the hold is posted to provider clearing when the provider pays, voided on failure,
 * rejection or cancellation.
 */
@Entity({ tableName: 'withdrawal', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({ name: 'withdrawal_tenant_id_idempotency_key_unique', properties: ['tenantId', 'idempotencyKey'] })
@Index({ name: 'withdrawal_tenant_id_player_id_created_at_index', properties: ['tenantId', 'playerId', 'createdAt'] })
@Index({ name: 'withdrawal_tenant_id_status_created_at_index', properties: ['tenantId', 'status', 'createdAt'] })
@Check({ name: 'withdrawal_amount_check', expression: 'amount > 0' })
export class Withdrawal {
  [OptionalProps]?:
    'approvals' | 'providerPayoutId' | 'reason' | 'payoutRequestedAt' | 'payoutAttempts' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  amount!: bigint;

  @Enum({ items: [...WITHDRAWAL_STATUSES], type: 'string', length: 24 })
  status!: WithdrawalStatus;

  @Property({ type: 'string', length: 200 })
  idempotencyKey!: string;

  @ManyToOne(() => Hold, { mapToPk: true, fieldName: 'hold_id' })
  holdId!: string;

  @Property({ type: 'smallint' })
  approvalsRequired!: number;

  @Property({ type: 'json' })
  approvals: WithdrawalApproval[] = [];

  @Property({ type: 'string', length: 64, nullable: true })
  providerPayoutId: string | null = null;

  /** When the payout was last asked of the provider: the sweep re-drives it when no verdict came. */
  @Property({ type: 'datetime', nullable: true })
  payoutRequestedAt: Date | null = null;

  /** How many times the payout was asked of the provider (the first request and the sweep's). */
  @Property({ type: 'smallint' })
  payoutAttempts: number = 0;

  /** Why it was rejected or failed. */
  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
