import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The bonus max-bet read model: while a player's bonus is wagering (`active`), their stakes in
 * `asset` may not exceed `maxStake`. Written only by the bonus.wagering consumer; `seq` (the bonus
 * outbox position) keeps a late, older event from overriding a newer one. place_bet reads it in the
 * statement that takes the nonce, also for the spend order the bet's wallet call carries.
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

  /** Whether stakes draw on cash or bonus money first while the grant is active; null = cash only. */
  @Property({ type: 'string', length: 16, nullable: true })
  spendOrder: 'REAL_FIRST' | 'BONUS_FIRST' | null = null;

  /** The games on which the grant's bonus money may be staked; null = every game. */
  @Property({ type: 'json', nullable: true })
  bonusGames: string[] | null = null;

  @Property({ type: 'bigint' })
  seq!: bigint;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
