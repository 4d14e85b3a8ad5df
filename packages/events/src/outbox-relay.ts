import type pg from 'pg';
import type { EventBus } from './event-bus.js';
import type { EventName, EventPayloads } from './topology.js';

/**
 * Moves a subgraph's transactional outbox onto the event bus exactly once per event: the jobs and
 * the cursor commit in ONE transaction, the cursor row's lock keeps two relays (replicas) from
 * interleaving, and the jobs' ids derive from the seq, so even a replay adds nothing. The outbox is
 * the standard shape (`seq bigserial, tenant_id, kind, payload jsonb, xid xid8`), written by the
 * business transaction itself (a statement or a trigger), with a cursor table (`name, seq, xid,
 * updated_at`) holding one row per relayed event kind (see outboxVisibilityDdl).
 *
 * Why the cursor is (xid, seq) and not seq alone: a seq is taken when a row is INSERTED, but the row
 * becomes visible when its transaction COMMITS, so under concurrency seq 11 can be visible while
 * seq 10 is still in flight; a seq cursor at 11 would skip 10 for ever. Each row records the id of
 * the transaction that wrote it (`pg_current_xact_id()`, never reused, increasing), and the relay
 * only takes rows of transactions older than every transaction still running
 * (`pg_snapshot_xmin(pg_current_snapshot())`), in (xid, seq) order. Anything committed later has a
 * larger xid than the cursor, so nothing is skipped; a long-running transaction only delays relaying.
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
      /** The event as published; by default the row's payload plus its seq and tenant. */
      toPayload?(row: { seq: string; tenantId: string; payload: Record<string, unknown> }): EventPayloads[E];
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
      const position = await client.query<{ seq: string; xid: string }>(
        `select seq, xid::text as xid from ${cursor} where name = $1 for update`,
        [event],
      );
      const after = position.rows[0] ?? { seq: '0', xid: '0' };
      const { rows } = await client.query<{
        seq: string;
        xact: string;
        tenant_id: string;
        payload: Record<string, unknown>;
      }>(
        `select seq, xid::text as xact, tenant_id, payload from ${outbox}
          where kind = $1 and (xid, seq) > ($2::xid8, $3::bigint) and xid < pg_snapshot_xmin(pg_current_snapshot())
          order by xid, seq limit $4`,
        [event, after.xid, after.seq, batch],
      );
      if (rows.length > 0) {
        await this.bus.publishMany(
          client,
          event,
          rows.map((row) => ({
            id: row.seq,
            payload: (this.options.toPayload ?? asEvent<E>)({
              seq: row.seq,
              tenantId: row.tenant_id,
              payload: row.payload,
            }),
          })),
        );
        await client.query(`update ${cursor} set seq = $2, xid = $3::xid8, updated_at = now() where name = $1`, [
          event,
          rows.at(-1)!.seq,
          rows.at(-1)!.xact,
        ]);
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

/** An outbox row as its event: the payload the writer stored, plus the row's seq and tenant. */
const asEvent = <E extends EventName>(row: { seq: string; tenantId: string; payload: Record<string, unknown> }) =>
  ({ ...row.payload, seq: row.seq, tenantId: row.tenantId }) as unknown as EventPayloads[E];

/**
 * The DDL that makes an existing outbox relay-safe under concurrency (see OutboxRelay): each row
 * records its transaction id, the cursor records the (xid, seq) it reached. Rows already in the
 * outbox get the migration's own xid, and so does the cursor, so exactly the rows beyond the
 * cursor's seq remain to be relayed.
 */
export function outboxVisibilityDdl(
  outbox: { schema: string; table: string },
  cursorTable = 'outbox_cursor',
): string[] {
  const table = `"${outbox.schema}"."${outbox.table}"`;
  const cursor = `"${outbox.schema}"."${cursorTable}"`;
  return [
    `alter table ${table} add column "xid" xid8 not null default pg_current_xact_id();`,
    `create index "${outbox.table}_kind_xid_seq_index" on ${table} ("kind", "xid", "seq");`,
    `alter table ${cursor} add column "xid" xid8 not null default '0';`,
    `update ${cursor} set "xid" = pg_current_xact_id();`,
  ];
}
