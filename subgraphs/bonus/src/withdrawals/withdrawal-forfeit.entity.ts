import { tenantPolicies } from '@casinox/db';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A withdrawal that forfeited bonus money (`wallet.withdrawal-requested`), and the grant it ended:
 * the withdrawal consumer's idempotency record, inserted in the transaction that cancels the grant.
 */
@Entity({ tableName: 'withdrawal_forfeit', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class WithdrawalForfeit {
  [OptionalProps]?: 'grantId';

  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  withdrawalId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  /** What the wallet moved from the bonus account to the house in the withdrawal's transfer. */
  @Property({ type: 'bigint' })
  amount!: bigint;

  /** The ACTIVE grant it cancelled; null when none was active in that asset. */
  @Property({ type: 'uuid', nullable: true })
  grantId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
