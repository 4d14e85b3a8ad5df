import { randomUUID } from 'node:crypto';
import { type ChildService, ledgerInvariants, startChildService } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer } from './support/actors.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const GAMES_ENTRY = 'subgraphs/games/src/index.ts';
// Recovery picks bets left half-done for 1 s, every 300 ms (production: 15 s / 5 s).
const RECOVERY = { RECOVERY_AFTER_MS: '1000', RECOVERY_INTERVAL_MS: '300', WALLET_TIMEOUT_MS: '2000' };

let platform: TestPlatform;
let games: ChildService;
let gamesEnv: Record<string, string>;

beforeAll(async () => {
  platform = await startTestPlatform({
    starters: {
      games: async (env) => {
        gamesEnv = { ...env, ...RECOVERY };
        games = await startChildService(GAMES_ENTRY, gamesEnv);
        return { url: games.url, stop: () => games.stop() };
      },
    },
  });
});
afterAll(async () => {
  await platform?.stop();
});

const PLACE_BET = `mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok bet { id } } }`;

describe('the games process dies while bets are in flight', () => {
  it('finishes every bet after a restart: SETTLED or REJECTED, paid exactly once, the ledger conserved', async () => {
    const tenant = await newTenant(platform);
    const players = await Promise.all(Array.from({ length: 8 }, () => registerPlayer(platform, tenant.slug)));
    const funding = 20_000n;
    for (const player of players) {
      await platform.walletCall('grant', {
        tenantId: tenant.id,
        playerId: player.playerId,
        asset: 'EUR',
        amount: funding.toString(),
        idempotencyKey: `fund-${player.playerId}`,
      });
    }

    // 8 players betting in parallel loops; after ~60 answered bets the process is SIGKILLed mid-stream.
    let answered = 0;
    let killed = false;
    const loops = players.map(async (player) => {
      for (let i = 0; i < 40; i++) {
        const stake = 100 + ((i * 37) % 400);
        const res = await platform
          .gql<{ placeBet: { ok: boolean } }>(
            PLACE_BET,
            {
              input: {
                game: i % 2 ? 'DICE' : 'LIMBO',
                asset: 'EUR',
                stake: String(stake),
                params: i % 2 ? { target: 49.5, direction: 'OVER' } : { target: 2 },
                idempotencyKey: randomUUID(),
              },
            },
            { token: player.session.accessToken },
          )
          .catch(() => null);
        if (res?.data) answered++;
        if (answered >= 60 && !killed) {
          killed = true;
          await games.kill();
        }
        if (killed && !res?.data) return;
      }
    });
    await Promise.all(loops);
    expect(killed).toBe(true);

    const unfinished = async () =>
      (
        await platform.db.query<{ n: number }>(
          `select count(*)::int as n from games.bet where tenant_id = $1 and status in ('PENDING', 'CASHING')`,
          [tenant.id],
        )
      ).rows[0]!.n;
    console.log(`[games-crash] killed after ${answered} answered bets; ${await unfinished()} bets were left half-done`);

    // Restart on the same port; the gateway's supergraph still points there.
    games = await startChildService(GAMES_ENTRY, gamesEnv);
    await expect.poll(unfinished, { timeout: 20_000, interval: 250 }).toBe(0);

    const bets = await platform.db.query<{
      id: string;
      player_id: string;
      status: string;
      stake: string;
      payout: string;
    }>(`select id, player_id, status, stake, payout from games.bet where tenant_id = $1`, [tenant.id]);
    expect(bets.rowCount).toBeGreaterThanOrEqual(60);
    expect(new Set(bets.rows.map((b) => b.status))).toEqual(new Set(['SETTLED']));

    // Exactly one wallet transfer per settled bet, none for anything else.
    const transfers = await platform.db.query<{ reference: string; n: number }>(
      `select reference, count(*)::int as n from wallet.transfer where tenant_id = $1 and kind = 'BET_WIN' group by reference`,
      [tenant.id],
    );
    expect(transfers.rows.every((t) => t.n === 1)).toBe(true);
    expect(new Set(transfers.rows.map((t) => t.reference))).toEqual(new Set(bets.rows.map((b) => b.id)));

    // Each balance is its funding plus the settled bets' results; the ledger balances.
    for (const player of players) {
      const own = bets.rows.filter((b) => b.player_id === player.playerId);
      const expected = own.reduce((sum, b) => sum - BigInt(b.stake) + BigInt(b.payout), funding);
      const wallet = await platform.gql<{ myWallets: { asset: { code: string }; balance: string }[] }>(
        `{ myWallets { asset { code } balance } }`,
        {},
        { token: player.session.accessToken },
      );
      expect(BigInt(wallet.data!.myWallets.find((w) => w.asset.code === 'EUR')!.balance)).toBe(expected);
    }
    expect(await ledgerInvariants(platform.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});
