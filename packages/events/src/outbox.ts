import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import type pg from 'pg';
import type { EventBus } from './event-bus.js';
import { OutboxRelay } from './outbox-relay.js';
import type { EventName } from './topology.js';

export interface OutboxTableOptions {
  /** The subgraph's schema; MikroORM maps entities per schema, so each subgraph gets its own pair. */
  schema: string;
  /** The outbox table, e.g. `bet_event`; its cursor table is always `<schema>.outbox_cursor`. */
  table: string;
  /** The `kind` column as the subgraph's migration made it. */
  kind?: { type: 'varchar'; length: number } | { type: 'text' };
  /** The trigger function that keeps the outbox append-only. */
  appendOnly?: string;
  /** Indexes besides (kind, xid, seq); default (kind, seq). */
  indexes?: { name: string; properties: string[] }[];
  /** Extra uuid columns the writer fills (games: betId, playerId for its live feed). */
  uuidColumns?: string[];
}

const pascal = (table: string) => table.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/**
 * The MikroORM entities of a subgraph's transactional outbox and its relay cursor: the standard
 * shape OutboxRelay reads (`seq bigserial, tenant_id, kind, payload jsonb, xid xid8, created_at`,
 * append-only, no row-level security: service plumbing read across tenants by the relay only).
 * Only the schema checks use them (writers insert with SQL in their own transaction).
 */
export function outboxEntities(options: OutboxTableOptions): {
  OutboxEvent: new () => object;
  OutboxCursor: new () => object;
} {
  const { schema, table } = options;
  const OutboxEvent = class {};
  Object.defineProperty(OutboxEvent, 'name', { value: pascal(table) });
  const event = OutboxEvent.prototype as object;
  PrimaryKey({ type: 'bigint', autoincrement: true })(event, 'seq');
  Property({ type: 'uuid' })(event, 'tenantId');
  Property(options.kind?.type === 'text' ? { type: 'text' } : { type: 'string', length: options.kind?.length ?? 32 })(
    event,
    'kind',
  );
  for (const column of options.uuidColumns ?? []) Property({ type: 'uuid' })(event, column);
  Property({ type: 'json' })(event, 'payload');
  // The id of the transaction that wrote the row: the relay's order and cursor (OutboxRelay).
  Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()', nullable: false })(event, 'xid');
  Property({ type: 'datetime' })(event, 'createdAt');
  Trigger({
    name: 'append_only',
    timing: 'before',
    events: ['update', 'delete'],
    expression: options.appendOnly ?? 'append_only',
  })(OutboxEvent);
  for (const index of options.indexes ?? [{ name: `${table}_kind_seq_index`, properties: ['kind', 'seq'] }])
    Index(index as never)(OutboxEvent);
  Entity({ tableName: table, schema })(OutboxEvent);
  Index({ name: `${table}_kind_xid_seq_index`, properties: ['kind', 'xid', 'seq'] } as never)(OutboxEvent);

  // How far the relay has moved each kind of event onto the bus: one row per kind, (xid, seq).
  const OutboxCursor = class {};
  Object.defineProperty(OutboxCursor, 'name', { value: 'OutboxCursor' });
  const cursor = OutboxCursor.prototype as object;
  PrimaryKey({ type: 'string', length: 64 })(cursor, 'name');
  Property({ type: 'bigint' })(cursor, 'seq');
  Property({ type: 'string', columnType: 'xid8', default: '0' })(cursor, 'xid');
  Property({ type: 'datetime' })(cursor, 'updatedAt');
  Entity({ tableName: 'outbox_cursor', schema })(OutboxCursor);
  return { OutboxEvent, OutboxCursor };
}

/** A subgraph's relays: every event kind of one outbox, drained together. */
export interface OutboxRelays {
  /** Moves everything relayable now onto the bus; returns how many events moved. */
  drain(): Promise<number>;
}

/**
 * The relays of one outbox (`<schema>.<table>`, cursor `<schema>.outbox_cursor`), one per event kind
 * it holds. The published event is the row's payload plus its seq and tenant.
 */
export function outboxRelays(
  pool: pg.Pool,
  bus: EventBus,
  options: { outbox: string; events: readonly EventName[] },
): OutboxRelays {
  const cursor = `${options.outbox.split('.')[0]}.outbox_cursor`;
  const relays = options.events.map((event) => new OutboxRelay(pool, bus, { event, outbox: options.outbox, cursor }));
  return {
    async drain() {
      let moved = 0;
      for (const relay of relays) moved += await relay.drain();
      return moved;
    },
  };
}
