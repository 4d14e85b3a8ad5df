import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * What an enrolled player staked and was paid back in real money, per asset and UTC day (cashback
 * periods are whole UTC days or ISO weeks, so a period is a sum of days). Fed by the bet.settled
 * consumer once per bet (see CashbackBet).
 */
@Entity({ tableName: 'player_net_loss', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class PlayerNetLoss {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  playerId!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  asset!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'bigint' })
  staked!: bigint;

  @Property({ type: 'bigint' })
  paid!: bigint;
}

/** A bet already counted into PlayerNetLoss: the idempotency record (a redelivered bet.settled adds nothing). */
@Entity({ tableName: 'cashback_bet', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class CashbackBet {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  betId!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
