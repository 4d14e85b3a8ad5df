import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/**
 * The wallet's transactional outbox: `wallet.deposit-completed` and `wallet.withdrawal-requested`,
 * written by the transaction that completed the deposit or accepted the withdrawal, moved onto the
 * event bus by the relay in seq order. Append-only; no row-level security (service plumbing read
 * across tenants by the relay only).
 */
@Index({ name: 'wallet_event_kind_xid_seq_index', properties: ['kind', 'xid', 'seq'] })
@Entity({ tableName: 'wallet_event', schema: 'wallet' })
@Index({ name: 'wallet_event_kind_seq_index', properties: ['kind', 'seq'] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], expression: 'append_only' })
export class WalletEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: bigint;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** The id of the transaction that wrote the row: the relay's order and cursor (OutboxRelay). */
  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()' })
  xid?: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** How far the relay has moved each kind of outbox event onto the bus. */
@Entity({ tableName: 'outbox_cursor', schema: 'wallet' })
export class OutboxCursor {
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
