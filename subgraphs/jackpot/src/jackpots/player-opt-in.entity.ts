import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A player's choice for an opt-in jackpot (no row: not opted in). Read when their bets settle. */
@Entity({ tableName: 'player_opt_in', schema: 'jackpot', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class PlayerOptIn {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  playerId!: string;

  @PrimaryKey({ type: 'uuid' })
  jackpotId!: string;

  @Property({ type: 'boolean' })
  optedIn!: boolean;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
