import { tenantPolicies } from '@casinox/db';
import { Check, Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A tenant's wallet rules. No row means the defaults (DEFAULT_WALLET_SETTINGS): the row exists
 * only once a tenant changes something.
 */
@Entity({ tableName: 'wallet_settings', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Check({ name: 'wallet_settings_limits_check', expression: 'daily_withdrawal_limit >= 0 and approval_threshold >= 0' })
export class WalletSettings {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  /** The asset the limits are counted in. */
  @Property({ type: 'string', length: 16 })
  mainCurrency!: string;

  /** Minor units of the main currency a player may withdraw per UTC day. */
  @Property({ type: 'bigint' })
  dailyWithdrawalLimit!: bigint;

  /** Minor units of the main currency above which a withdrawal needs two FINANCE approvals. */
  @Property({ type: 'bigint' })
  approvalThreshold!: bigint;

  /** When an operator last changed the rules. */
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** The operator who last changed the rules; null on rows written before it was recorded. */
  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}
