import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Filter, Index, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { Asset } from '../assets/asset.entity.js';
import { Account } from './account.entity.js';
import { Transfer } from './transfer.entity.js';

/**
 * One leg of a transfer: a signed amount (credit > 0, debit < 0) on one account. Append-only.
 * `balanceAfter` is the player's cached balance right after this entry (NULL on derived-balance
 * tenant accounts), which the history shows without summing.
 */
@Entity({ tableName: 'entry', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({ name: 'entry_tenant_id_transfer_id_index', properties: ['tenantId', 'transferId'] })
@Index({
  name: 'entry_tenant_id_account_id_created_at_id_index',
  properties: ['tenantId', 'accountId', 'createdAt', 'id'],
})
@Check({ name: 'entry_amount_check', expression: 'amount <> 0' })
// Migration 20261226: the database's own bound, above every asset's maxAmount.
@Check({ name: 'entry_amount_bound_check', expression: 'amount >= -1000000000000000 and amount <= 1000000000000000' })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], expression: 'append_only' })
@Trigger({ name: 'entry_balanced', timing: 'after', events: ['insert'], expression: 'entry_balanced' })
export class Entry {
  [OptionalProps]?: 'balanceAfter' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Transfer, { mapToPk: true, fieldName: 'transfer_id' })
  transferId!: string;

  @ManyToOne(() => Account, { mapToPk: true, fieldName: 'account_id' })
  accountId!: string;

  @ManyToOne(() => Asset, { mapToPk: true, fieldName: 'asset_id' })
  assetId!: string;

  @Property({ type: 'bigint' })
  amount!: bigint;

  @Property({ type: 'bigint', nullable: true })
  balanceAfter: bigint | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
