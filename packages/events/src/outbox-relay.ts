import type pg from 'pg';
import type { EventBus } from './event-bus.js';
import type { EventName, EventPayloads } from './topology.js';

/**
 * Moves a subgraph's transactional outbox onto the event bus, in seq order, exactly once per
 * event: the jobs and the cursor commit in ONE transaction, the cursor row's lock keeps two relays
 * (replicas) from interleaving, and the jobs' ids derive from the seq, so even a replay adds
 * nothing. The outbox is the standard shape (`seq bigserial, tenant_id, kind, payload jsonb`),
 * written by the business transaction itself (a statement or a trigger), with a cursor table
 * (`name, seq, updated_at`) holding one row per relayed event kind.
 */
export class OutboxRelay<E extends EventName> {
  constructor(
    private readonly pool: pg.Pool,
    private readonly bus: EventBus,
    private readonly options: {
      event: E;
      /** e.g. `games.bet_event`. */
      outbox: string;
      /** e.g. `games.outbox_cursor`. */
      cursor: string;
      /** The event as published: the row's payload plus its seq and tenant. */
      toPayload(row: { seq: string; tenantId: string; payload: Record<string, unknown> }): EventPayloads[E];
      batch?: number;
    },
  ) {}

  /** Relays until the outbox is drained (bounded by `maxBatches`); returns how many events moved. */
  async drain(maxBatches = 20): Promise<number> {
    let moved = 0;
    for (let i = 0; i < maxBatches; i++) {
      const count = await this.relayBatch();
      moved += count;
      if (count < (this.options.batch ?? 500)) break;
    }
    return moved;
  }

  private async relayBatch(): Promise<number> {
    const { event, outbox, cursor, batch = 500 } = this.options;
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const position = await client.query<{ seq: string }>(`select seq from ${cursor} where name = $1 for update`, [event]);
      const after = position.rows[0]?.seq ?? '0';
      const { rows } = await client.query<{ seq: string; tenant_id: string; payload: Record<string, unknown> }>(
        `select seq, tenant_id, payload from ${outbox} where seq > $1 and kind = $2 order by seq limit $3`,
        [after, event, batch],
      );
      if (rows.length > 0) {
        await this.bus.publishMany(
          client,
          event,
          rows.map((row) => ({ id: row.seq, payload: this.options.toPayload({ seq: row.seq, tenantId: row.tenant_id, payload: row.payload }) })),
        );
        await client.query(`update ${cursor} set seq = $2, updated_at = now() where name = $1`, [event, rows.at(-1)!.seq]);
      }
      await client.query('commit');
      return rows.length;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
