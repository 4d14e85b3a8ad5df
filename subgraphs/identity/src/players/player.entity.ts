import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';

export const PLAYER_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type PlayerStatus = (typeof PLAYER_STATUSES)[number];

/** A user's membership of one tenant as a player. Tenant-owned: row-level security applies. */
@Entity({ tableName: 'player', schema: 'identity', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({ name: 'player_tenant_id_user_id_unique', properties: ['tenantId', 'userId'] })
// outbox/sql/outbox_player_registered.sql: `player.registered` into the outbox (the wallet learns which players exist).
@Trigger({ name: 'registered_outbox', timing: 'after', events: ['insert'], expression: 'outbox_player_registered' })
export class Player {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id' })
  userId!: string;

  @Property({ type: 'string', length: 64 })
  displayName!: string;

  @Enum({ items: [...PLAYER_STATUSES], type: 'string', length: 16 })
  status: PlayerStatus = 'ACTIVE';

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
