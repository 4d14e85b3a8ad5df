import { tenantPolicies } from '@casinox/db';
import { Check, Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One settled bet's part for one tier of one jackpot. The primary key makes a redelivered
 * `bet.settled` count once. `funded_at` is set once the same amount has moved house → pool in the
 * ledger (wallet `jackpot/fund`, key `contrib:<bet>:<jackpot>:<tier>`): until games moves
 * contributions inside the bet's own wallet transfer, this is how the ledger pool keeps up with
 * the read model.
 */
@Entity({ tableName: 'contribution', schema: 'jackpot', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({
  name: 'contribution_unfunded_index',
  expression:
    'create index "contribution_unfunded_index" on "jackpot"."contribution" ("tenant_id", "jackpot_id", "tier_code") where funded_at is null',
})
@Check({ name: 'contribution_amount_check', expression: 'amount > 0' })
export class ContributionRow {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  jackpotId!: string;

  @PrimaryKey({ type: 'uuid' })
  betId!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  tierCode!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'bigint' })
  amount!: bigint;

  /** The tier's pool right after this contribution (before a drop it caused). */
  @Property({ type: 'bigint' })
  poolAfter!: bigint;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  fundedAt: Date | null = null;
}
