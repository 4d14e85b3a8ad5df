import { createTestDatabase, type TestDatabase } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AfterCommitNotifier } from '../src/index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('AfterCommitNotifier', () => {
  it('delivers every notification once, in order, batching the ones queued while a flush is in flight', async () => {
    const listener = new pg.Client({ connectionString: db.adminUrl });
    await listener.connect();
    const received: { channel: string; payload: string }[] = [];
    listener.on('notification', (message) =>
      received.push({ channel: message.channel, payload: message.payload ?? '' }),
    );
    await listener.query('listen cx_probe_a');
    await listener.query('listen cx_probe_b');
    const pool = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
    const statements: string[] = [];
    pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const config = args[0] as { name?: string };
        if (config?.name === 'cx_after_commit_notify') statements.push(config.name);
        return query(...args);
      };
    });
    const notifier = new AfterCommitNotifier(pool);
    try {
      for (let i = 0; i < 50; i++) notifier.notify(i % 2 ? 'cx_probe_b' : 'cx_probe_a', { i });
      notifier.notify('cx_probe_a', 'plain text');
      await notifier.drain();
      await expect.poll(() => received.length).toBe(51);
      expect(received.slice(0, 50).map((m) => JSON.parse(m.payload).i)).toEqual(
        Array.from({ length: 50 }, (_, i) => i),
      );
      expect(received[1]!.channel).toBe('cx_probe_b');
      expect(received[50]).toEqual({ channel: 'cx_probe_a', payload: 'plain text' });
      // Everything queued within one tick went out in one statement.
      expect(statements).toHaveLength(1);
    } finally {
      await pool.end();
      await listener.end();
    }
  });

  it('reports a failed flush and keeps going', async () => {
    const pool = new pg.Pool({ connectionString: db.adminUrl, max: 1 });
    const errors: unknown[] = [];
    const notifier = new AfterCommitNotifier(pool, (error) => errors.push(error));
    try {
      notifier.notify('cx_probe_a', 'x'.repeat(9000)); // over Postgres's 8000-byte payload limit
      await notifier.drain();
      expect(errors).toHaveLength(1);
      notifier.notify('cx_probe_a', 'fine');
      await notifier.drain();
      expect(errors).toHaveLength(1);
    } finally {
      await pool.end();
    }
  });
});
