import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/**
 * Identity's transactional outbox: rows written by triggers on `tenant` (its currency list, on
 * create and on change) and `player` (a registration), in the transaction that made the change, and
 * moved onto the event bus by the relay (`tenant.currencies`, `player.registered`). The money
 * subgraphs keep read models from them, so no bet or deposit asks identity anything. Append-only,
 * no row-level security (service plumbing read across tenants by the relay only).
 */
@Entity({ tableName: 'identity_event', schema: 'identity' })
@Index({ name: 'identity_event_kind_xid_seq_index', properties: ['kind', 'xid', 'seq'] })
@Trigger({
  name: 'append_only',
  timing: 'before',
  events: ['update', 'delete'],
  expression: 'identity_event_append_only',
})
export class IdentityEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: bigint;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** The id of the transaction that wrote the row: the relay's order and cursor (OutboxRelay). */
  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()' })
  xid?: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** How far the relay has moved each kind of identity event onto the bus. */
@Entity({ tableName: 'outbox_cursor', schema: 'identity' })
export class IdentityOutboxCursor {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'bigint' })
  seq!: bigint;

  /** The transaction id of the last relayed row (the cursor is (xid, seq)). */
  @Property({ type: 'string', columnType: 'xid8', default: '0' })
  xid!: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
