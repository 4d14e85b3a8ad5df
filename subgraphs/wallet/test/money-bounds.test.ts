import { randomUUID } from 'node:crypto';
import { errorCode, ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const START = `mutation($asset: String!, $amount: Money!, $key: String!) { startDeposit(asset: $asset, amount: $amount, idempotencyKey: $key) { id amount } }`;
const WITHDRAW = `mutation($asset: String!, $amount: Money!, $key: String!) { requestWithdrawal(asset: $asset, amount: $amount, idempotencyKey: $key) { ok code } }`;
const USD_MAX = 10n ** 12n;

const rows = async (sql: string, params: unknown[]) =>
  Number((await t.db.query<{ n: number }>(sql, params)).rows[0]!.n);
const depositRows = (tenantId: string) =>
  rows(`select count(*)::int as n from wallet.deposit where tenant_id = $1`, [tenantId]);
const transfers = (tenantId: string) =>
  rows(`select count(*)::int as n from wallet.transfer where tenant_id = $1`, [tenantId]);

async function player() {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  return { tenantId, playerId, token: await t.playerToken(tenantId, playerId) };
}

describe('Money is strict: one canonical spelling, everywhere', () => {
  it.each([
    [' 100'],
    ['100 '],
    ['1e3'],
    ['1.5'],
    ['abc'],
    ['01'],
    ['+5'],
    ['-0'],
    ['1'.repeat(60)],
    ['9223372036854775808'],
    [100],
    [Number('99.9999999999999999')],
    [1e3],
    [null],
  ])('startDeposit with amount %j → BAD_USER_INPUT, nothing written', async (amount) => {
    const p = await player();
    const res = await t.gql(START, { asset: 'USD', amount, key: randomUUID() }, p.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await depositRows(p.tenantId)).toBe(0);
  });

  it('a Money Int or Float literal in the document is refused too', async () => {
    const p = await player();
    for (const literal of ['100', '1e3', '99.9999999999999999']) {
      const res = await t.gql(
        `mutation { startDeposit(asset: "USD", amount: ${literal}, idempotencyKey: "${randomUUID()}") { id } }`,
        {},
        p.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    expect(await depositRows(p.tenantId)).toBe(0);
  });

  it.each([[' 100'], ['1e3'], ['100.0'], [100], [Number('99.9999999999999999')], ['0100'], ['1'.repeat(60)]])(
    'the internal API refuses amount %j with INVALID_AMOUNT, nothing written',
    async (amount) => {
      const tenantId = randomUUID();
      const res = await t.call('grant', {
        tenantId,
        playerId: randomUUID(),
        asset: 'USD',
        amount,
        idempotencyKey: `strict-${randomUUID()}`,
      });
      expect(res).toMatchObject({ status: 400, body: { ok: false, code: 'INVALID_AMOUNT' } });
      expect(await transfers(tenantId)).toBe(0);
    },
  );
});

describe('every money input has a per-asset maximum (USD: 10^12 minor units)', () => {
  it('startDeposit: the maximum is accepted, one more is refused with AMOUNT_OUT_OF_RANGE and nothing is written', async () => {
    const p = await player();
    const ok = await t.gql<{ startDeposit: { amount: string } }>(
      START,
      { asset: 'USD', amount: USD_MAX.toString(), key: randomUUID() },
      p.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.startDeposit.amount).toBe(USD_MAX.toString());
    const over = await t.gql(START, { asset: 'USD', amount: (USD_MAX + 1n).toString(), key: randomUUID() }, p.token);
    expect(errorCode(over)).toBe('AMOUNT_OUT_OF_RANGE');
    expect(
      errorCode(await t.gql(START, { asset: 'USD', amount: '9223372036854775807', key: randomUUID() }, p.token)),
    ).toBe('AMOUNT_OUT_OF_RANGE');
    expect(await depositRows(p.tenantId)).toBe(1);
  });

  it('requestWithdrawal above the maximum is refused before anything else is read', async () => {
    const p = await player();
    expect(
      errorCode(await t.gql(WITHDRAW, { asset: 'USD', amount: (USD_MAX + 1n).toString(), key: randomUUID() }, p.token)),
    ).toBe('AMOUNT_OUT_OF_RANGE');
  });

  it('the internal API: grant and jackpot funding at the maximum post, one more (and int64 max) is refused; the ledger is conserved', async () => {
    const tenantId = randomUUID();
    const playerId = randomUUID();
    const grant = (amount: string, key: string) =>
      t.call('grant', { tenantId, playerId, asset: 'USD', amount, idempotencyKey: key });
    const fund = (amount: string, key: string) =>
      t.call('jackpot/fund', {
        tenantId,
        asset: 'USD',
        pool: `${randomUUID()}:MAJOR`,
        amount,
        idempotencyKey: key,
        reason: 'seed',
      });
    expect((await grant(USD_MAX.toString(), 'max')).body.ok).toBe(true);
    expect((await fund(USD_MAX.toString(), 'fund-max')).body.ok).toBe(true);
    expect((await grant((USD_MAX + 1n).toString(), 'max+1')).body).toMatchObject({
      ok: false,
      code: 'AMOUNT_OUT_OF_RANGE',
    });
    // The amount the attack used: it drove the house to about −int64 max.
    expect((await fund('9223372036854775807', 'fund-int64')).body).toMatchObject({
      ok: false,
      code: 'AMOUNT_OUT_OF_RANGE',
    });
    expect((await fund((USD_MAX + 1n).toString(), 'fund-max+1')).body).toMatchObject({
      ok: false,
      code: 'AMOUNT_OUT_OF_RANGE',
    });
    expect(await transfers(tenantId)).toBe(2);
    const house = await t.db.query<{ balance: string }>(
      `select coalesce(sum(e.amount), 0)::text as balance from wallet.entry e join wallet.account a on a.id = e.account_id where a.tenant_id = $1 and a.type = 'HOUSE'`,
      [tenantId],
    );
    expect(house.rows[0]!.balance).toBe((-2n * USD_MAX).toString());
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('the database bounds each entry (10^15) and each cached balance (2^62), so no addition can overflow int64', async () => {
    const tenantId = randomUUID();
    const playerId = randomUUID();
    expect(
      (await t.call('grant', { tenantId, playerId, asset: 'USD', amount: '5', idempotencyKey: 'first' })).body.ok,
    ).toBe(true);
    // Past the service: the entry bound is the database's own.
    const beyond = await t.db
      .query(
        `insert into wallet.entry (id, tenant_id, transfer_id, account_id, asset_id, amount, created_at) select gen_random_uuid(), tenant_id, gen_random_uuid(), id, asset_id, 1000000000000001, now() from wallet.account where tenant_id = $1 limit 1`,
        [tenantId],
      )
      .then(
        () => 'inserted',
        (error: { constraint?: string }) => error.constraint,
      );
    expect(beyond).toBe('entry_amount_bound_check');
    // A balance at the ceiling (set as the superuser: 4.6 million maximal grants would take too long) refuses one more minor unit with a coded error.
    await t.db.query(`alter table wallet.account disable trigger user`);
    await t.db.query(
      `update wallet.account set balance = 4611686018427387904 where tenant_id = $1 and type = 'PLAYER_CASH'`,
      [tenantId],
    );
    await t.db.query(`alter table wallet.account enable trigger user`);
    const over = await t.call('grant', {
      tenantId,
      playerId,
      asset: 'USD',
      amount: '1',
      idempotencyKey: 'over-the-ceiling',
    });
    expect(over.body).toMatchObject({ ok: false, code: 'AMOUNT_OUT_OF_RANGE' });
    expect(await transfers(tenantId)).toBe(1);
  });
});
