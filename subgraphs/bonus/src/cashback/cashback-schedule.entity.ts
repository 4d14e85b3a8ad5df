import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The closing job's work list across tenants: per CASHBACK campaign with enrolled players, when
 * its oldest period not yet closed for everyone ends. No RLS (ids only, like grant_task): the job
 * reads each campaign under its tenant.
 */
@Entity({ tableName: 'cashback_schedule', schema: 'bonus' })
@Index({ name: 'cashback_schedule_due_at_index', properties: ['dueAt'] })
export class CashbackSchedule {
  @PrimaryKey({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'datetime' })
  dueAt!: Date;
}
