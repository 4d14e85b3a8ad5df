import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/**
 * The transactional outbox of `bet.settled`: written by the statement that settles the bet, so the
 * event exists exactly when the settlement committed. `seq` orders the stream: the live feed's
 * NOTIFY carries it and the relay (bet-event-relay.ts) moves it onto the event bus in order.
 * Append-only. No row-level security: it is service-internal plumbing read across tenants by the
 * relay only (like the bus's own job table), never exposed through the graph.
 */
@Index({ name: 'bet_event_kind_xid_seq_index', properties: ['kind', 'xid', 'seq'] })
@Entity({ tableName: 'bet_event', schema: 'games' })
@Index({ name: 'bet_event_tenant_id_seq_index', properties: ['tenantId', 'seq'] })
@Index({ name: 'bet_event_bet_id_index', properties: ['betId'] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], expression: 'append_only' })
export class BetEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: bigint;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'uuid' })
  betId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** The id of the transaction that wrote the row: the relay's order and cursor (OutboxRelay). */
  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()' })
  xid?: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
