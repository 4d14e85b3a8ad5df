import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const RECONCILIATION_STATUSES = ['BALANCED', 'DISCREPANCY'] as const;
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];

/** One reconciliation of one tenant's ledger and what it found (the admin lists these). */
@Entity({ tableName: 'reconciliation_run', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({ name: 'reconciliation_run_tenant_id_created_at_index', properties: ['tenantId', 'createdAt'] })
export class ReconciliationRun {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Enum({ items: [...RECONCILIATION_STATUSES], type: 'string', length: 16 })
  status!: ReconciliationStatus;

  @Property({ type: 'integer' })
  accountsChecked!: number;

  @Property({ type: 'integer' })
  transfersChecked!: number;

  @Property({ type: 'json' })
  findings: unknown[] = [];

  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
