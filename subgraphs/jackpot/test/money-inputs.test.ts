import { randomUUID } from 'node:crypto';
import { insertTenant } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_JACKPOT, type JackpotData, startTestJackpot, type TestJackpot } from './support.js';

let t: TestJackpot;
beforeAll(async () => {
  t = await startTestJackpot();
});
afterAll(() => t?.stop());

const FUND = `mutation ($input: FundJackpotInput!) { fundJackpot(input: $input) { tiers { code pool } } }`;
const EUR_MAX = 10n ** 12n;
const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const jackpotRows = async (tenant: string) =>
  Number(
    (await t.db.query<{ n: number }>(`select count(*)::int as n from jackpot.jackpot where tenant_id = $1`, [tenant]))
      .rows[0]!.n,
  );

const sponsored = (asset = 'EUR') => ({
  type: 'SPONSORED',
  name: 'Weekend sponsor',
  asset,
  optIn: false,
  contributionBasisPoints: 0,
  tiers: [{ code: 'TOP', seedAmount: '0', contributionShareBasisPoints: 0 }],
  idempotencyKey: randomUUID(),
});
const fixed = (seedAmount: string, asset = 'EUR') => ({
  type: 'FIXED',
  name: 'Daily prize',
  asset,
  optIn: false,
  contributionBasisPoints: 0,
  tiers: [{ code: 'TOP', seedAmount, contributionShareBasisPoints: 0 }],
  resetMinuteUtc: 0,
  idempotencyKey: randomUUID(),
});

describe('jackpot money inputs are bounded by the asset catalogue', () => {
  it('createJackpot with an asset the platform does not know is BAD_USER_INPUT and writes nothing', async () => {
    const tenant = randomUUID();
    const res = await t.gql(CREATE_JACKPOT, { input: sponsored('DOGE') }, await t.operatorToken(tenant, 'ADMIN'));
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(await jackpotRows(tenant)).toBe(0);
  });

  it('a fixed prize (seed) above the asset maximum is refused; at the maximum it is accepted', async () => {
    const tenant = randomUUID();
    const admin = await t.operatorToken(tenant, 'ADMIN');
    expect(code(await t.gql(CREATE_JACKPOT, { input: fixed((EUR_MAX + 1n).toString()) }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await t.gql(CREATE_JACKPOT, { input: fixed('9223372036854775807') }, admin))).toBe('BAD_USER_INPUT');
    expect(await jackpotRows(tenant)).toBe(0);
    const ok = await t.gql<{ createJackpot: JackpotData }>(CREATE_JACKPOT, { input: fixed(EUR_MAX.toString()) }, admin);
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
  });

  it('fundJackpot with int64 max (the reported attack) is refused and moves nothing; a pool never exceeds one maximal prize', async () => {
    const tenant = randomUUID();
    const admin = await t.operatorToken(tenant, 'ADMIN');
    const jackpot = (await t.gql<{ createJackpot: JackpotData }>(CREATE_JACKPOT, { input: sponsored() }, admin)).data!
      .createJackpot;
    const fund = (amount: string) =>
      t.gql<{ fundJackpot: { tiers: { pool: string }[] } }>(
        FUND,
        { input: { jackpotId: jackpot.id, tierCode: 'TOP', amount, idempotencyKey: randomUUID() } },
        admin,
      );
    expect(code(await fund('9223372036854775807'))).toBe('BAD_USER_INPUT');
    expect(code(await fund((EUR_MAX + 1n).toString()))).toBe('BAD_USER_INPUT');
    expect(await t.ledgerPool(tenant, `${jackpot.id}:TOP`)).toBe(0n);
    const funded = await fund((EUR_MAX - 5n).toString());
    expect(funded.data!.fundJackpot.tiers[0]!.pool).toBe((EUR_MAX - 5n).toString());
    // Six more would take the pool past one maximal prize.
    expect(code(await fund('6'))).toBe('BAD_USER_INPUT');
    expect((await fund('5')).data!.fundJackpot.tiers[0]!.pool).toBe(EUR_MAX.toString());
    await expect.poll(() => t.ledgerPool(tenant, `${jackpot.id}:TOP`)).toBe(EUR_MAX);
  });
});

describe("a tenant's currency list is enforced on jackpots", () => {
  it('an EUR/USD tenant cannot create a GBP jackpot (ASSET_NOT_OFFERED), nothing written; EUR works', async () => {
    const tenant = await insertTenant(t.db, ['EUR', 'USD']);
    await expect
      .poll(
        async () => (await t.db.query(`select 1 from jackpot.tenant_currency where tenant_id = $1`, [tenant])).rowCount,
        { timeout: 15_000 },
      )
      .toBe(1);
    const admin = await t.operatorToken(tenant, 'ADMIN');
    expect(code(await t.gql(CREATE_JACKPOT, { input: sponsored('GBP') }, admin))).toBe('ASSET_NOT_OFFERED');
    expect(await jackpotRows(tenant)).toBe(0);
    expect((await t.gql(CREATE_JACKPOT, { input: sponsored('EUR') }, admin)).errors).toBeUndefined();
  });
});
