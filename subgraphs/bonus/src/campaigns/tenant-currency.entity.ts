import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Each tenant's currency list, kept from identity's `tenant.currencies` events by TenantCurrencies
 * (@casinox/events): money in an asset the tenant does not offer is refused here without asking
 * identity. Service plumbing keyed by tenant, no row-level security (like the outbox tables).
 */
@Entity({ tableName: 'tenant_currency', schema: 'bonus' })
export class TenantCurrency {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  /** identity's tenant version: only a higher one replaces the row. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text[]' })
  currencies!: string[];

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
