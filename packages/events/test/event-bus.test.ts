import { createTestDatabase, type TestDatabase } from '@casinox/testkit';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BetSettledEvent, EventBus, PACK_SIZE } from '../src/index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

const settled = (tenantId: string, i: number): BetSettledEvent => ({
  seq: String(i),
  tenantId,
  betId: `bet-${i}`,
  playerId: tenantId,
  game: 'DICE',
  asset: 'EUR',
  stake: '100',
  payout: '0',
  settledAt: new Date().toISOString(),
});

describe('EventBus', () => {
  it('publishes many events in packs, hands them to the handler one by one, and sets a failing event apart as its own job', async () => {
    const tenantId = randomUUID();
    const events = Array.from({ length: PACK_SIZE + 3 }, (_, i) => ({
      id: `${tenantId}:${i}`,
      payload: settled(tenantId, i),
    }));
    const publisher = await EventBus.start(db.urlFor('games'), { name: 'publisher' });
    const consumer = await EventBus.start(db.urlFor('bonus'), { name: 'consumer' });
    const games = new pg.Client({ connectionString: db.urlFor('games') });
    await games.connect();
    try {
      await publisher.publishMany(games, 'bet.settled', events);
      // Publishing the same events again adds nothing.
      await publisher.publishMany(games, 'bet.settled', events);
      const jobs = await db.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'bonus.bet-settled' and (data->'events'->0->>'tenantId' = $1 or data->>'tenantId' = $1)`,
        [tenantId],
      );
      expect(jobs.rows[0]!.n).toBe(2);

      const handled: string[] = [];
      let poisoned = 0;
      await consumer.work<'bet.settled'>(
        'bonus.bet-settled',
        async (event) => {
          if (event.tenantId !== tenantId) return;
          if (event.betId === 'bet-7' && poisoned++ === 0) throw new Error('poison, once');
          handled.push(event.betId);
        },
        { pollingIntervalSeconds: 0.5 },
      );
      // Every event handled once; the one that failed again later, from its own job (retried with backoff).
      await expect.poll(() => handled.length, { timeout: 20_000, interval: 200 }).toBe(events.length);
      expect(new Set(handled).size).toBe(events.length);
      expect(handled.indexOf('bet-7')).toBe(events.length - 1);
      const apart = await db.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'bonus.bet-settled' and data->>'betId' = 'bet-7' and data->>'tenantId' = $1`,
        [tenantId],
      );
      expect(apart.rows[0]!.n).toBe(1);
    } finally {
      await games.end();
      await consumer.stop();
      await publisher.stop();
    }
  });
});
