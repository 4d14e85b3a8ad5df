import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A settled bet applied to a grant's wagering: the idempotency record of the bet.settled consumer.
 * Inserted (ON CONFLICT DO NOTHING) in the same transaction as the grant's progress update, so a
 * redelivered event finds its row and counts nothing twice.
 */
@Entity({ tableName: 'grant_wager', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class GrantWager {
  @PrimaryKey({ type: 'uuid' })
  grantId!: string;

  @PrimaryKey({ type: 'uuid' })
  betId!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 16 })
  game!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  stake!: bigint;

  /** What the bet added to `wagered` (stake × the game's weight). */
  @Property({ type: 'bigint' })
  contributed!: bigint;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
