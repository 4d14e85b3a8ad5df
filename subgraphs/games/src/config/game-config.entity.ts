import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A tenant's choice for one game: on or off, and which RTP variant it runs. No row means the
 * game's defaults (enabled, default variant): a row exists only once an operator changes something.
 */
@Entity({ tableName: 'game_config', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class GameConfig {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  game!: string;

  @Property({ type: 'boolean' })
  enabled!: boolean;

  @Property({ type: 'string', length: 32 })
  variant!: string;

  /** The operator who last changed it. */
  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
