import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The bonus max-bet read model: while a player's bonus is wagering (`active`), their stakes in
 * `asset` may not exceed `maxStake`. Written only by the bonus.wagering consumer; `seq` (the bonus
 * outbox position) keeps a late, older event from overriding a newer one. open_bet reads it in the
 * statement that takes the nonce.
 */
@Entity({ tableName: 'player_bet_cap', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class PlayerBetCap {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  playerId!: string;

  @PrimaryKey({ type: 'uuid' })
  grantId!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint', nullable: true })
  maxStake: bigint | null = null;

  @Property({ type: 'boolean' })
  active!: boolean;

  @Property({ type: 'bigint' })
  seq!: bigint;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
