import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Filter,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Asset } from '../assets/asset.entity.js';
import { ACCOUNT_TYPES, type AccountType } from './account-types.js';

/**
 * One account per (tenant, holder, asset, type). `holder` is the player id for player accounts and
 * a sub-ledger reference for tenant accounts ('' for the single house/commission/clearing account,
 * a jackpot or tournament id for pools and escrow), so one unique key covers both without NULLs.
 *
 * `balance` is cached only for player accounts (NULL otherwise: derived from entries), and the
 * CHECKs keep a player's balance and available balance (balance − held) non-negative whatever the
 * application does.
 */
@Entity({ tableName: 'account', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({
  name: 'account_tenant_id_holder_asset_id_type_unique',
  properties: ['tenantId', 'holder', 'assetId', 'type'],
})
@Check({ name: 'account_balance_check', expression: 'balance >= 0 and balance - held >= 0' })
@Check({ name: 'account_held_check', expression: 'held >= 0' })
// Migration 20261226: 2^62, so a balance plus one bounded entry never overflows int64.
@Check({ name: 'account_balance_bound_check', expression: 'balance <= 4611686018427387904' })
@Check({
  name: 'account_cached_balance_check',
  expression: `(balance is not null) = (type in ('PLAYER_CASH', 'PLAYER_BONUS'))`,
})
// ledger/sql/notify_balance_changed.sql: pg_notify('cx_balance_changed') in the changing transaction.
@Trigger({ name: 'balance_changed', timing: 'after', events: ['update'], expression: 'notify_balance_changed' })
export class Account {
  [OptionalProps]?: 'balance' | 'held' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 64 })
  holder!: string;

  @ManyToOne(() => Asset, { mapToPk: true, fieldName: 'asset_id' })
  assetId!: string;

  @Enum({ items: [...ACCOUNT_TYPES], type: 'string', length: 24 })
  type!: AccountType;

  @Property({ type: 'bigint', nullable: true })
  balance: bigint | null = null;

  @Property({ type: 'bigint' })
  held: bigint = 0n;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
