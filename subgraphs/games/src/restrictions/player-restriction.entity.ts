import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The responsible-gambling read model (docs/architecture.md §4, phase 4): restrictions that stop a player
 * from betting in a tenant — self-exclusion, cool-off, a reached loss or wager limit. The
 * compliance subgraph owns the decisions and keeps these rows current through events; games only
 * reads them, inside the statement that takes the bet's nonce, so the check costs no round trip.
 * `until` null means until lifted.
 */
@Entity({ tableName: 'player_restriction', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class PlayerRestriction {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  playerId!: string;

  /** SELF_EXCLUSION, COOL_OFF, LOSS_LIMIT, WAGER_LIMIT … (compliance's vocabulary). */
  @PrimaryKey({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'datetime', nullable: true })
  until: Date | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  reason: string | null = null;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
