import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Who takes part in an opt-in jackpot: the player's latest choice as the jackpot subgraph
 * published it (jackpot.opt-in; the highest `seq` wins). place_bet looks it up by primary key for
 * each opt-in rule that could apply to the bet.
 */
@Entity({ tableName: 'jackpot_opt_in', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class JackpotOptIn {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  jackpotId!: string;

  @PrimaryKey({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'boolean' })
  optedIn!: boolean;

  @Property({ type: 'bigint' })
  seq!: bigint;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
