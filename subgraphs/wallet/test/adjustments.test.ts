import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerTotals, startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const FIELDS = 'ok code message adjustment { id playerId amount reason status requestedBy decidedBy decisionReason transferId }';
const REQUEST = `mutation($playerId: ID!, $asset: String!, $amount: Money!, $reason: String!, $key: String!) {
  requestAdjustment(playerId: $playerId, asset: $asset, amount: $amount, reason: $reason, idempotencyKey: $key) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!) { approveAdjustment(id: $id) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectAdjustment(id: $id, reason: $reason) { ${FIELDS} } }`;
const QUEUE = '{ adjustmentQueue { id } }';
interface Result {
  ok: boolean;
  code: string | null;
  adjustment: { id: string; amount: string; status: string; requestedBy: string; decidedBy: string | null; decisionReason: string | null; transferId: string | null } | null;
}

async function funded(amount: string) {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  expect((await t.call('grant', { tenantId, playerId, asset: 'USD', amount, idempotencyKey: `seed-${playerId}` })).status).toBe(200);
  const requesterId = randomUUID();
  return {
    tenantId,
    playerId,
    requesterId,
    player: await t.playerToken(tenantId, playerId),
    requester: await t.operatorToken(tenantId, 'FINANCE', requesterId),
    approver: await t.operatorToken(tenantId, 'FINANCE'),
  };
}
const act = async (query: string, variables: Record<string, unknown>, token: string): Promise<Result> => {
  const res = await t.gql<Record<string, Result>>(query, variables, token);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
};
const request = (p: { playerId: string; requester: string }, amount: string, key: string = randomUUID(), reason = 'Goodwill for an outage') =>
  act(REQUEST, { playerId: p.playerId, asset: 'USD', amount, reason, key }, p.requester);
const balance = async (token: string) => (await t.gql<{ myWallets: { balance: string }[] }>('{ myWallets { balance } }', {}, token)).data!.myWallets[0]!.balance;
const adjustmentTransfers = async (playerId: string) =>
  (await t.db.query(`select count(*)::int as n from wallet.transfer where player_id = $1 and kind = 'ADJUSTMENT'`, [playerId])).rows[0]!.n as number;

