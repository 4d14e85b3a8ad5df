import { tenantPolicies } from '@casinox/db';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  SPEND_ORDERS,
  type CampaignKind,
  type CampaignStatus,
  type SpendOrder,
} from '../domain/index.js';

/**
 * An operator's bonus campaign. What the bonus gives (`terms`), who may claim it (`eligibility`),
 * the game weights and max-bet limits are JSON documents in the domain's shapes (amounts as decimal
 * strings: JSON has no bigint; see campaign-row.ts); `kind` is repeated as a column so lists can
 * filter on it. `claims` counts grants made (a cheap figure for the campaign list). Written with
 * plain SQL by campaign.service.ts; the entity mirrors the table for the drift check.
 */
@Entity({ tableName: 'campaign', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({ name: 'campaign_tenant_id_created_at_id_index', properties: ['tenantId', 'createdAt', 'id'] })
@Check({ name: 'campaign_wagering_multiplier_check', expression: 'wagering_multiplier >= 0' })
@Check({ name: 'campaign_claims_check', expression: 'claims >= 0' })
export class Campaign {
  [OptionalProps]?: 'claims' | 'validUntil' | 'maxCashOut';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: [...CAMPAIGN_KINDS], type: 'string', length: 16 })
  kind!: CampaignKind;

  @Enum({ items: [...CAMPAIGN_STATUSES], type: 'string', length: 16 })
  status!: CampaignStatus;

  @Property({ type: 'json' })
  terms!: Record<string, unknown>;

  @Property({ type: 'json' })
  eligibility!: Record<string, unknown>;

  /** Game code → percent of a stake that counts towards wagering. */
  @Property({ type: 'json' })
  weights!: Record<string, number>;

  /** Asset code → the largest stake while the bonus is ACTIVE (decimal strings). */
  @Property({ type: 'json' })
  maxBet!: Record<string, string>;

  @Property({ type: 'integer' })
  wageringMultiplier!: number;

  @Property({ type: 'integer' })
  expiresInDays!: number;

  @Property({ type: 'datetime', nullable: true })
  validUntil: Date | null = null;

  @Property({ type: 'bigint', nullable: true })
  maxCashOut: bigint | null = null;

  @Enum({ items: [...SPEND_ORDERS], type: 'string', length: 16 })
  spendOrder!: SpendOrder;

  @Property({ type: 'integer' })
  claims: number = 0;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
