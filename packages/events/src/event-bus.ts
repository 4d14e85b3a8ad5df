import type pg from 'pg';
import { PgBoss } from 'pg-boss';
import { BUS_SCHEMA } from './install-event-bus.js';
import { createHash } from 'node:crypto';
import { EVENT_TOPOLOGY, type EventName, type EventPayloads, type QueueName } from './topology.js';

/** Anything that runs SQL: a pool, or the client of the caller's open transaction. */
type Queryable = Pick<pg.ClientBase, 'query'>;

/**
 * The durable event bus of one service (pg-boss on the `pgboss` schema, installed with the
 * migrations). `publish` writes the event's jobs through the CALLER's transaction, so the event
 * exists exactly when the business change committed (a rollback takes it back). `work` delivers
 * each job to a handler at least once, retrying with backoff and parking it in the dead-letter
 * queue after RETRY_LIMIT failures: handlers must be idempotent (key them by the event's id).
 */
export class EventBus {
  private constructor(private readonly boss: PgBoss) {}

  static async start(url: string, options: { name: string; maintain?: boolean }): Promise<EventBus> {
    const boss = new PgBoss({
      connectionString: url,
      schema: BUS_SCHEMA,
      application_name: `casinox-${options.name}-events`,
      migrate: false,
      schedule: false,
      supervise: options.maintain ?? false,
      max: 4,
    });
    boss.on('error', (error) => console.error(`[${options.name}] event bus:`, error instanceof Error ? error.message : error));
    await boss.start();
    return new EventBus(boss);
  }

  async publish<E extends EventName>(db: Queryable, event: E, payload: EventPayloads[E]): Promise<void> {
    await this.boss.publish(event, payload as unknown as object, {
      db: { executeSql: (text: string, values?: unknown[]) => db.query(text, values as unknown[]) },
    });
  }

  /**
   * Many events at once (an outbox relay): one insert per subscribed queue, in the caller's
   * transaction. Each job's id is derived from (queue, event id), so publishing the same event again
   * adds nothing (pg-boss inserts ON CONFLICT DO NOTHING).
   */
  async publishMany<E extends EventName>(db: Queryable, event: E, events: { id: string; payload: EventPayloads[E] }[]): Promise<void> {
    if (events.length === 0) return;
    const executeSql = (text: string, values?: unknown[]) => db.query(text, values as unknown[]);
    for (const queue of EVENT_TOPOLOGY[event]) {
      await this.boss.insert(queue, events.map((e) => ({ id: jobId(queue, e.id), data: e.payload as unknown as object })), { db: { executeSql } });
    }
  }

  /** Delivers the queue's jobs to `handler` (batches of up to `batchSize`, one handler call per job). */
  async work<E extends EventName>(queue: QueueName, handler: (payload: EventPayloads[E]) => Promise<void>, options: { batchSize?: number; pollingIntervalSeconds?: number } = {}): Promise<void> {
    // burstWhenBatchFull: while fetches come back full, fetch again at once instead of waiting for
    // the next poll — a backlog (a burst of bets) drains at the consumer's speed, not 20 per poll.
    await this.boss.work<EventPayloads[E]>(queue, { batchSize: options.batchSize ?? 50, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5, burstWhenBatchFull: true }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  stop(): Promise<void> {
    return this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}

/** A stable uuid for (queue, event id): the same event never becomes two jobs of one queue. */
function jobId(queue: string, eventId: string): string {
  const hex = createHash('sha256').update(`${queue}|${eventId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
