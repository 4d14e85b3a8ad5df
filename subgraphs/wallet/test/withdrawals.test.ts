import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerTotals, startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const FIELDS = 'ok code message withdrawal { id status amount approvalsRequired approvedBy reason }';
const REQUEST = `mutation($asset: String!, $amount: Money!, $key: String!) { requestWithdrawal(asset: $asset, amount: $amount, idempotencyKey: $key) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!) { approveWithdrawal(id: $id) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectWithdrawal(id: $id, reason: $reason) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelWithdrawal(id: $id) { ${FIELDS} } }`;
const STATUS = 'query($id: ID!) { myWithdrawal(id: $id) { status } }';
interface Result {
  ok: boolean;
  code: string | null;
  withdrawal: { id: string; status: string; amount: string; approvalsRequired: number; approvedBy: string[]; reason: string | null } | null;
}

async function funded(amount: string) {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  expect((await t.call('grant', { tenantId, playerId, asset: 'USD', amount, idempotencyKey: `seed-${playerId}` })).status).toBe(200);
  return { tenantId, playerId, token: await t.playerToken(tenantId, playerId) };
}
async function request(token: string, amount: string, key: string = randomUUID()): Promise<Result> {
  const res = await t.gql<{ requestWithdrawal: Result }>(REQUEST, { asset: 'USD', amount, key }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.requestWithdrawal;
}
const act = async (query: string, variables: Record<string, unknown>, token: string): Promise<Result> => {
  const res = await t.gql<Record<string, Result>>(query, variables, token);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
};
const wallet = async (token: string) => (await t.gql<{ myWallets: { balance: string; available: string; held: string }[] }>('{ myWallets { balance available held } }', {}, token)).data!.myWallets[0];
const status = async (token: string, id: string) => (await t.gql<{ myWithdrawal: { status: string } }>(STATUS, { id }, token)).data?.myWithdrawal.status;

describe('withdrawals', () => {
  it('a small withdrawal is held, paid out by the provider, and the hold posted', async () => {
    const p = await funded('20000');
    const result = await request(p.token, '5000');
    expect(result).toMatchObject({ ok: true, code: null, withdrawal: { status: 'PROCESSING', approvalsRequired: 0 } });
    expect(await wallet(p.token)).toEqual({ balance: '20000', available: '15000', held: '5000' });
    await expect.poll(() => status(p.token, result.withdrawal!.id)).toBe('PAID');
    expect(await wallet(p.token)).toEqual({ balance: '15000', available: '15000', held: '0' });
    expect(await ledgerTotals(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('a payout the provider refuses (amount ending in 13) voids the hold', async () => {
    const p = await funded('20000');
    const result = await request(p.token, '5013');
    await expect.poll(() => status(p.token, result.withdrawal!.id)).toBe('FAILED');
    expect(await wallet(p.token)).toEqual({ balance: '20000', available: '20000', held: '0' });
  });

  it('100 concurrent withdrawals of the full balance: exactly one succeeds', async () => {
    const p = await funded('50000');
    const results = await Promise.all(Array.from({ length: 100 }, () => request(p.token, '50000')));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => r.code === 'INSUFFICIENT_FUNDS')).toHaveLength(99);
    const held = await t.db.query(`select count(*)::int as n from wallet.hold h join wallet.account a on a.id = h.account_id where a.holder = $1`, [p.playerId]);
    expect(held.rows[0]!.n).toBe(1);
  });

  it('above the threshold it needs two different FINANCE operators; the same one twice and SUPPORT cannot', async () => {
    const p = await funded('500000');
    const result = await request(p.token, '150000');
    expect(result.withdrawal).toMatchObject({ status: 'PENDING_APPROVAL', approvalsRequired: 2 });
    const id = result.withdrawal!.id;
    const alice = randomUUID();
    const financeA = await t.operatorToken(p.tenantId, 'FINANCE', alice);
    expect(await act(APPROVE, { id }, financeA)).toMatchObject({ ok: true, withdrawal: { status: 'PENDING_APPROVAL', approvedBy: [alice] } });
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId, 'FINANCE', alice))).toMatchObject({ ok: false, code: 'ALREADY_APPROVED', withdrawal: { status: 'PENDING_APPROVAL' } });
    expect(errorCode(await t.gql(APPROVE, { id }, await t.operatorToken(p.tenantId, 'SUPPORT')))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { id }, await t.operatorToken(randomUUID(), 'FINANCE')))).toBe('WITHDRAWAL_NOT_FOUND');
    expect(errorCode(await t.gql(APPROVE, { id }, p.token))).toBe('FORBIDDEN');
    const queue = await t.gql<{ withdrawalApprovalQueue: { id: string }[] }>('{ withdrawalApprovalQueue { id } }', {}, financeA);
    expect(queue.data?.withdrawalApprovalQueue.map((w) => w.id)).toEqual([id]);
    // OWNER counts as FINANCE.
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId, 'OWNER'))).toMatchObject({ ok: true, withdrawal: { status: 'PROCESSING' } });
    await expect.poll(() => status(p.token, id)).toBe('PAID');
    expect(await wallet(p.token)).toEqual({ balance: '350000', available: '350000', held: '0' });
  });

  it('the player cancels while pending (the hold is voided); then it cannot be approved', async () => {
    const p = await funded('500000');
    const id = (await request(p.token, '200000')).withdrawal!.id;
    expect(await wallet(p.token)).toMatchObject({ available: '300000', held: '200000' });
    expect(errorCode(await t.gql(CANCEL, { id }, await t.playerToken(p.tenantId, randomUUID())))).toBe('WITHDRAWAL_NOT_FOUND');
    expect(await act(CANCEL, { id }, p.token)).toMatchObject({ ok: true, withdrawal: { status: 'CANCELLED' } });
    expect(await wallet(p.token)).toEqual({ balance: '500000', available: '500000', held: '0' });
    expect(await act(CANCEL, { id }, p.token)).toMatchObject({ ok: false, code: 'NOT_PENDING' });
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId))).toMatchObject({ ok: false, code: 'NOT_PENDING' });
  });

  it('a FINANCE operator rejects with a reason; the money is available again', async () => {
    const p = await funded('500000');
    const id = (await request(p.token, '200000')).withdrawal!.id;
    expect(errorCode(await t.gql(REJECT, { id, reason: '  ' }, await t.operatorToken(p.tenantId)))).toBe('INVALID_REQUEST');
    expect(await act(REJECT, { id, reason: 'Documents missing' }, await t.operatorToken(p.tenantId))).toMatchObject({ ok: true, withdrawal: { status: 'REJECTED', reason: 'Documents missing' } });
    expect(await wallet(p.token)).toMatchObject({ available: '500000', held: '0' });
  });

  it('the daily limit (default 10,000.00, or the tenant’s own) gives LIMIT_REACHED', async () => {
    const p = await funded('2000000');
    expect((await request(p.token, '900000')).ok).toBe(true);
    expect(await request(p.token, '100001')).toMatchObject({ ok: false, code: 'LIMIT_REACHED', withdrawal: null });
    expect((await request(p.token, '100000')).ok).toBe(true);
    const q = await funded('100000');
    await t.db.query(`insert into wallet.wallet_settings (tenant_id, main_currency, daily_withdrawal_limit, approval_threshold, updated_at) values ($1, 'USD', 1000, 500, now())`, [q.tenantId]);
    expect(await request(q.token, '1001')).toMatchObject({ ok: false, code: 'LIMIT_REACHED' });
    expect((await request(q.token, '600')).withdrawal).toMatchObject({ approvalsRequired: 2 });
  });

  it('replays by key, refuses a reused key and bad input, writing nothing', async () => {
    const p = await funded('10000');
    const first = await request(p.token, '1000', 'w-1');
    expect((await request(p.token, '1000', 'w-1')).withdrawal!.id).toBe(first.withdrawal!.id);
    expect(errorCode(await t.gql(REQUEST, { asset: 'USD', amount: '1001', key: 'w-1' }, p.token))).toBe('IDEMPOTENCY_KEY_REUSED');
    for (const [amount, asset, code] of [['-5', 'USD', 'INVALID_AMOUNT'], ['0', 'USD', 'INVALID_AMOUNT'], ['1.5', 'USD', 'BAD_USER_INPUT'], ['5', 'NOPE', 'UNKNOWN_ASSET']] as const) {
      expect(errorCode(await t.gql(REQUEST, { asset, amount, key: 'w-bad' }, p.token))).toBe(code);
    }
    const rows = await t.db.query(`select count(*)::int as n from wallet.withdrawal where tenant_id = $1`, [p.tenantId]);
    expect(rows.rows[0]!.n).toBe(1);
  });
});
