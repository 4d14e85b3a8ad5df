import type pg from 'pg';
import { PgBoss } from 'pg-boss';
import { BUS_SCHEMA } from './install-event-bus.js';
import { createHash } from 'node:crypto';
import {
  EVENT_TOPOLOGY,
  type EventName,
  type EventPayloads,
  type QueueName,
  type ScheduledJobName,
} from './topology.js';

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
  /** Aborted when the bus stops: a scheduled job in progress ends early between items. */
  private readonly stopping = new AbortController();
  private readonly scheduled: ScheduledJobName[] = [];

  private constructor(private readonly boss: PgBoss) {}

  /** `schedule`: this instance takes part in the cron pass (needed where `schedule()` jobs are due; pg-boss coordinates replicas). */
  static async start(
    url: string,
    options: { name: string; maintain?: boolean; schedule?: boolean },
  ): Promise<EventBus> {
    const boss = new PgBoss({
      connectionString: url,
      schema: BUS_SCHEMA,
      application_name: `casinox-${options.name}-events`,
      migrate: false,
      schedule: options.schedule ?? false,
      supervise: options.maintain ?? false,
      max: 4,
    });
    boss.on('error', (error) =>
      console.error(`[${options.name}] event bus:`, error instanceof Error ? error.message : error),
    );
    await boss.start();
    return new EventBus(boss);
  }

  async publish<E extends EventName>(db: Queryable, event: E, payload: EventPayloads[E]): Promise<void> {
    await this.boss.publish(event, payload as unknown as object, {
      db: { executeSql: (text: string, values?: unknown[]) => db.query(text, values as unknown[]) },
    });
  }

  /**
   * Many events at once (an outbox relay), in the caller's transaction: per subscribed queue, ONE
   * job carries up to PACK_SIZE events (a relay moving hundreds of settled bets a second writes a
   * few jobs, not one row per bet per queue). A pack's job id is derived from (queue, its first and
   * last event ids), so publishing the same events again adds nothing (pg-boss inserts ON CONFLICT
   * DO NOTHING). `work` hands the events of a pack to the handler one by one.
   */
  async publishMany<E extends EventName>(
    db: Queryable,
    event: E,
    events: { id: string; payload: EventPayloads[E] }[],
  ): Promise<void> {
    if (events.length === 0) return;
    const executeSql = (text: string, values?: unknown[]) => db.query(text, values as unknown[]);
    const packs: (typeof events)[] = [];
    for (let i = 0; i < events.length; i += PACK_SIZE) packs.push(events.slice(i, i + PACK_SIZE));
    for (const queue of EVENT_TOPOLOGY[event]) {
      const jobs = packs.map((pack) =>
        pack.length === 1
          ? { id: jobId(queue, pack[0]!.id), data: pack[0]!.payload as unknown as object }
          : { id: jobId(queue, `${pack[0]!.id}..${pack.at(-1)!.id}`), data: { [PACKED]: pack.map((e) => e.payload) } },
      );
      await this.boss.insert(queue, jobs, { db: { executeSql } });
    }
  }

  /**
   * Delivers the queue's events to `handler`, one call per event (jobs fetched in batches of up to
   * `batchSize`). A single event's job is retried with backoff and dead-lettered as a whole, as
   * pg-boss does. In a pack, an event whose handler fails is set apart as a job of its own (with
   * its own retries and dead letter) and the pack's other events go on; only when that cannot be
   * written does the whole pack retry (handlers are idempotent, so the events already handled are
   * handled again harmlessly).
   */
  async work<E extends EventName>(
    queue: QueueName,
    handler: (payload: EventPayloads[E]) => Promise<void>,
    options: { batchSize?: number; pollingIntervalSeconds?: number } = {},
  ): Promise<void> {
    // burstWhenBatchFull: while fetches come back full, fetch again at once instead of waiting for
    // the next poll — a backlog (a burst of bets) drains at the consumer's speed, not 20 per poll.
    await this.boss.work<EventPayloads[E] | Packed<EventPayloads[E]>>(
      queue,
      {
        batchSize: options.batchSize ?? 50,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5,
        burstWhenBatchFull: true,
      },
      async (jobs) => {
        for (const job of jobs) {
          if (!isPacked(job.data)) {
            await handler(job.data);
            continue;
          }
          for (const [i, payload] of job.data[PACKED].entries()) {
            try {
              await handler(payload);
            } catch (error) {
              console.error(
                `[events] ${queue}: event ${i} of job ${job.id} failed; it goes on as its own job:`,
                error instanceof Error ? error.message : error,
              );
              await this.boss.insert(queue, [
                { id: jobId(queue, `${job.id}#${i}`), data: payload as unknown as object },
              ]);
            }
          }
        }
      },
    );
  }

  /**
   * A periodic job on a pg-boss schedule: every `everyMs` (whole minutes, cron's granularity; 0 turns
   * it off and removes the schedule), `run` is called in ONE replica at a time (queue policy
   * `exclusive`); its signal aborts when the bus stops. Queues are in SCHEDULED_JOBS (installed with
   * the migrations). `trigger` sends one now (an operator's "run now", or a test).
   */
  async schedule(
    queue: ScheduledJobName,
    everyMs: number,
    run: (signal: AbortSignal) => Promise<unknown>,
  ): Promise<void> {
    if (everyMs <= 0) {
      await this.boss.unschedule(queue);
      return;
    }
    await this.boss.schedule(queue, cronEvery(queue, everyMs));
    this.scheduled.push(queue);
    await this.boss.work(queue, { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => {
      if (!job || this.stopping.signal.aborted) return;
      try {
        await run(AbortSignal.any([job.signal, this.stopping.signal]));
      } catch (error) {
        console.error(`[${queue}] failed`, error);
        throw error;
      }
    });
  }

  /** Sends a scheduled job's queue one job now (it runs in whichever replica polls first). */
  async trigger(queue: ScheduledJobName): Promise<void> {
    await this.boss.send(queue, {});
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    for (const queue of this.scheduled) await this.boss.offWork(queue, { wait: true });
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}

/** The cron expression for "every `everyMs`": whole minutes that divide an hour, or whole hours that divide a day. */
export function cronEvery(name: string, everyMs: number): string {
  const minutes = everyMs / 60_000;
  if (Number.isInteger(minutes) && minutes >= 1 && minutes < 60 && 60 % minutes === 0)
    return minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`;
  const hours = minutes / 60;
  if (Number.isInteger(hours) && hours >= 1 && hours <= 24 && 24 % hours === 0)
    return hours === 24 ? '0 0 * * *' : `0 */${hours} * * *`;
  throw new Error(
    `${name}: an interval of ${everyMs} ms is not a schedule pg-boss can keep (whole minutes dividing an hour, or hours dividing a day; 0 turns it off)`,
  );
}

/** Events per job when many are published at once (publishMany). */
export const PACK_SIZE = 200;
/** The data of a job that carries several events. */
const PACKED = 'events';
type Packed<T> = { [PACKED]: T[] };
const isPacked = <T>(data: T | Packed<T>): data is Packed<T> =>
  typeof data === 'object' &&
  data !== null &&
  Array.isArray((data as Packed<T>)[PACKED]) &&
  Object.keys(data).length === 1;

/** A stable uuid for (queue, event id): the same event never becomes two jobs of one queue. */
function jobId(queue: string, eventId: string): string {
  const hex = createHash('sha256').update(`${queue}|${eventId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
