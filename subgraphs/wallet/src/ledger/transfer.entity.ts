import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Filter,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { TRANSFER_KINDS, type TransferKind } from './account-types.js';

/**
 * A balanced movement of money: its entries sum to zero per asset (a deferred constraint trigger
 * on `entry` proves it at commit). Append-only: a mistake is corrected by a reversing transfer
 * (`reversesId`), and the unique key on (tenant, reversesId) lets a transfer be reversed once.
 */
@Entity({ tableName: 'transfer', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({ name: 'transfer_tenant_id_idempotency_key_unique', properties: ['tenantId', 'idempotencyKey'] })
@Unique({ name: 'transfer_tenant_id_reverses_id_unique', properties: ['tenantId', 'reversesId'] })
@Index({ name: 'transfer_tenant_id_player_id_created_at_index', properties: ['tenantId', 'playerId', 'createdAt'] })
// The trigger is the SQL source ledger/sql/transfer_append_only.sql; declared here so the schema diff keeps it.
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], expression: 'append_only' })
export class Transfer {
  [OptionalProps]?: 'reversesId' | 'playerId' | 'reference' | 'metadata' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Enum({ items: [...TRANSFER_KINDS], type: 'string', length: 16 })
  kind!: TransferKind;

  @Property({ type: 'string', length: 200 })
  idempotencyKey!: string;

  @ManyToOne(() => Transfer, { mapToPk: true, fieldName: 'reverses_id', nullable: true })
  reversesId: string | null = null;

  /** The player the transfer is about, for their history (null for tenant-only transfers). */
  @Property({ type: 'uuid', nullable: true })
  playerId: string | null = null;

  /** The caller's reference, e.g. the bet id. */
  @Property({ type: 'string', length: 200, nullable: true })
  reference: string | null = null;

  @Property({ type: 'json' })
  metadata: Record<string, unknown> = {};

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
