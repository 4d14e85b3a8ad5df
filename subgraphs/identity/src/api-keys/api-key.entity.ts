import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Operator } from '../operators/operator.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';

/** A partner's credential for one tenant. Tenant-owned: row-level security applies. */
@Entity({ tableName: 'api_key', schema: 'identity', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({ name: 'api_key_tenant_id_key_id_unique', properties: ['tenantId', 'keyId'] })
@Index({ name: 'api_key_tenant_id_created_at_id_index', properties: ['tenantId', 'createdAt', 'id'] })
export class ApiKey {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'lastUsedAt' | 'revokedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  /** Public part of the key (shown in lists, used to find the row); not a secret. */
  @Property({ type: 'string', length: 16 })
  keyId!: string;

  /**
   * Hex SHA-256 of the key's secret part. A fast hash is right here, unlike for passwords: the
   * secret is 32 bytes from the CSPRNG (256 bits of entropy), so brute force is hopeless without
   * any stretching, and exchange stays cheap on every partner request.
   */
  @Property({ type: 'string', length: 64 })
  secretHash!: string;

  @Property({ type: 'text[]' })
  scopes!: string[];

  @ManyToOne(() => Operator, { mapToPk: true, fieldName: 'created_by_operator_id' })
  createdByOperatorId!: string;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
