import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A tier of a jackpot rule as the jackpot.rules event states it (pool = the wallet holder `<jackpotId>:<tierCode>`). */
export interface JackpotRuleTier {
  code: string;
  pool: string;
  shareBasisPoints: number;
  hitOneIn: number | null;
}

/**
 * The contribution rules of the bet path: one row per jackpot, the latest state the jackpot
 * subgraph published (jackpot.rules). Written only by its consumer; `seq` (the jackpot outbox
 * position) keeps a late, older event from overriding a newer one. place_bet reads the active
 * rules of the bet's tenant and asset in the statement that takes the nonce.
 */
@Entity({ tableName: 'jackpot_rule', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({ name: 'jackpot_rule_tenant_id_asset_index', properties: ['tenantId', 'asset'] })
export class JackpotRule {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  jackpotId!: string;

  @Property({ type: 'bigint' })
  seq!: bigint;

  /** FIXED, PROGRESSIVE, SPONSORED or MUST_DROP; only PROGRESSIVE and MUST_DROP take contributions. */
  @Property({ type: 'string', length: 16 })
  type!: string;

  /** False while the jackpot is paused: no contributions, no progressive rounds. */
  @Property({ type: 'boolean' })
  active!: boolean;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  /** null = every game of the tenant. */
  @Property({ type: 'json', nullable: true })
  gameCodes: string[] | null = null;

  @Property({ type: 'boolean' })
  optIn!: boolean;

  @Property({ type: 'integer' })
  contributionBasisPoints!: number;

  @Property({ type: 'integer', nullable: true })
  fairnessSlot: number | null = null;

  @Property({ type: 'json' })
  tiers!: JackpotRuleTier[];

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
