import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/**
 * The jackpot subgraph's transactional outbox: `jackpot.rules` (a jackpot created, paused or
 * resumed) and `jackpot.opt-in` (a player's choice), written in the transaction of the change and
 * moved onto the event bus by the relay in seq order (main.ts). Append-only; no row-level security
 * (service plumbing read across tenants by the relay only).
 */
@Entity({ tableName: 'jackpot_event', schema: 'jackpot' })
@Index({ name: 'jackpot_event_kind_seq_index', properties: ['kind', 'seq'] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], expression: 'jackpot_event_append_only' })
export class JackpotEvent {
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
@Entity({ tableName: 'outbox_cursor', schema: 'jackpot' })
export class OutboxCursor {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'bigint' })
  seq!: bigint;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
