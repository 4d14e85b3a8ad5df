import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The grants the sweep must look at, across every tenant: an ACTIVE grant (due when it expires)
 * and any grant whose money has not moved yet (due at once: funding, conversion, forfeit). A row
 * lives from activation until the grant's ending is settled, so the table stays small and the
 * sweep never scans `bonus_grant`. No RLS: it holds only ids; the sweep reads each grant under its
 * tenant.
 */
@Entity({ tableName: 'grant_task', schema: 'bonus' })
@Index({ name: 'grant_task_due_at_index', properties: ['dueAt'] })
export class GrantTask {
  @PrimaryKey({ type: 'uuid' })
  grantId!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'datetime' })
  dueAt!: Date;
}
