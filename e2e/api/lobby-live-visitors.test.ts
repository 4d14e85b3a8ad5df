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

const PLACE_BET = `mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok bet { id payout } } }`;
type Placed = { placeBet: { ok: boolean; bet: { id: string; payout: string } } };
type BigWins = { bigWins: { id: string; playerAlias: string; game: string; payout: string } };
const BIG_WINS = 'subscription ($tenant: ID) { bigWins(tenantId: $tenant) { id playerAlias game payout } }';
/** The codes of a subscription's errors (refusals arrive in a result; a hook's errors as one `error` message: a list). */
const codesOf = (errors: unknown[]) =>
  errors.flat().map((error) => (error as { extensions?: { code?: string } }).extensions?.code);

/** Dice bets of 1.00 EUR until one pays ≥ 10× (UNDER 5.00 pays 19.8×), at least `atLeast` of them. */
async function playUntilBigWin(token: string, atLeast = 1) {
  const placed: string[] = [];
  for (let i = 0; i < 300; i++) {
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
      { token },
    );
    expect(res.data?.placeBet.ok, JSON.stringify(res.errors)).toBe(true);
    placed.push(res.data!.placeBet.bet.id);
    if (BigInt(res.data!.placeBet.bet.payout) >= 1000n && placed.length >= atLeast)
      return { placed, bigWin: res.data!.placeBet.bet.id };
  }
  throw new Error('no big win in 300 bets');
}

