import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ACCOUNT_TYPES, type AccountType, HOLD_STATUSES, type HoldStatus } from './account-types.js';
import { Account } from './account.entity.js';
import { Transfer } from './transfer.entity.js';

/**
 * A pending transfer: money reserved on a player account (its `held` rises, available falls) and
 * later POSTED (a real transfer to the destination) or VOIDED (released). Withdrawals awaiting
 * approval and tournament entries use it. Its status is the one mutable thing; the money only
 * moves through transfers.
 */
@Entity({ tableName: 'hold', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({ name: 'hold_tenant_id_account_id_status_index', properties: ['tenantId', 'accountId', 'status'] })
@Check({ name: 'hold_amount_check', expression: 'amount > 0' })
@Check({ name: 'hold_amount_bound_check', expression: 'amount <= 1000000000000000' })
export class Hold {
  [OptionalProps]?: 'status' | 'transferId' | 'resolvedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Account, { mapToPk: true, fieldName: 'account_id' })
  accountId!: string;

  @Enum({ items: [...ACCOUNT_TYPES], type: 'string', length: 24 })
  destinationType!: AccountType;

  @Property({ type: 'string', length: 64 })
  destinationHolder!: string;

  @Property({ type: 'bigint' })
  amount!: bigint;

  @Enum({ items: [...HOLD_STATUSES], type: 'string', length: 16 })
  status: HoldStatus = 'PENDING';

  @ManyToOne(() => Transfer, { mapToPk: true, fieldName: 'transfer_id', nullable: true })
  transferId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
