import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, signInOperator } from './support/actors.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

/** What the games subgraph will do: call the wallet's internal API, service-authenticated. */
const walletCall = (operation: string, body: unknown) => platform.walletCall(operation, body);

const ME_WALLETS =
  '{ me { id wallets { asset { code scale kind } balance available held } transactions(first: 5) { edges { node { kind amount } } } } }';

describe('wallet ledger through the gateway', () => {
  it('a player sees their own wallet and history after internal API calls; an operator sees the treasury', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    const grant = await walletCall('grant', {
      tenantId: tenant.id,
      playerId: player.playerId,
      asset: 'EUR',
      amount: '2500',
      idempotencyKey: 'welcome-1',
    });
    expect(grant).toMatchObject({ status: 200, body: { ok: true, kind: 'GRANT' } });
    const bet = await walletCall('bet-win', {
      tenantId: tenant.id,
      playerId: player.playerId,
      asset: 'EUR',
      betId: 'e2e-bet-1',
      stake: '500',
      win: '0',
    });
    expect(bet.body.ok).toBe(true);

    const me = await platform.gql<{ me: { wallets: unknown[]; transactions: { edges: { node: unknown }[] } } }>(
      ME_WALLETS,
      {},
      { token: player.session.accessToken },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.wallets).toEqual([
      { asset: { code: 'EUR', scale: 2, kind: 'FIAT' }, balance: '2000', available: '2000', held: '0' },
    ]);
    expect(me.data?.me.transactions.edges.map((e) => e.node)).toEqual([
      { kind: 'BET_WIN', amount: '-500' },
      { kind: 'GRANT', amount: '2500' },
    ]);

    // The internal API is not part of the public graph, and the treasury is for operators.
    const internal = await fetch(platform.gatewayUrl.replace('/graphql', '/internal/v1/grant'), {
      method: 'POST',
      body: '{}',
    });
    expect(internal.status).not.toBe(200);
    const operator = await signInOperator(platform, tenant.id, 'FINANCE');
    const treasury = await platform.gql<{ currentTenant: { treasury: { account: string; balance: string }[] } }>(
      '{ currentTenant { treasury { account balance asset { code } } } }',
      {},
      { token: operator.session.accessToken },
    );
    expect(treasury.errors).toBeUndefined();
    expect(treasury.data?.currentTenant.treasury).toEqual(
      expect.arrayContaining([{ account: 'HOUSE', balance: '-2000', asset: { code: 'EUR' } }]),
    );
  });
});
