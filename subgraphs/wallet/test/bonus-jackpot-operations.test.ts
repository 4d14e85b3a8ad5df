import { ledgerInvariants } from '@casinox/testkit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const balanceOf = (body: { balances?: { accountType: string; balance: string }[] }, type: string) => body.balances?.find((b) => b.accountType === type)?.balance;
const poolBalance = async (tenantId: string, pool: string) =>
  (await t.db.query<{ s: string | null }>(`select sum(e.amount)::text as s from wallet.entry e join wallet.account a on a.id = e.account_id where a.tenant_id = $1 and a.type = 'JACKPOT_POOL' and a.holder = $2`, [tenantId, pool])).rows[0]!.s;

describe('bonus money and jackpot pools through the internal API', () => {
  it('converts bonus money to cash and forfeits the rest, each once, never more than the bonus balance', async () => {
    const tenantId = randomUUID();
    const playerId = randomUUID();
    const grantId = randomUUID();
    const bonus = await t.call('grant', { tenantId, playerId, asset: 'EUR', amount: '5000', wallet: 'BONUS', idempotencyKey: `bonus-${grantId}` });
    expect(balanceOf(bonus.body, 'PLAYER_BONUS')).toBe('5000');

    const tooMuch = await t.call('bonus/convert', { tenantId, playerId, asset: 'EUR', amount: '5001', idempotencyKey: `c-${grantId}`, grantId });
    expect(tooMuch).toMatchObject({ status: 422, body: { code: 'INSUFFICIENT_FUNDS' } });
    const converted = await t.call('bonus/convert', { tenantId, playerId, asset: 'EUR', amount: '3000', idempotencyKey: `convert-${grantId}`, grantId });
    expect(converted.body).toMatchObject({ ok: true, kind: 'BONUS_CONVERSION', replayed: false });
    expect(balanceOf(converted.body, 'PLAYER_CASH')).toBe('3000');
    expect(balanceOf(converted.body, 'PLAYER_BONUS')).toBe('2000');
    const replay = await t.call('bonus/convert', { tenantId, playerId, asset: 'EUR', amount: '3000', idempotencyKey: `convert-${grantId}`, grantId });
    expect(replay.body).toMatchObject({ ok: true, replayed: true, transferId: converted.body.transferId });

    const forfeited = await t.call('bonus/forfeit', { tenantId, playerId, asset: 'EUR', amount: '2000', idempotencyKey: `forfeit-${grantId}`, grantId, reason: 'max cash-out' });
    expect(forfeited.body).toMatchObject({ ok: true, kind: 'BONUS_FORFEIT' });
    expect(balanceOf(forfeited.body, 'PLAYER_BONUS')).toBe('0');
    expect((await t.call('bonus/forfeit', { tenantId, playerId, asset: 'EUR', amount: '1', idempotencyKey: `again-${grantId}`, grantId })).body.code).toBe('INSUFFICIENT_FUNDS');
    expect((await t.call('bonus/convert', { tenantId, playerId, asset: 'EUR', amount: '-5', idempotencyKey: 'neg', grantId })).status).toBe(400);
  });

  it('funds a pool from the house and pays a win from it exactly once', async () => {
    const tenantId = randomUUID();
    const playerId = randomUUID();
    const pool = `${randomUUID()}:MAJOR`;
    const funded = await t.call('jackpot/fund', { tenantId, asset: 'USD', pool, amount: '100000', idempotencyKey: `seed-1-${pool}`, reason: 'seed' });
    expect(funded.body).toMatchObject({ ok: true, kind: 'JACKPOT_FUNDING' });
    expect(await poolBalance(tenantId, pool)).toBe('100000');
    const winId = randomUUID();
    const paid = await t.call('jackpot/pay', { tenantId, playerId, asset: 'USD', pool, amount: '100000', winId });
    expect(paid.body).toMatchObject({ ok: true, kind: 'JACKPOT_WIN' });
    expect(balanceOf(paid.body, 'PLAYER_CASH')).toBe('100000');
    const again = await t.call('jackpot/pay', { tenantId, playerId, asset: 'USD', pool, amount: '100000', winId });
    expect(again.body).toMatchObject({ ok: true, replayed: true });
    expect(await poolBalance(tenantId, pool)).toBe('0');
    // The player of another tenant is refused: a player belongs to one tenant's ledger.
    expect((await t.call('jackpot/pay', { tenantId: randomUUID(), playerId, asset: 'USD', pool, amount: '1', winId: randomUUID() })).status).toBe(403);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});
