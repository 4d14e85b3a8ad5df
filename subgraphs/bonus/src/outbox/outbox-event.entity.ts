import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/**
 * The bonus subgraph's transactional outbox: rows written by triggers in the transaction that
 * changed a grant (today `bonus.wagering`: a bonus started or stopped wagering), moved onto the
 * event bus by the relay in seq order. Append-only; no row-level security (service plumbing read
 * across tenants by the relay only).
 */
@Entity({ tableName: 'outbox_event', schema: 'bonus' })
@Index({ name: 'outbox_event_kind_seq_index', properties: ['kind', 'seq'] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], expression: 'append_only' })
export class OutboxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: bigint;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** How far the relay has moved each kind of outbox event onto the bus. */
@Entity({ tableName: 'outbox_cursor', schema: 'bonus' })
export class OutboxCursor {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'bigint' })
  seq!: bigint;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
