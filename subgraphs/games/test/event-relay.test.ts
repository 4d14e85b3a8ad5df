import { randomUUID } from 'node:crypto';
import { type BetSettledEvent, EventBus } from '@casinox/events';
import { BUS_EVENTS } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACE_BET, startTestGames, type TestGames } from './support.js';

let t: TestGames;
const buses: EventBus[] = [];
beforeAll(async () => {
  t = await startTestGames({ OUTBOX_RELAY_INTERVAL_MS: '0' });
});
afterAll(async () => {
  for (const bus of buses) await bus.stop();
  await t?.stop();
});

describe('bet.settled on the event bus', () => {
  it('reaches every subscribed queue once per settled bet, in a transaction with the relay cursor', async () => {
    const tenant = randomUUID();
    const playerId = randomUUID();
    await t.fund(tenant, playerId, 'EUR', 100_00n);
    const token = await t.playerToken(tenant, playerId);
    const placed: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.gql<{ placeBet: { bet: { id: string } } }>(
        PLACE_BET,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '100',
            params: { target: 50, direction: 'OVER' },
            idempotencyKey: randomUUID(),
          },
        },
        token,
      );
      placed.push(res.data!.placeBet.bet.id);
    }
    // A refused bet settles nothing, so it publishes nothing.
    await t.gql(
      PLACE_BET,
      {
        input: {
          game: 'DICE',
          asset: 'EUR',
          stake: '99999',
          params: { target: 50, direction: 'OVER' },
          idempotencyKey: randomUUID(),
        },
      },
      token,
    );

    expect(await t.games.relay.drain()).toBeGreaterThanOrEqual(12);
    expect(await t.games.relay.drain()).toBe(0);

    // Consumers run as their own subgraph's role: here the jackpot and bonus queues.
    const received: Record<string, BetSettledEvent[]> = { jackpot: [], bonus: [] };
    for (const [name, queue] of [
      ['jackpot', 'jackpot.bet-settled'],
      ['bonus', 'bonus.bet-settled'],
    ] as const) {
      const bus = await EventBus.start(t.db.urlFor(name), { name });
      buses.push(bus);
      await bus.work<'bet.settled'>(
        queue,
        async (event) => {
          received[name]!.push(event);
        },
        { pollingIntervalSeconds: 0.5 },
      );
    }
    const mine = (events: BetSettledEvent[]) => events.filter((e) => e.tenantId === tenant);
    await expect.poll(() => mine(received.jackpot!).length, { timeout: 15_000 }).toBe(12);
    await expect.poll(() => mine(received.bonus!).length, { timeout: 15_000 }).toBe(12);
    for (const events of [mine(received.jackpot!), mine(received.bonus!)]) {
      expect(new Set(events.map((e) => e.betId))).toEqual(new Set(placed));
      expect(events[0]).toMatchObject({ tenantId: tenant, playerId, game: 'DICE', asset: 'EUR', stake: '100' });
      // Delivery order is not promised (handlers are idempotent and order-free); each event carries its seq.
      expect(new Set(events.map((e) => e.seq)).size).toBe(12);
    }
  });

  it('never skips an event whose transaction commits after a later one (the cursor is (xid, seq), not seq)', async () => {
    await t.games.relay.drain();
    const tenant = randomUUID();
    const insert = `insert into games.bet_event (tenant_id, kind, bet_id, player_id, payload, created_at)
      values ($1, 'bet.settled', $2, $3, $4, now()) returning seq`;
    const payload = (betId: string) => ({
      betId,
      tenantId: tenant,
      playerId: tenant,
      game: 'DICE',
      asset: 'EUR',
      stake: '1',
      payout: '0',
      settledAt: new Date().toISOString(),
    });
    const slow = new pg.Client({ connectionString: t.db.adminUrl });
    await slow.connect();
    try {
      // The slow transaction takes the lower seq and stays open while a later one commits.
      await slow.query('begin');
      const first = randomUUID();
      const low = (await slow.query<{ seq: string }>(insert, [tenant, first, tenant, payload(first)])).rows[0]!.seq;
      const second = randomUUID();
      const high = (await t.db.query<{ seq: string }>(insert, [tenant, second, tenant, payload(second)])).rows[0]!.seq;
      expect(BigInt(high)).toBeGreaterThan(BigInt(low));
      // Relaying the committed row now would move a seq cursor past the open one: it waits instead.
      expect(await t.games.relay.drain()).toBe(0);
      await slow.query('commit');
      expect(await t.games.relay.drain()).toBe(2);
      // Relayed together, the two events travel in one job (a pack) per subscribed queue.
      const relayed = await t.db.query<{ jobs: number; events: number }>(
        `select count(distinct j.id)::int as jobs, count(*)::int as events from ${BUS_EVENTS}
          where j.name = 'bonus.bet-settled' and e ->> 'tenantId' = $1`,
        [tenant],
      );
      expect(relayed.rows[0]).toEqual({ jobs: 1, events: 2 });
    } finally {
      await slow.end();
    }
  });
});
