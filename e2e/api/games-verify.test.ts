import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@casinox/testkit';
import { verifyBet } from '@casinox/verifier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer } from './support/actors.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

/** What each bet plays: every instant game, several roulette bets per spin. */
const PLAYS = [
  { game: 'DICE', stake: '100', params: { target: 49.5, direction: 'OVER' } },
  { game: 'DICE', stake: '100', params: { target: 5.25, direction: 'UNDER' } },
  { game: 'LIMBO', stake: '100', params: { target: 2.5 } },
  { game: 'SLOTS', stake: '100', params: {} },
  {
    game: 'ROULETTE',
    stake: '300',
    params: {
      bets: [
        { kind: 'STRAIGHT', numbers: [17], amount: '50' },
        { kind: 'SPLIT', numbers: [1, 2], amount: '50' },
        { kind: 'RED', amount: '100' },
        { kind: 'DOZEN', index: 2, amount: '100' },
      ],
    },
  },
] as const;

interface BetNode {
  id: string;
  game: string;
  variant: string;
  stake: string;
  payout: string;
  multiplier: string;
  params: Record<string, unknown>;
  outcome: Record<string, unknown>;
  fairness: { serverSeedHash: string; serverSeed: string | null; clientSeed: string; nonce: number };
}

describe('the independent verifier', () => {
  it('reproduces every outcome of 1,000 bets placed through the gateway, once their seeds are revealed', async () => {
    const tenant = await newTenant(platform);
    const players = await Promise.all(Array.from({ length: 4 }, () => registerPlayer(platform, tenant.slug)));
    await Promise.all(
      players.map((p) =>
        platform.walletCall('grant', {
          tenantId: tenant.id,
          playerId: p.playerId,
          asset: 'EUR',
          amount: '100000000',
          idempotencyKey: `fund-${p.playerId}`,
        }),
      ),
    );
    // The first player chooses a client seed (a rotation); the others keep their random default.
    await platform.gql(
      `mutation { rotateSeed(clientSeed: "verify-me-123") { current { id } } }`,
      {},
      { token: players[0]!.session.accessToken },
    );

    await Promise.all(
      players.map(async (player) => {
        for (let i = 0; i < 250; i++) {
          const play = PLAYS[i % PLAYS.length]!;
          const res = await platform.gql<{ placeBet: { ok: boolean } }>(
            `mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok } }`,
            { input: { ...play, asset: 'EUR', idempotencyKey: randomUUID() } },
            { token: player.session.accessToken },
          );
          expect(res.data?.placeBet.ok, JSON.stringify(res.errors)).toBe(true);
        }
      }),
    );

    let verified = 0;
    for (const player of players) {
      const token = player.session.accessToken;
      const rotation = await platform.gql<{ rotateSeed: { revealed: { serverSeed: string } } }>(
        `mutation { rotateSeed { revealed { serverSeed } } }`,
        {},
        { token },
      );
      const serverSeed = rotation.data!.rotateSeed.revealed.serverSeed;
      let after: string | null = null;
      const bets: BetNode[] = [];
      do {
        type Page = {
          myBets: { edges: { node: BetNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        };
        const page: GraphQLResponse<Page> = await platform.gql<Page>(
          `query ($after: String) { myBets(first: 100, after: $after) { edges { node { id game variant stake payout multiplier params outcome fairness { serverSeedHash serverSeed clientSeed nonce } } } pageInfo { hasNextPage endCursor } } }`,
          { after },
          { token },
        );
        bets.push(...page.data!.myBets.edges.map((e) => e.node));
        after = page.data!.myBets.pageInfo.hasNextPage ? page.data!.myBets.pageInfo.endCursor : null;
      } while (after);
      expect(bets).toHaveLength(250);
      for (const bet of bets) {
        expect(bet.fairness.serverSeed).toBe(serverSeed);
        const result = await verifyBet({
          game: bet.game,
          serverSeed: bet.fairness.serverSeed!,
          clientSeed: bet.fairness.clientSeed,
          nonce: bet.fairness.nonce,
          params: bet.params,
          serverSeedHash: bet.fairness.serverSeedHash,
          variant: bet.variant,
        });
        expect(result.hashMatches).toBe(true);
        expect(result.outcome).toEqual(bet.outcome);
        expect(result.multiplier).toBe(bet.multiplier);
        verified++;
      }
    }
    expect(verified).toBe(1000);
    expect(players[0]).toBeDefined();
  });
});
