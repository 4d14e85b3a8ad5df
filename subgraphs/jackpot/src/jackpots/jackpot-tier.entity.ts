import { tenantPolicies } from '@casinox/db';
import { Check, Entity, Filter, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/**
 * One tier's pool as the jackpot engine sees it (the READ MODEL: the ledger's JACKPOT_POOL account
 * `${jackpotId}:${code}` holds the money; every amount added here is also moved there by a keyed
 * wallet call, see pool-ledger.ts) and, for MUST_DROP, the current seeding's hidden drop value.
 *
 * SECRET columns: `drop_server_seed` and `drop_value` never leave the service before the drop
 * (only `drop_commitment`, SHA-256 of the seed, is published); the win that ends the seeding
 * reveals both (jackpot_win).
 */
@Entity({ tableName: 'jackpot_tier', schema: 'jackpot', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Check({ name: 'jackpot_tier_pool_check', expression: 'pool >= 0' })
@Check({ name: 'jackpot_tier_seeding_check', expression: 'seeding >= 1' })
// jackpots/sql/notify_jackpot_updated.sql (live ticks); declared so the schema diff keeps it.
@Trigger({
  name: 'jackpot_updated',
  timing: 'after',
  events: ['insert', 'update'],
  expression: 'notify_jackpot_updated',
})
export class JackpotTierRow {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  jackpotId!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  /** The tier's index in the configuration (top prize first). */
  @Property({ type: 'smallint' })
  position!: number;

  /** The pool in minor units: seed + contributions − wins + reseeds. */
  @Property({ type: 'bigint' })
  pool!: bigint;

  /** 1 for the first seeding, +1 at each reseed after a win (part of the drop value's client seed). */
  @Property({ type: 'integer' })
  seeding!: number;

  /** MUST_DROP: SHA-256 of the seeding's server seed, published. */
  @Property({ type: 'string', length: 64, nullable: true })
  dropCommitment: string | null = null;

  /** MUST_DROP: the seeding's server seed. Secret until the drop. */
  @Property({ type: 'string', length: 64, nullable: true })
  dropServerSeed: string | null = null;

  /** MUST_DROP: the hidden drop value drawn from it. Secret until the drop. */
  @Property({ type: 'bigint', nullable: true })
  dropValue: bigint | null = null;

  /** MUST_DROP: the range the current seeding's drop value was drawn in (null: the configuration's, see migration 20261224). */
  @Property({ type: 'bigint', nullable: true })
  dropMinValue: bigint | null = null;

  @Property({ type: 'bigint', nullable: true })
  dropMaxValue: bigint | null = null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
