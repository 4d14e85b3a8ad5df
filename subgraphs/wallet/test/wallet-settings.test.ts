import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const SETTINGS_FIELDS =
  'mainCurrency { code kind scale } dailyWithdrawalLimit approvalThreshold isDefault updatedAt updatedBy { id } mainCurrencyChoices { code }';
const READ = `{ walletSettings { ${SETTINGS_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateWalletSettingsInput!) { updateWalletSettings(input: $input) { ${SETTINGS_FIELDS} } }`;
const REQUEST = `mutation($amount: Money!, $key: String!) { requestWithdrawal(asset: "USD", amount: $amount, idempotencyKey: $key) { ok code message withdrawal { status approvalsRequired } } }`;

interface Settings {
  mainCurrency: { code: string; kind: string; scale: number };
  dailyWithdrawalLimit: string;
  approvalThreshold: string;
  isDefault: boolean;
  updatedAt: string | null;
  updatedBy: { id: string } | null;
  mainCurrencyChoices: { code: string }[];
}
interface Rules {
  mainCurrency: string;
  dailyWithdrawalLimit: string;
  approvalThreshold: string;
}

const DEFAULTS = {
  mainCurrency: { code: 'USD', kind: 'FIAT', scale: 2 },
  dailyWithdrawalLimit: '1000000',
  approvalThreshold: '100000',
  isDefault: true,
  updatedAt: null,
  updatedBy: null,
};

