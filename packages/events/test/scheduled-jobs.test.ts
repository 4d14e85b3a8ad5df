import { createTestDatabase, type TestDatabase } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../src/index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('EventBus.schedule (pg-boss cron)', () => {
  it('registers the cron schedule, runs a due job in one replica at a time, and aborts it when the bus stops', async () => {
    // Two replicas of the wallet, each scheduling and working the same queue.
    const replicas = await Promise.all(
      [0, 1].map(() => EventBus.start(db.urlFor('wallet'), { name: 'wallet', schedule: true })),
    );
    let running = 0;
    let overlapped = false;
    let runs = 0;
    let aborted: Promise<void> | null = null;
    const run = async (signal: AbortSignal) => {
      running += 1;
      overlapped ||= running > 1;
      runs += 1;
      // A long job: it runs until the bus stops, then ends early (as a sweep does between items).
      aborted = new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      await aborted;
      running -= 1;
    };
    try {
      for (const bus of replicas) await bus.schedule('wallet.reconciliation', 5 * 60_000, run);
      const schedules = await db.query(`select name, cron from pgboss.schedule where name = 'wallet.reconciliation'`);
      expect(schedules.rows).toEqual([{ name: 'wallet.reconciliation', cron: '*/5 * * * *' }]);

      // Three ticks at once (a backlog, or every replica's "run now"): the queue is exclusive, so one runs.
      for (let i = 0; i < 3; i++) await replicas[i % 2]!.trigger('wallet.reconciliation');
      await expect.poll(() => runs, { timeout: 10_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(runs).toBe(1);
      expect(overlapped).toBe(false);
    } finally {
      // stop() aborts the job under way and waits for it.
      await Promise.all(replicas.map((bus) => bus.stop()));
    }
    expect(running).toBe(0);
  });

  it('removes the schedule when the interval is 0, and refuses a cadence cron cannot keep', async () => {
    const bus = await EventBus.start(db.urlFor('bonus'), { name: 'bonus', schedule: true });
    try {
      await bus.schedule('bonus.sweep', 60_000, async () => {});
      expect((await db.query(`select cron from pgboss.schedule where name = 'bonus.sweep'`)).rows).toEqual([
        { cron: '* * * * *' },
      ]);
      await bus.schedule('bonus.sweep', 0, async () => {});
      expect((await db.query(`select cron from pgboss.schedule where name = 'bonus.sweep'`)).rowCount).toBe(0);
      await expect(bus.schedule('bonus.cashback', 5000, async () => {})).rejects.toThrow(
        /bonus\.cashback: an interval of 5000 ms/,
      );
    } finally {
      await bus.stop();
    }
  });
});
