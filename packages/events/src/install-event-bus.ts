import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { deadLetterQueue, EVENT_TOPOLOGY, RETENTION_SECONDS, RETRY_LIMIT, SCHEDULED_JOBS } from './topology.js';

export const BUS_SCHEMA = 'pgboss';
/** pg-boss's own queue for sending the jobs its schedules make (its timekeeper creates it when missing). */
const CRON_QUEUE = '__pgboss__send-it';

/**
 * Installs the event bus (pg-boss, schema `pgboss`) as the database's administrator: its tables,
 * every queue of the topology with its dead-letter queue and subscription, and DML rights for the
 * subgraphs' runtime roles (they publish and work; they never create or alter anything).
 * Idempotent: run with every migration.
 */
export async function installEventBus(adminUrl: string, runtimeRoles: readonly string[]): Promise<void> {
  const boss = new PgBoss({
    connectionString: adminUrl,
    schema: BUS_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
    max: 2,
  });
  boss.on('error', () => {});
  await boss.start();
  try {
    for (const [event, queues] of Object.entries(EVENT_TOPOLOGY)) {
      for (const queue of queues) {
        if (!(await boss.getQueue(deadLetterQueue(queue))))
          await boss.createQueue(deadLetterQueue(queue), { retentionSeconds: 14 * 24 * 3600 });
        if (!(await boss.getQueue(queue))) {
          await boss.createQueue(queue, {
            retryLimit: RETRY_LIMIT,
            retryDelay: 1,
            retryBackoff: true,
            deadLetter: deadLetterQueue(queue),
            retentionSeconds: RETENTION_SECONDS,
          });
        }
        await boss.subscribe(event, queue);
      }
    }
    // Scheduled jobs: no retries (the next tick is the retry), a day's history. The cron pass's own
    // queue is made here too, so the services (no DDL rights) only ever use it.
    for (const queue of SCHEDULED_JOBS) {
      if (!(await boss.getQueue(queue)))
        await boss.createQueue(queue, {
          policy: 'exclusive',
          retryLimit: 0,
          retentionSeconds: 24 * 3600,
          deleteAfterSeconds: 24 * 3600,
        });
    }
    if (!(await boss.getQueue(CRON_QUEUE))) await boss.createQueue(CRON_QUEUE);
  } finally {
    await boss.stop({ graceful: false });
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const role of runtimeRoles) {
      const quoted = `"${role.replaceAll('"', '')}"`;
      await client.query(`grant usage on schema ${BUS_SCHEMA} to ${quoted}`);
      await client.query(`grant select, insert, update, delete on all tables in schema ${BUS_SCHEMA} to ${quoted}`);
      await client.query(`grant usage, select on all sequences in schema ${BUS_SCHEMA} to ${quoted}`);
      await client.query(`grant execute on all functions in schema ${BUS_SCHEMA} to ${quoted}`);
    }
  } finally {
    await client.end();
  }
}