async function read(token: string): Promise<Settings> {
  const res = await t.gql<{ walletSettings: Settings }>(READ, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data!.walletSettings;
}
async function update(token: string, input: Rules): Promise<Settings> {
  const res = await t.gql<{ updateWalletSettings: Settings }>(UPDATE, { input }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.updateWalletSettings;
}
const storedRows = async (tenantId: string) =>
  (
    await t.db.query(
      `select main_currency, daily_withdrawal_limit::text, approval_threshold::text, updated_by from wallet.wallet_settings where tenant_id = $1`,
      [tenantId],
    )
  ).rows;

describe('wallet settings', () => {
  it('every operator role reads the platform defaults until the tenant changes them; a player cannot', async () => {
    const tenantId = randomUUID();
    for (const role of ['OWNER', 'ADMIN', 'FINANCE', 'COMPLIANCE', 'SUPPORT']) {
      expect(await read(await t.operatorToken(tenantId, role))).toMatchObject(DEFAULTS);
    }
    const settings = await read(await t.operatorToken(tenantId, 'SUPPORT'));
    expect(settings.mainCurrencyChoices.map((a) => a.code)).toEqual(['USD', 'EUR', 'GBP', 'USDC', 'BTC', 'ETH']);
    expect(errorCode(await t.gql(READ, {}, await t.playerToken(tenantId, randomUUID())))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(READ, {}))).toBe('UNAUTHENTICATED');
  });

  it('SUPPORT, ADMIN and COMPLIANCE cannot change them; FINANCE and OWNER can, and who did is recorded; another tenant is untouched', async () => {
    const tenantId = randomUUID();
    const otherTenantId = randomUUID();
    const rules = { mainCurrency: 'EUR', dailyWithdrawalLimit: '250000', approvalThreshold: '5000' };
    for (const role of ['SUPPORT', 'ADMIN', 'COMPLIANCE']) {
      expect(errorCode(await t.gql(UPDATE, { input: rules }, await t.operatorToken(tenantId, role)))).toBe('FORBIDDEN');
    }
    expect(await storedRows(tenantId)).toEqual([]);

    const financeId = randomUUID();
    const before = Date.now();
    const changed = await update(await t.operatorToken(tenantId, 'FINANCE', financeId), rules);
    expect(changed).toMatchObject({
      mainCurrency: { code: 'EUR', kind: 'FIAT', scale: 2 },
      dailyWithdrawalLimit: '250000',
      approvalThreshold: '5000',
      isDefault: false,
      updatedBy: { id: financeId },
    });
    expect(Date.parse(changed.updatedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(await read(await t.operatorToken(tenantId, 'SUPPORT'))).toEqual(changed);
    expect(await storedRows(tenantId)).toEqual([
      { main_currency: 'EUR', daily_withdrawal_limit: '250000', approval_threshold: '5000', updated_by: financeId },
    ]);

    const ownerId = randomUUID();
    const owned = await update(await t.operatorToken(tenantId, 'OWNER', ownerId), {
      mainCurrency: 'BTC',
      dailyWithdrawalLimit: '10000000',
      approvalThreshold: '0',
    });
    expect(owned).toMatchObject({
      mainCurrency: { code: 'BTC', kind: 'CRYPTO', scale: 8 },
      dailyWithdrawalLimit: '10000000',
      approvalThreshold: '0',
      updatedBy: { id: ownerId },
    });

    expect(await read(await t.operatorToken(otherTenantId, 'OWNER'))).toMatchObject(DEFAULTS);
    expect(await storedRows(otherTenantId)).toEqual([]);
  });

  it.each<[string, Partial<Rules>, string]>([
    ['game credits as the main currency', { mainCurrency: 'CREDITS' }, 'mainCurrency'],
    ['an unknown currency', { mainCurrency: 'DOGE' }, 'mainCurrency'],
    ['a negative daily limit', { dailyWithdrawalLimit: '-1' }, 'dailyWithdrawalLimit'],
    ['a negative threshold', { approvalThreshold: '-100' }, 'approvalThreshold'],
  ])('refuses %s with BAD_USER_INPUT on that field and changes nothing', async (_label, change, field) => {
    const tenantId = randomUUID();
    const res = await t.gql(
      UPDATE,
      { input: { mainCurrency: 'USD', dailyWithdrawalLimit: '1000', approvalThreshold: '100', ...change } },
      await t.operatorToken(tenantId, 'FINANCE'),
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions).toMatchObject({ field, fields: [{ field, problems: [expect.any(String)] }] });
    expect(await storedRows(tenantId)).toEqual([]);
  });

  it('the next withdrawal follows the change: a lower threshold needs approvals, a lower limit refuses, 0 stops withdrawals', async () => {
    const tenantId = randomUUID();
    const playerId = randomUUID();
    expect(
      (
        await t.call('grant', {
          tenantId,
          playerId,
          asset: 'USD',
          amount: '100000',
          idempotencyKey: `seed-${playerId}`,
        })
      ).status,
    ).toBe(200);
    const player = await t.playerToken(tenantId, playerId);
    const withdraw = async (amount: string) => {
      const res = await t.gql<{
        requestWithdrawal: {
          ok: boolean;
          code: string | null;
          message: string | null;
          withdrawal: { status: string; approvalsRequired: number } | null;
        };
      }>(REQUEST, { amount, key: randomUUID() }, player);
      expect(res.errors).toBeUndefined();
      return res.data!.requestWithdrawal;
    };
    const finance = await t.operatorToken(tenantId, 'FINANCE');

    // Under the defaults (approvals above 1,000.00 USD) 50.00 is paid out at once.
    expect(await withdraw('5000')).toMatchObject({
      ok: true,
      withdrawal: { status: 'PROCESSING', approvalsRequired: 0 },
    });

    await update(finance, { mainCurrency: 'USD', dailyWithdrawalLimit: '1000000', approvalThreshold: '1000' });
    expect(await withdraw('5000')).toMatchObject({
      ok: true,
      withdrawal: { status: 'PENDING_APPROVAL', approvalsRequired: 2 },
    });

    // 100.00 already withdrawn or pending today; a 150.00 limit leaves 50.00.
    await update(finance, { mainCurrency: 'USD', dailyWithdrawalLimit: '15000', approvalThreshold: '1000' });
    expect(await withdraw('5001')).toMatchObject({ ok: false, code: 'LIMIT_REACHED', withdrawal: null });
    expect(await withdraw('5000')).toMatchObject({ ok: true, withdrawal: { status: 'PENDING_APPROVAL' } });

    await update(finance, { mainCurrency: 'USD', dailyWithdrawalLimit: '0', approvalThreshold: '1000' });
    expect(await withdraw('1')).toMatchObject({
      ok: false,
      code: 'LIMIT_REACHED',
      message: 'Withdrawals are switched off at this casino for now.',
    });

    // Counted in another currency, the rules cannot measure USD: two approvals whatever the amount.
    await update(finance, { mainCurrency: 'EUR', dailyWithdrawalLimit: '1000000', approvalThreshold: '1000000' });
    expect(await withdraw('100')).toMatchObject({
      ok: true,
      withdrawal: { status: 'PENDING_APPROVAL', approvalsRequired: 2 },
    });
  });
});