describe('manual adjustments', () => {
  it('a credit waits for a different FINANCE operator; the requester can never approve it', async () => {
    const p = await funded('10000');
    const requested = await request(p, '2500');
    expect(requested).toMatchObject({ ok: true, adjustment: { status: 'PENDING', amount: '2500', requestedBy: p.requesterId, transferId: null } });
    const id = requested.adjustment!.id;
    expect(await balance(p.player)).toBe('10000');
    expect(await act(APPROVE, { id }, p.requester)).toMatchObject({ ok: false, code: 'SAME_OPERATOR', adjustment: { status: 'PENDING' } });
    // A new session of the same operator is still the same operator.
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId, 'FINANCE', p.requesterId))).toMatchObject({ ok: false, code: 'SAME_OPERATOR' });
    // OWNER counts as FINANCE, but not when it is the requester.
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId, 'OWNER', p.requesterId))).toMatchObject({ ok: false, code: 'SAME_OPERATOR' });
    expect(await balance(p.player)).toBe('10000');
    expect((await t.gql<{ adjustmentQueue: { id: string }[] }>(QUEUE, {}, p.approver)).data?.adjustmentQueue.map((a) => a.id)).toEqual([id]);
    const approved = await act(APPROVE, { id }, p.approver);
    expect(approved).toMatchObject({ ok: true, adjustment: { status: 'APPROVED' } });
    expect(approved.adjustment!.transferId).not.toBeNull();
    expect(await balance(p.player)).toBe('12500');
    expect((await t.gql<{ adjustmentQueue: { id: string }[] }>(QUEUE, {}, p.approver)).data?.adjustmentQueue).toEqual([]);
    expect(await ledgerTotals(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('SUPPORT and players cannot request, approve or list; another tenant’s FINANCE cannot see or approve', async () => {
    const p = await funded('10000');
    const id = (await request(p, '100')).adjustment!.id;
    const support = await t.operatorToken(p.tenantId, 'SUPPORT');
    expect(errorCode(await t.gql(REQUEST, { playerId: p.playerId, asset: 'USD', amount: '100', reason: 'Because', key: 'support-1' }, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { id }, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(QUEUE, {}, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { id }, p.player))).toBe('FORBIDDEN');
    const stranger = await t.operatorToken(randomUUID(), 'FINANCE');
    expect(errorCode(await t.gql(APPROVE, { id }, stranger))).toBe('ADJUSTMENT_NOT_FOUND');
    expect(errorCode(await t.gql(REJECT, { id, reason: 'Not mine' }, stranger))).toBe('ADJUSTMENT_NOT_FOUND');
    expect((await t.gql<{ adjustmentQueue: unknown[] }>(QUEUE, {}, stranger)).data?.adjustmentQueue).toEqual([]);
    // Another tenant's operator cannot adjust this tenant's player either.
    expect(errorCode(await t.gql(REQUEST, { playerId: p.playerId, asset: 'USD', amount: '100', reason: 'Because', key: 'x-1' }, stranger))).toBe('PLAYER_TENANT_MISMATCH');
    expect(await balance(p.player)).toBe('10000');
    const rows = await t.db.query(`select count(*)::int as n, count(*) filter (where status = 'PENDING')::int as pending from wallet.adjustment where player_id = $1`, [p.playerId]);
    expect(rows.rows[0]).toEqual({ n: 1, pending: 1 });
  });

  it('two concurrent approvals of a credit change the balance exactly once', async () => {
    const p = await funded('10000');
    const id = (await request(p, '700')).adjustment!.id;
    const [a, b] = [await t.operatorToken(p.tenantId, 'FINANCE'), await t.operatorToken(p.tenantId, 'OWNER')];
    const results = await Promise.all([act(APPROVE, { id }, a), act(APPROVE, { id }, b), act(APPROVE, { id }, a)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => r.code === 'NOT_PENDING')).toHaveLength(2);
    expect(await balance(p.player)).toBe('10700');
    expect(await adjustmentTransfers(p.playerId)).toBe(1);
  });

  it('a debit beyond the balance is INSUFFICIENT_FUNDS and stays pending; once covered it posts', async () => {
    const p = await funded('1000');
    const id = (await request(p, '-1500')).adjustment!.id;
    expect(await act(APPROVE, { id }, p.approver)).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS', adjustment: { status: 'PENDING', transferId: null } });
    expect(await balance(p.player)).toBe('1000');
    expect(await adjustmentTransfers(p.playerId)).toBe(0);
    expect((await t.call('grant', { tenantId: p.tenantId, playerId: p.playerId, asset: 'USD', amount: '500', idempotencyKey: `top-up-${p.playerId}` })).status).toBe(200);
    expect(await act(APPROVE, { id }, p.approver)).toMatchObject({ ok: true, adjustment: { status: 'APPROVED' } });
    expect(await balance(p.player)).toBe('0');
  });

  it('a rejection records who and why and moves nothing; it cannot be approved afterwards', async () => {
    const p = await funded('1000');
    const id = (await request(p, '400')).adjustment!.id;
    expect(errorCode(await t.gql(REJECT, { id, reason: ' ' }, p.approver))).toBe('INVALID_REQUEST');
    expect(await act(REJECT, { id, reason: 'No ticket attached' }, p.approver)).toMatchObject({ ok: true, adjustment: { status: 'REJECTED', decisionReason: 'No ticket attached' } });
    expect(await act(APPROVE, { id }, p.approver)).toMatchObject({ ok: false, code: 'NOT_PENDING', adjustment: { status: 'REJECTED' } });
    expect(await balance(p.player)).toBe('1000');
  });

  it('replays by key, refuses a reused key and bad input, writing nothing', async () => {
    const p = await funded('1000');
    const first = await request(p, '300', 'adj-1');
    expect((await request(p, '300', 'adj-1')).adjustment!.id).toBe(first.adjustment!.id);
    const reuse = { playerId: p.playerId, asset: 'USD', amount: '301', reason: 'Goodwill for an outage', key: 'adj-1' };
    expect(errorCode(await t.gql(REQUEST, reuse, p.requester))).toBe('IDEMPOTENCY_KEY_REUSED');
    const bad: [Record<string, unknown>, string][] = [
      [{ amount: '0' }, 'INVALID_AMOUNT'],
      [{ amount: '1.5' }, 'BAD_USER_INPUT'],
      [{ amount: 'abc' }, 'BAD_USER_INPUT'],
      // The Money scalar itself refuses values beyond the signed 64-bit range.
      [{ amount: '9223372036854775808' }, 'BAD_USER_INPUT'],
      [{ asset: 'NOPE' }, 'UNKNOWN_ASSET'],
      [{ reason: 'ok' }, 'INVALID_REQUEST'],
      [{ reason: 'x'.repeat(501) }, 'INVALID_REQUEST'],
      [{ playerId: 'not-a-player' }, 'INVALID_REQUEST'],
      [{ key: 'bad key' }, 'INVALID_REQUEST'],
    ];
    for (const [change, code] of bad) {
      expect(errorCode(await t.gql(REQUEST, { ...reuse, amount: '5', key: 'adj-bad', ...change }, p.requester)), JSON.stringify(change)).toBe(code);
    }
    expect(errorCode(await t.gql(APPROVE, { id: 'nope' }, p.approver))).toBe('ADJUSTMENT_NOT_FOUND');
    const rows = await t.db.query(`select count(*)::int as n from wallet.adjustment where tenant_id = $1`, [p.tenantId]);
    expect(rows.rows[0]!.n).toBe(1);
    expect(await balance(p.player)).toBe('1000');
  });
});
