import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, signInOperator } from './support/actors.js';
import { collect, liveClients } from './support/live.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
const live = liveClients(() => platform.wsUrl);
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await live.dispose();
  await platform?.stop();
});

const PLACE_BET = `mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok code balanceAfter bet { id status payout } } }`;
type Placed = {
  placeBet: {
    ok: boolean;
    code: string | null;
    balanceAfter: string;
    bet: { id: string; status: string; payout: string };
  };
};

describe('bets through the gateway, live', () => {
  it("feeds operators every settled bet with the player's identity fields, players their own bets and balance, and the lobby its big wins", async () => {
    const tenant = await newTenant(platform);
    const other = await newTenant(platform);
    const [alice, bob] = await Promise.all([
      registerPlayer(platform, tenant.slug),
      registerPlayer(platform, tenant.slug),
    ]);
    const operator = await signInOperator(platform, tenant.id, 'SUPPORT');
    const foreignOperator = await signInOperator(platform, other.id, 'ADMIN');
    for (const player of [alice, bob]) {
      const grant = await platform.walletCall('grant', {
        tenantId: tenant.id,
        playerId: player.playerId,
        asset: 'EUR',
        amount: '100000',
        idempotencyKey: `fund-${player.playerId}`,
      });
      expect(grant.status).toBe(200);
    }

    const before = platform.liveSubscribers();
    const feed = collect<{
      betSettled: { id: string; game: string; stake: string; player: { id: string; displayName: string } };
    }>(
      live.connect(operator.session.accessToken),
      'subscription { betSettled { id game stake player { id displayName } } }',
    );
    const foreignFeed = collect<{ betSettled: { id: string } }>(
      live.connect(foreignOperator.session.accessToken),
      'subscription { betSettled { id } }',
    );
    const aliceBets = collect<{ myBets: { id: string; status: string } }>(
      live.connect(alice.session.accessToken),
      'subscription { myBets { id status } }',
    );
    const bobBets = collect<{ myBets: { id: string } }>(
      live.connect(bob.session.accessToken),
      'subscription { myBets { id } }',
    );
    const bobLobby = collect<{ bigWins: { id: string; playerAlias: string; payout: string; game: string } }>(
      live.connect(bob.session.accessToken),
      'subscription { bigWins { id playerAlias game payout } }',
    );
    const refused = collect(live.connect(alice.session.accessToken), 'subscription { betSettled { id } }');
    await expect.poll(() => platform.liveSubscribers()).toBe(before + 5);
    await expect.poll(() => refused.errors.length).toBeGreaterThan(0);

    // Alice plays three dice bets, then a long shot that pays ≥ 10× when it wins (UNDER 5.00 pays 19.8×).
    const placed: Placed['placeBet'][] = [];
    for (let i = 0; i < 3; i++) {
      const res = await platform.gql<Placed>(
        PLACE_BET,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '100',
            params: { target: 50, direction: 'UNDER' },
            idempotencyKey: randomUUID(),
          },
        },
        { token: alice.session.accessToken },
      );
      expect(res.data?.placeBet.ok).toBe(true);
      placed.push(res.data!.placeBet);
    }
    let bigWin: Placed['placeBet'] | null = null;
    for (let i = 0; i < 200 && !bigWin; i++) {
      const res = await platform.gql<Placed>(
        PLACE_BET,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '100',
            params: { target: 5, direction: 'UNDER' },
            idempotencyKey: randomUUID(),
          },
        },
        { token: alice.session.accessToken },
      );
      placed.push(res.data!.placeBet);
      if (BigInt(res.data!.placeBet.bet.payout) >= 1000n) bigWin = res.data!.placeBet;
    }
    expect(bigWin).not.toBeNull();

    await expect.poll(() => feed.results.length, { timeout: 10_000 }).toBe(placed.length);
    expect(feed.results.map((r) => r.betSettled.id)).toEqual(expect.arrayContaining(placed.map((p) => p.bet.id)));
    expect(feed.results[0]!.betSettled.player).toMatchObject({ id: alice.playerId, displayName: expect.any(String) });
    await expect.poll(() => aliceBets.results.length, { timeout: 10_000 }).toBe(placed.length);
    expect(aliceBets.results.every((r) => r.myBets.status === 'SETTLED')).toBe(true);
    await expect.poll(() => bobLobby.results.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const announced = bobLobby.results.find((r) => r.bigWins.id === bigWin!.bet.id);
    expect(announced?.bigWins).toMatchObject({
      game: 'DICE',
      payout: bigWin!.bet.payout,
      playerAlias: expect.stringMatching(/^Player-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    });
    expect(JSON.stringify(bobLobby.results)).not.toContain(alice.playerId);

    // Nobody else saw any of it.
    expect(bobBets.results).toHaveLength(0);
    expect(foreignFeed.results).toHaveLength(0);

    // The same bets, read back through the gateway with fields of two subgraphs in one query.
    const history = await platform.gql<{
      bets: { edges: { node: { id: string; player: { displayName: string } } }[] };
    }>(
      `query ($player: ID!) { bets(first: 100, filter: { playerId: $player }) { edges { node { id player { displayName } } } } }`,
      { player: alice.playerId },
      { token: operator.session.accessToken },
    );
    expect(history.data!.bets.edges).toHaveLength(Math.min(placed.length, 100));
  });

  it('lets a reconnecting feed catch up from the last sequence it saw, then continues live', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    const operator = await signInOperator(platform, tenant.id, 'SUPPORT');
    await platform.walletCall('grant', {
      tenantId: tenant.id,
      playerId: player.playerId,
      asset: 'EUR',
      amount: '100000',
      idempotencyKey: `fund-${player.playerId}`,
    });
    const bet = async () =>
      (
        await platform.gql<Placed>(
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
          { token: player.session.accessToken },
        )
      ).data!.placeBet.bet.id;
    const ids = [await bet(), await bet(), await bet(), await bet()];
    const first = await platform.gql<{ bet: { sequence: string } }>(
      `query ($id: ID!) { bet(id: $id) { sequence } }`,
      { id: ids[0] },
      { token: operator.session.accessToken },
    );
    const seen = first.data!.bet.sequence;
    expect(seen).toMatch(/^\d+$/);

    // The operator was offline after the first bet: resubscribing from its sequence brings the other three, oldest first.
    const before = platform.liveSubscribers();
    const feed = collect<{ betSettled: { id: string; sequence: string } }>(
      live.connect(operator.session.accessToken),
      'subscription ($after: String) { betSettled(afterSequence: $after) { id sequence } }',
      { after: seen },
    );
    await expect.poll(() => feed.results.length, { timeout: 10_000 }).toBe(3);
    expect(feed.results.map((r) => r.betSettled.id)).toEqual(ids.slice(1));
    await expect.poll(() => platform.liveSubscribers()).toBe(before + 1);
    const next = await bet();
    await expect.poll(() => feed.results.length, { timeout: 10_000 }).toBe(4);
    expect(feed.results[3]!.betSettled.id).toBe(next);
    expect(BigInt(feed.results[3]!.betSettled.sequence)).toBeGreaterThan(BigInt(feed.results[2]!.betSettled.sequence));

    const mine = collect<{ myBets: { id: string } }>(
      live.connect(player.session.accessToken),
      'subscription ($after: String) { myBets(afterSequence: $after) { id } }',
      { after: seen },
    );
    await expect.poll(() => mine.results.length, { timeout: 10_000 }).toBe(4);
    const bad = collect(
      live.connect(operator.session.accessToken),
      'subscription { betSettled(afterSequence: "x") { id } }',
    );
    await expect.poll(() => bad.errors.length, { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
