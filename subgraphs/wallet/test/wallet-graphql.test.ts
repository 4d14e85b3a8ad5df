import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
const a = { tenantId: randomUUID(), playerId: randomUUID() };
const b = { tenantId: randomUUID(), playerId: randomUUID() };

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Player { id wallets { asset { code scale kind } balance available held bonusBalance } }
  ... on Tenant { id treasury { account reference asset { code } balance } }
} }`;
const HISTORY = `query($first: Int, $after: String, $filter: WalletTransactionFilter) {
  myTransactions(first: $first, after: $after, filter: $filter) { edges { cursor node { kind amount balanceAfter reference bucket asset { code } } } pageInfo { hasNextPage endCursor } }
}`;

beforeAll(async () => {
  t = await startTestWallet();
  await t.call('grant', { ...a, asset: 'USD', amount: '10000', idempotencyKey: 'g1' });
  await t.call('grant', { ...a, asset: 'BTC', amount: '150000000', idempotencyKey: 'g2' });
  await t.call('grant', { ...a, asset: 'USD', amount: '500', idempotencyKey: 'g3', wallet: 'BONUS' });
  await t.call('bet', { ...a, asset: 'USD', betId: 'b1', stake: '1000', jackpots: [{ pool: 'mega', amount: '10' }] });
  await t.call('win', { ...a, asset: 'USD', betId: 'b1', amount: '2500' });
  await t.call('holds/place', {
    ...a,
    asset: 'USD',
    amount: '1500',
    destination: 'PROVIDER_CLEARING',
    idempotencyKey: 'h1',
  });
  await t.call('grant', { ...b, asset: 'EUR', amount: '777', idempotencyKey: 'g1' });
});
afterAll(() => t?.stop());

describe('Player.wallets and Tenant.treasury', () => {
  it('a player sees their own wallets per asset (balance, available, held, bonus)', async () => {
    const token = await t.playerToken(a.tenantId, a.playerId);
    const res = await t.gql<{ _entities: unknown[] }>(
      ENTITIES,
      { r: [{ __typename: 'Player', id: a.playerId }] },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities[0]).toEqual({
      id: a.playerId,
      wallets: [
        {
          asset: { code: 'BTC', scale: 8, kind: 'CRYPTO' },
          balance: '150000000',
          available: '150000000',
          held: '0',
          bonusBalance: '0',
        },
        {
          asset: { code: 'USD', scale: 2, kind: 'FIAT' },
          balance: '11500',
          available: '10000',
          held: '1500',
          bonusBalance: '500',
        },
      ],
    });
    const mine = await t.gql<{ myWallets: { asset: { code: string } }[] }>(
      '{ myWallets { asset { code } balance } }',
      {},
      token,
    );
    expect(mine.data?.myWallets.map((w) => w.asset.code)).toEqual(['BTC', 'USD']);
  });

  it("another player, or another tenant's player, resolves to nothing", async () => {
    const tokenB = await t.playerToken(b.tenantId, b.playerId);
    const res = await t.gql<{ _entities: unknown[] }>(
      ENTITIES,
      { r: [{ __typename: 'Player', id: a.playerId }] },
      tokenB,
    );
    expect(res.data?._entities).toEqual([null]);
    const neighbour = await t.playerToken(a.tenantId, randomUUID());
    expect(
      (await t.gql<{ _entities: unknown[] }>(ENTITIES, { r: [{ __typename: 'Player', id: a.playerId }] }, neighbour))
        .data?._entities,
    ).toEqual([null]);
    expect(
      (await t.gql<{ _entities: unknown[] }>(ENTITIES, { r: [{ __typename: 'Player', id: a.playerId }] })).data
        ?._entities,
    ).toEqual([null]);
  });

  it("an operator sees their tenant's players, and nothing of another tenant's", async () => {
    const operatorA = await t.operatorToken(a.tenantId, 'SUPPORT');
    const own = await t.gql<{ _entities: { wallets: unknown[] }[] }>(
      ENTITIES,
      { r: [{ __typename: 'Player', id: a.playerId }] },
      operatorA,
    );
    expect(own.data?._entities[0]?.wallets).toHaveLength(2);
    const foreign = await t.gql<{ _entities: { wallets: unknown[] }[] }>(
      ENTITIES,
      { r: [{ __typename: 'Player', id: b.playerId }] },
      operatorA,
    );
    expect(foreign.data?._entities[0]?.wallets).toEqual([]);
  });

  it("the treasury shows the tenant's own accounts to its operators only", async () => {
    const operatorA = await t.operatorToken(a.tenantId);
    const res = await t.gql<{ _entities: { treasury: unknown[] }[] }>(
      ENTITIES,
      { r: [{ __typename: 'Tenant', id: a.tenantId }] },
      operatorA,
    );
    expect(res.data?._entities[0]?.treasury).toEqual(
      expect.arrayContaining([
        { account: 'HOUSE', reference: '', asset: { code: 'USD' }, balance: String(-10000 - 500 + 990 - 2500) },
        { account: 'JACKPOT_POOL', reference: 'mega', asset: { code: 'USD' }, balance: '10' },
        { account: 'PROVIDER_CLEARING', reference: '', asset: { code: 'USD' }, balance: '0' },
      ]),
    );
    for (const token of [await t.playerToken(a.tenantId, a.playerId), await t.operatorToken(b.tenantId)]) {
      const denied = await t.gql<{ _entities: unknown[] }>(
        ENTITIES,
        { r: [{ __typename: 'Tenant', id: a.tenantId }] },
        token,
      );
      expect(denied.data?._entities).toEqual([null]);
    }
  });
});

describe('transactions', () => {
  it('pages newest first and filters by kind and asset', async () => {
    const token = await t.playerToken(a.tenantId, a.playerId);
    const first = await t.gql<{
      myTransactions: {
        edges: { node: { kind: string; amount: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(HISTORY, { first: 2 }, token);
    expect(first.data?.myTransactions.edges.map((e) => e.node)).toMatchObject([
      { kind: 'WIN', amount: '2500' },
      { kind: 'BET', amount: '-1000' },
    ]);
    expect(first.data?.myTransactions.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql<{
      myTransactions: { edges: { node: { kind: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(HISTORY, { first: 10, after: first.data?.myTransactions.pageInfo.endCursor }, token);
    expect(rest.data?.myTransactions.edges).toHaveLength(3);
    expect(rest.data?.myTransactions.pageInfo.hasNextPage).toBe(false);

    const grants = await t.gql<{ myTransactions: { edges: { node: { asset: { code: string }; bucket: string } }[] } }>(
      HISTORY,
      { filter: { kinds: ['GRANT'], asset: 'USD' } },
      token,
    );
    expect(grants.data?.myTransactions.edges.map((e) => e.node.bucket).sort()).toEqual(['BONUS', 'CASH']);
    const future = await t.gql<{ myTransactions: { edges: unknown[] } }>(
      HISTORY,
      { filter: { from: new Date(Date.now() + 60_000).toISOString() } },
      token,
    );
    expect(future.data?.myTransactions.edges).toEqual([]);
  });

  it('refuses a forged cursor and a non-player caller with codes', async () => {
    const token = await t.playerToken(a.tenantId, a.playerId);
    expect(errorCode(await t.gql(HISTORY, { after: 'garbage' }, token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(HISTORY, {}, await t.operatorToken(a.tenantId)))).toBe('FORBIDDEN');
  });
});
