import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { OPERATOR_ROLES, type OperatorRole } from '@casinox/auth';
import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';

export const OPERATOR_STATUSES = ['INVITED', 'ACTIVE', 'DISABLED'] as const;
export type OperatorStatus = (typeof OPERATOR_STATUSES)[number];

/**
 * A user's staff membership of one tenant with a role. Tenant-owned with row-level security; the
 * `own_rows` policy also lets a user read their memberships in other tenants (tenant switcher).
 */
@Entity({ tableName: 'operator', schema: 'identity', ...tenantPolicies('user_id') })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({ name: 'operator_tenant_id_user_id_unique', properties: ['tenantId', 'userId'] })
@Unique({ name: 'operator_tenant_id_invite_token_hash_unique', properties: ['tenantId', 'inviteTokenHash'] })
@Index({ name: 'operator_tenant_id_created_at_id_index', properties: ['tenantId', 'createdAt', 'id'] })
export class Operator {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'status' | 'inviteTokenHash' | 'inviteExpiresAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id' })
  userId!: string;

  @Property({ type: 'string', length: 64 })
  displayName!: string;

  @Enum({ items: [...OPERATOR_ROLES], type: 'string', length: 16 })
  role!: OperatorRole;

  @Enum({ items: [...OPERATOR_STATUSES], type: 'string', length: 16 })
  status: OperatorStatus = 'INVITED';

  /** SHA-256 of the invite token's random part; null once accepted or cancelled. */
  @Property({ type: 'string', length: 64, nullable: true })
  inviteTokenHash: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  inviteExpiresAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
