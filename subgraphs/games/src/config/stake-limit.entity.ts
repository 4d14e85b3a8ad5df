import { tenantPolicies } from '@casinox/db';
import { Check, Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A tenant's stake limits for one game in one asset, in the asset's minor units. No row means
 * the platform default for that asset (DEFAULT_STAKE_LIMITS); an asset without either cannot be
 * staked on the game.
 */
@Entity({ tableName: 'stake_limit', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Check({ name: 'stake_limit_range_check', expression: 'min_stake > 0 and max_stake >= min_stake' })
export class StakeLimit {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  game!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  minStake!: bigint;

  @Property({ type: 'bigint' })
  maxStake!: bigint;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
