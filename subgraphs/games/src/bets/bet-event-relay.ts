import type { BetSettledEvent, EventBus } from '@casinox/events';
import type pg from 'pg';

const OUTBOX = 'bet.settled';

/**
 * Moves the bet.settled outbox (games.bet_event, written in the settling statement) onto the
 * durable event bus, in seq order, exactly once per event: the jobs and the cursor commit in ONE
 * transaction, the cursor row's lock keeps two relays (replicas) from interleaving, and the jobs'
 * ids derive from the seq, so even a replay adds nothing. Consumers (bonus, jackpot…) then see
 * every settled bet, at least once, however the games process dies.
 */
export class BetEventRelay {
  constructor(
    private readonly pool: pg.Pool,
    private readonly bus: EventBus,
    private readonly batch = 500,
  ) {}

  /** Relays until the outbox is drained (bounded by `maxBatches`); returns how many events moved. */
  async drain(maxBatches = 20): Promise<number> {
    let moved = 0;
    for (let i = 0; i < maxBatches; i++) {
      const count = await this.relayBatch();
      moved += count;
      if (count < this.batch) break;
    }
    return moved;
  }

  private async relayBatch(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const cursor = await client.query<{ seq: string }>(`select seq from games.outbox_cursor where name = $1 for update`, [OUTBOX]);
      const after = cursor.rows[0]?.seq ?? '0';
      const { rows } = await client.query<{ seq: string; tenant_id: string; payload: Omit<BetSettledEvent, 'seq' | 'tenantId'> }>(
        `select seq, tenant_id, payload from games.bet_event where seq > $1 and kind = $2 order by seq limit $3`,
        [after, OUTBOX, this.batch],
      );
      if (rows.length > 0) {
        await this.bus.publishMany(
          client,
          'bet.settled',
          rows.map((row) => ({ id: row.seq, payload: { ...row.payload, seq: row.seq, tenantId: row.tenant_id } })),
        );
        await client.query(`update games.outbox_cursor set seq = $2, updated_at = now() where name = $1`, [OUTBOX, rows.at(-1)!.seq]);
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
