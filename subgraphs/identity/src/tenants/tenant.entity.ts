import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';

export const TENANT_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** The look of a tenant's player site and login pages (stored as jsonb, validated on the way in). */
export interface TenantBrandingData {
  primaryColor: string;
  accentColor: string;
  backgroundColor: string;
  textColor: string;
  logoText: string;
  tagline?: string | null;
}

/** A casino brand. Global (not tenant-owned): login pages read it by slug before anyone signs in. */
@Entity({ tableName: 'tenant', schema: 'identity' })
// outbox/sql/outbox_tenant_currencies.sql: `tenant.currencies` into the outbox on create and on a currency or status change.
@Trigger({
  name: 'currencies_outbox',
  timing: 'after',
  events: ['insert', 'update'],
  expression: 'outbox_tenant_currencies',
})
export class Tenant {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'status' | 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Immutable once created: API keys and invite tokens embed it. */
  @Unique({ name: 'tenant_slug_unique' })
  @Property({ type: 'string', length: 32 })
  slug!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  @Enum({ items: [...TENANT_STATUSES], type: 'string', length: 16 })
  status: TenantStatus = 'ACTIVE';

  /** ISO-ish currency/asset codes; the first one is the tenant's main currency. */
  @Property({ type: 'text[]' })
  currencies!: string[];

  @Property({ type: 'json' })
  branding!: TenantBrandingData;

  /** +1 per committed change; live subscribers use it to catch up after a reconnect. */
  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