describe('the lobby, live, for signed-out visitors', () => {
  it("a visitor's token-less socket sees its casino's big wins and jackpots as the casino's players play — pseudonymised, and nothing of another casino", async () => {
    const [casino, other] = await Promise.all([newTenant(platform), newTenant(platform)]);
    const [alice, bob] = await Promise.all([
      registerPlayer(platform, casino.slug),
      registerPlayer(platform, other.slug),
    ]);
    const owner = await signInOperator(platform, casino.id, 'OWNER');
    for (const [tenantId, player] of [
      [casino.id, alice],
      [other.id, bob],
    ] as const) {
      const grant = await platform.walletCall('grant', {
        tenantId,
        playerId: player.playerId,
        asset: 'EUR',
        amount: '100000',
        idempotencyKey: `fund-${player.playerId}`,
      });
      expect(grant.status).toBe(200);
    }
    // A must-drop jackpot on dice seeded with 1.00 EUR that drops between 1.10 and 1.20 (5 % of each stake feeds it).
    const jackpot = await platform.gql<{ createJackpot: { id: string } }>(
      `mutation ($input: CreateJackpotInput!) { createJackpot(input: $input) { id } }`,
      {
        input: {
          name: 'Lobby drop',
          type: 'MUST_DROP',
          asset: 'EUR',
          gameCodes: ['DICE'],
          optIn: false,
          contributionBasisPoints: 500,
          idempotencyKey: randomUUID(),
          tiers: [
            {
              code: 'MINI',
              seedAmount: '100',
              contributionShareBasisPoints: 10000,
              minDropValue: '110',
              maxDropValue: '120',
            },
          ],
        },
      },
      { token: owner.session.accessToken },
    );
    expect(jackpot.errors, JSON.stringify(jackpot.errors)).toBeUndefined();
    const jackpotId = jackpot.data!.createJackpot.id;

    const before = platform.liveSubscribers();
    const visitor = live.connect(null);
    const lobby = collect<BigWins>(visitor, BIG_WINS, { tenant: casino.id });
    const pools = collect<{
      jackpotUpdated: { id: string; optedIn: boolean | null; tiers: { pool: string; ledgerBalance: string | null }[] };
    }>(
      visitor,
      'subscription ($tenant: ID) { jackpotUpdated(tenantId: $tenant) { id optedIn tiers { pool ledgerBalance } } }',
      { tenant: casino.id },
    );
    const drops = collect<{ jackpotWon: { jackpotId: string; amount: string; playerId: string | null } }>(
      visitor,
      'subscription ($tenant: ID) { jackpotWon(tenantId: $tenant) { jackpotId amount playerId } }',
      { tenant: casino.id },
    );
    const otherLobby = collect<BigWins>(live.connect(null), BIG_WINS, { tenant: other.id });
    await expect.poll(() => platform.liveSubscribers()).toBe(before + 4);

    // Games learns of the new jackpot through the event bus (about a second): bet until the visitor's ticker moves.
    const bet = (token: string, target: number) =>
      platform.gql<Placed>(
        PLACE_BET,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '100',
            params: { target, direction: 'UNDER' },
            idempotencyKey: randomUUID(),
          },
        },
        { token },
      );
    await expect
      .poll(
        async () => {
          expect((await bet(alice.session.accessToken, 50)).data?.placeBet.ok).toBe(true);
          return pools.results.length;
        },
        { timeout: 20_000, interval: 300 },
      )
      .toBeGreaterThan(0);
    const ours = await playUntilBigWin(alice.session.accessToken, 5);
    const theirs = await playUntilBigWin(bob.session.accessToken);

    await expect.poll(() => lobby.results.map((r) => r.bigWins.id), { timeout: 10_000 }).toContain(ours.bigWin);
    const announced = lobby.results.find((r) => r.bigWins.id === ours.bigWin)!.bigWins;
    expect(announced).toMatchObject({
      game: 'DICE',
      playerAlias: expect.stringMatching(/^Player-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    });
    await expect.poll(() => otherLobby.results.map((r) => r.bigWins.id), { timeout: 10_000 }).toContain(theirs.bigWin);

    // The jackpot ticked up and dropped, and the visitor saw both — without anything only players or operators see.
    await expect.poll(() => drops.results.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    expect(drops.results[0]!.jackpotWon).toMatchObject({ jackpotId, playerId: null });
    expect(pools.results.length).toBeGreaterThanOrEqual(1);
    expect(
      pools.results.every(
        (r) =>
          r.jackpotUpdated.id === jackpotId &&
          r.jackpotUpdated.optedIn === null &&
          r.jackpotUpdated.tiers.every((t) => t.ledgerBalance === null),
      ),
    ).toBe(true);

    // Nothing crossed casinos, and no visitor saw who the winners are.
    expect(lobby.results.map((r) => r.bigWins.id)).not.toContain(theirs.bigWin);
    expect(otherLobby.results.map((r) => r.bigWins.id)).not.toContain(ours.bigWin);
    expect(otherLobby.results.every((r) => !ours.placed.includes(r.bigWins.id))).toBe(true);
    expect(JSON.stringify([lobby.results, pools.results, drops.results, otherLobby.results])).not.toMatch(
      new RegExp(`${alice.playerId}|${bob.playerId}`),
    );
    expect([lobby.errors, pools.errors, drops.errors, otherLobby.errors].flat()).toEqual([]);
  });

  it("refuses a visitor everything but the lobby, and a player another casino's lobby", async () => {
    const [casino, other] = await Promise.all([newTenant(platform), newTenant(platform)]);
    const player = await registerPlayer(platform, casino.slug);
    const visitor = live.connect(null);
    const before = platform.liveSubscribers();

    const balance = collect(visitor, 'subscription { myBalance { balance } }');
    const feed = collect(visitor, 'subscription { betSettled { id } }');
    const badlyNamed = collect(visitor, BIG_WINS, { tenant: "x' or true" });
    const unnamed = collect(visitor, 'subscription { bigWins { id } }');
    const elsewhere = collect(live.connect(player.session.accessToken), BIG_WINS, { tenant: other.id });
    const own = collect<BigWins>(live.connect(player.session.accessToken), BIG_WINS, { tenant: casino.id });

    for (const refused of [balance, feed, badlyNamed, unnamed, elsewhere])
      await expect.poll(() => refused.errors.length).toBeGreaterThan(0);
    expect(codesOf(balance.errors)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(feed.errors)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(badlyNamed.errors)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(unnamed.errors)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(elsewhere.errors)).toEqual(['FORBIDDEN']);
    // Only the player's subscription to their own casino's lobby was registered.
    await expect.poll(() => platform.liveSubscribers()).toBe(before + 1);
    expect(own.errors).toEqual([]);
  });

  it('holds a visitor to the per-connection subscription limit', async () => {
    const casino = await newTenant(platform);
    const visitor = live.connect(null);
    const before = platform.liveSubscribers();
    const allowed = Array.from({ length: 32 }, () => collect(visitor, BIG_WINS, { tenant: casino.id }));
    await expect.poll(() => platform.liveSubscribers()).toBe(before + 32);
    const oneTooMany = collect(visitor, BIG_WINS, { tenant: casino.id });
    await expect.poll(() => oneTooMany.errors.length).toBeGreaterThan(0);
    expect(codesOf(oneTooMany.errors)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(platform.liveSubscribers()).toBe(before + 32);
    expect(allowed.flatMap((subscription) => subscription.errors)).toEqual([]);
  });
});
