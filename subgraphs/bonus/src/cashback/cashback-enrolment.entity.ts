import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * A player's claim of a CASHBACK campaign: they are enrolled, and after each period the closing
 * job grants them cashback on that period's net losses (one grant per campaign, player and
 * period). `closedThrough` is where the job has got for this player: the end of the last period
 * closed (at enrolment, the start of the period it happened in).
 */
@Entity({ tableName: 'cashback_enrolment', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({
  name: 'cashback_enrolment_tenant_id_player_id_idempotency_key_unique',
  properties: ['tenantId', 'playerId', 'idempotencyKey'],
})
@Index({
  name: 'cashback_enrolment_tenant_id_campaign_id_closed_through_index',
  properties: ['tenantId', 'campaignId', 'closedThrough'],
})
export class CashbackEnrolment {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  campaignId!: string;

  @PrimaryKey({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'string', length: 120 })
  idempotencyKey!: string;

  @Property({ type: 'datetime' })
  enrolledAt!: Date;

  @Property({ type: 'datetime' })
  closedThrough!: Date;
}
