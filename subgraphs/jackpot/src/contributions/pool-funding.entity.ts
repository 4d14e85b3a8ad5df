import { tenantPolicies } from '@casinox/db';
import { Check, Entity, Enum, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const POOL_FUNDING_KINDS = ['SEED', 'RESEED', 'SPONSOR'] as const;
export type PoolFundingKind = (typeof POOL_FUNDING_KINDS)[number];

/**
 * House money into a pool other than contributions: the first seed, the reseed after a win, an
 * operator's sponsorship. Recorded with the read-model change, then moved in the ledger by the
 * wallet's `jackpot/fund` under `key` (funded_at set after): a crash in between is finished by the
 * next drive of the tier (pool-ledger.ts), never done twice.
 */
@Entity({ tableName: 'pool_funding', schema: 'jackpot', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({
  name: 'pool_funding_unfunded_index',
  expression:
    'create index "pool_funding_unfunded_index" on "jackpot"."pool_funding" ("tenant_id", "jackpot_id", "tier_code") where funded_at is null',
})
@Check({ name: 'pool_funding_amount_check', expression: 'amount > 0' })
export class PoolFunding {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  /** The wallet idempotency key (seed:…, reseed:<win>, sponsor:…). */
  @PrimaryKey({ type: 'string', length: 120 })
  key!: string;

  @Property({ type: 'uuid' })
  jackpotId!: string;

  @Property({ type: 'string', length: 16 })
  tierCode!: string;

  @Enum({ items: [...POOL_FUNDING_KINDS], type: 'string', length: 16 })
  kind!: PoolFundingKind;

  @Property({ type: 'bigint' })
  amount!: bigint;

  /** The operator who sponsored it (null for seeds and reseeds). */
  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  fundedAt: Date | null = null;
}
