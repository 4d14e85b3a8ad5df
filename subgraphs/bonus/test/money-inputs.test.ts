import { randomUUID } from 'node:crypto';
import { errorCode, insertTenant } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CAMPAIGN, noDepositInput, startTestBonus, type TestBonus } from './support.js';

let t: TestBonus;
beforeAll(async () => {
  t = await startTestBonus();
});
afterAll(() => t?.stop());

const EUR_MAX = 10n ** 12n;
const campaigns = async (tenantId: string) =>
  Number(
    (await t.db.query<{ n: number }>(`select count(*)::int as n from bonus.campaign where tenant_id = $1`, [tenantId]))
      .rows[0]!.n,
  );
const create = async (tenantId: string, overrides: Record<string, unknown>) =>
  t.gql<{ createBonusCampaign: { id: string } }>(
    CREATE_CAMPAIGN,
    { input: noDepositInput(overrides) },
    await t.operatorToken(tenantId, 'ADMIN'),
  );

describe('bonus campaign amounts are bounded by the asset catalogue', () => {
  it.each([
    ['int64 max as the bonus (the reported attack)', { amount: '9223372036854775807' }],
    ['one more than the EUR maximum', { amount: (EUR_MAX + 1n).toString() }],
    ['a max bet above the maximum', { maxBet: [{ asset: 'EUR', amount: (EUR_MAX + 1n).toString() }] }],
    ['an asset the platform does not know', { asset: 'DOGE', maxBet: [] }],
    ['a max bet in an unknown asset', { maxBet: [{ asset: 'DOGE', amount: '500' }] }],
  ])('%s → BAD_USER_INPUT, nothing written', async (_label, overrides) => {
    const tenantId = randomUUID();
    expect(errorCode(await create(tenantId, overrides))).toBe('BAD_USER_INPUT');
    expect(await campaigns(tenantId)).toBe(0);
  });

  it('the maximum itself is accepted', async () => {
    const res = await create(randomUUID(), { amount: EUR_MAX.toString() });
    expect(res.errors).toBeUndefined();
  });
});

describe("a tenant's currency list is enforced on campaigns", () => {
  it('an EUR/USD tenant cannot create a GBP campaign (ASSET_NOT_OFFERED on eligibility.asset); EUR works', async () => {
    const tenantId = await insertTenant(t.db, ['EUR', 'USD']);
    await expect
      .poll(
        async () => (await t.db.query(`select 1 from bonus.tenant_currency where tenant_id = $1`, [tenantId])).rowCount,
        { timeout: 15_000 },
      )
      .toBe(1);
    const refused = await create(tenantId, { asset: 'GBP', maxBet: [] });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'eligibility.asset', code: 'ASSET_NOT_OFFERED' }),
    ]);
    expect(await campaigns(tenantId)).toBe(0);
    expect((await create(tenantId, {})).errors).toBeUndefined();
  });
});
