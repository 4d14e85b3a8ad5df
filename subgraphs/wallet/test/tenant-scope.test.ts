import { randomUUID } from 'node:crypto';
import { errorCode, insertPlayer, insertTenant } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const START = `mutation($asset: String!, $amount: Money!, $key: String!) { startDeposit(asset: $asset, amount: $amount, idempotencyKey: $key) { id } }`;
const WITHDRAW = `mutation($asset: String!, $amount: Money!, $key: String!) { requestWithdrawal(asset: $asset, amount: $amount, idempotencyKey: $key) { ok code } }`;
const REQUEST = `mutation($playerId: ID!, $asset: String!, $amount: Money!, $key: String!) {
  requestAdjustment(playerId: $playerId, asset: $asset, amount: $amount, reason: "Goodwill for an outage", idempotencyKey: $key) { ok code adjustment { id status } } }`;

const count = async (sql: string, params: unknown[]) =>
  Number((await t.db.query<{ n: number }>(sql, params)).rows[0]!.n);

describe("a tenant's currency list is enforced (identity's tenant.currencies, kept by the wallet)", () => {
  it('an aurora-like tenant (EUR, USD): GBP deposits, withdrawals and adjustments are ASSET_NOT_OFFERED and write nothing; EUR works', async () => {
    const tenantId = await insertTenant(t.db, ['EUR', 'USD']);
    const playerId = await insertPlayer(t.db, tenantId);
    const player = await t.playerToken(tenantId, playerId);
    const finance = await t.operatorToken(tenantId, 'FINANCE');
    // The event travels identity outbox → bus → the wallet's read model.
    await expect
      .poll(() => count(`select count(*)::int as n from wallet.tenant_currency where tenant_id = $1`, [tenantId]), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(errorCode(await t.gql(START, { asset: 'GBP', amount: '1000', key: randomUUID() }, player))).toBe(
      'ASSET_NOT_OFFERED',
    );
    expect(errorCode(await t.gql(WITHDRAW, { asset: 'GBP', amount: '1000', key: randomUUID() }, player))).toBe(
      'ASSET_NOT_OFFERED',
    );
    expect(
      errorCode(await t.gql(REQUEST, { playerId, asset: 'GBP', amount: '1000', key: randomUUID() }, finance)),
    ).toBe('ASSET_NOT_OFFERED');
    expect(await count(`select count(*)::int as n from wallet.deposit where tenant_id = $1`, [tenantId])).toBe(0);
    expect(await count(`select count(*)::int as n from wallet.adjustment where tenant_id = $1`, [tenantId])).toBe(0);
    const eur = await t.gql(START, { asset: 'EUR', amount: '1000', key: randomUUID() }, player);
    expect(eur.errors).toBeUndefined();
  });
});

describe('requestAdjustment names a real player of the tenant', () => {
  it('an unknown player id is PLAYER_NOT_FOUND, a player of another tenant PLAYER_TENANT_MISMATCH; a registered player who never moved money is accepted', async () => {
    const tenantId = await insertTenant(t.db, ['USD']);
    const otherTenant = await insertTenant(t.db, ['USD']);
    const registered = await insertPlayer(t.db, tenantId);
    const foreign = await insertPlayer(t.db, otherTenant);
    const finance = await t.operatorToken(tenantId, 'FINANCE');
    const request = (playerId: string) =>
      t.gql<{ requestAdjustment: { ok: boolean; adjustment: { status: string } | null } }>(
        REQUEST,
        { playerId, asset: 'USD', amount: '500', key: randomUUID() },
        finance,
      );
    await expect
      .poll(async () => (await request(registered)).data?.requestAdjustment.adjustment?.status, { timeout: 15_000 })
      .toBe('PENDING');
    expect(errorCode(await request(randomUUID()))).toBe('PLAYER_NOT_FOUND');
    await expect
      .poll(async () => errorCode(await request(foreign)), { timeout: 15_000 })
      .toBe('PLAYER_TENANT_MISMATCH');
    expect(await count(`select count(*)::int as n from wallet.adjustment where tenant_id = $1`, [tenantId])).toBe(1);
  });
});
