import { randomUUID } from 'node:crypto';
import { errorCode, ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const FIELDS =
  'ok code message adjustment { id playerId amount reason status requestedBy decidedBy decisionReason transferId }';
const REQUEST = `mutation($playerId: ID!, $asset: String!, $amount: Money!, $reason: String!, $key: String!) {
  requestAdjustment(playerId: $playerId, asset: $asset, amount: $amount, reason: $reason, idempotencyKey: $key) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $key: String!) { approveAdjustment(id: $id, idempotencyKey: $key) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!, $key: String!) { rejectAdjustment(id: $id, reason: $reason, idempotencyKey: $key) { ${FIELDS} } }`;
const QUEUE = '{ adjustmentQueue { edges { node { id } } } }';
type Queue = { adjustmentQueue: { edges: { node: { id: string } }[] } };
const queued = async (token: string) =>
  (await t.gql<Queue>(QUEUE, {}, token)).data?.adjustmentQueue.edges.map((e) => e.node.id);
interface Result {
  ok: boolean;
  code: string | null;
  adjustment: {
    id: string;
    amount: string;
    status: string;
    requestedBy: string;
    decidedBy: string | null;
    decisionReason: string | null;
    transferId: string | null;
  } | null;
}

async function funded(amount: string) {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  expect(
    (await t.call('grant', { tenantId, playerId, asset: 'USD', amount, idempotencyKey: `seed-${playerId}` })).status,
  ).toBe(200);
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
/** One action; a fresh idempotency key unless the test passes its own. */
const act = async (query: string, variables: Record<string, unknown>, token: string): Promise<Result> => {
  const res = await t.gql<Record<string, Result>>(query, { key: randomUUID(), ...variables }, token);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
};
const request = (
  p: { playerId: string; requester: string },
  amount: string,
  key: string = randomUUID(),
  reason = 'Goodwill for an outage',
) => act(REQUEST, { playerId: p.playerId, asset: 'USD', amount, reason, key }, p.requester);
const balance = async (token: string) =>
  (await t.gql<{ myWallets: { balance: string }[] }>('{ myWallets { balance } }', {}, token)).data!.myWallets[0]!
    .balance;
const adjustmentTransfers = async (playerId: string) =>
  (
    await t.db.query(`select count(*)::int as n from wallet.transfer where player_id = $1 and kind = 'ADJUSTMENT'`, [
      playerId,
    ])
  ).rows[0]!.n as number;

describe('manual adjustments', () => {
  it('a credit waits for a different FINANCE operator; the requester can never approve it', async () => {
    const p = await funded('10000');
    const requested = await request(p, '2500');
    expect(requested).toMatchObject({
      ok: true,
      adjustment: { status: 'PENDING', amount: '2500', requestedBy: p.requesterId, transferId: null },
    });
    const id = requested.adjustment!.id;
    expect(await balance(p.player)).toBe('10000');
    expect(await act(APPROVE, { id }, p.requester)).toMatchObject({
      ok: false,
      code: 'SAME_OPERATOR',
      adjustment: { status: 'PENDING' },
    });
    // A new session of the same operator is still the same operator.
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId, 'FINANCE', p.requesterId))).toMatchObject({
      ok: false,
      code: 'SAME_OPERATOR',
    });
    // OWNER counts as FINANCE, but not when it is the requester.
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId, 'OWNER', p.requesterId))).toMatchObject({
      ok: false,
      code: 'SAME_OPERATOR',
    });
    expect(await balance(p.player)).toBe('10000');
    expect(await queued(p.approver)).toEqual([id]);
    const approved = await act(APPROVE, { id }, p.approver);
    expect(approved).toMatchObject({ ok: true, adjustment: { status: 'APPROVED' } });
    expect(approved.adjustment!.transferId).not.toBeNull();
    expect(await balance(p.player)).toBe('12500');
    expect(await queued(p.approver)).toEqual([]);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('SUPPORT and players cannot request, approve or list; another tenant’s FINANCE cannot see or approve', async () => {
    const p = await funded('10000');
    const id = (await request(p, '100')).adjustment!.id;
    const support = await t.operatorToken(p.tenantId, 'SUPPORT');
    expect(
      errorCode(
        await t.gql(
          REQUEST,
          { playerId: p.playerId, asset: 'USD', amount: '100', reason: 'Because', key: 'support-1' },
          support,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { id, key: 'a-1' }, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(QUEUE, {}, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { id, key: 'a-1' }, p.player))).toBe('FORBIDDEN');
    const stranger = await t.operatorToken(randomUUID(), 'FINANCE');
    expect(errorCode(await t.gql(APPROVE, { id, key: 'a-1' }, stranger))).toBe('ADJUSTMENT_NOT_FOUND');
    expect(errorCode(await t.gql(REJECT, { id, reason: 'Not mine', key: 'r-1' }, stranger))).toBe(
      'ADJUSTMENT_NOT_FOUND',
    );
    expect(await queued(stranger)).toEqual([]);
    // Another tenant's operator cannot adjust this tenant's player either.
    expect(
      errorCode(
        await t.gql(
          REQUEST,
          { playerId: p.playerId, asset: 'USD', amount: '100', reason: 'Because', key: 'x-1' },
          stranger,
        ),
      ),
    ).toBe('PLAYER_TENANT_MISMATCH');
    expect(await balance(p.player)).toBe('10000');
    const rows = await t.db.query(
      `select count(*)::int as n, count(*) filter (where status = 'PENDING')::int as pending from wallet.adjustment where player_id = $1`,
      [p.playerId],
    );
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
    expect(await act(APPROVE, { id }, p.approver)).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_FUNDS',
      adjustment: { status: 'PENDING', transferId: null },
    });
    expect(await balance(p.player)).toBe('1000');
    expect(await adjustmentTransfers(p.playerId)).toBe(0);
    expect(
      (
        await t.call('grant', {
          tenantId: p.tenantId,
          playerId: p.playerId,
          asset: 'USD',
          amount: '500',
          idempotencyKey: `top-up-${p.playerId}`,
        })
      ).status,
    ).toBe(200);
    expect(await act(APPROVE, { id }, p.approver)).toMatchObject({ ok: true, adjustment: { status: 'APPROVED' } });
    expect(await balance(p.player)).toBe('0');
  });

  it('a rejection records who and why and moves nothing; it cannot be approved afterwards', async () => {
    const p = await funded('1000');
    const id = (await request(p, '400')).adjustment!.id;
    expect(errorCode(await t.gql(REJECT, { id, reason: ' ', key: 'r-1' }, p.approver))).toBe('INVALID_REQUEST');
    expect(await act(REJECT, { id, reason: 'No ticket attached' }, p.approver)).toMatchObject({
      ok: true,
      adjustment: { status: 'REJECTED', decisionReason: 'No ticket attached' },
    });
    expect(await act(APPROVE, { id }, p.approver)).toMatchObject({
      ok: false,
      code: 'NOT_PENDING',
      adjustment: { status: 'REJECTED' },
    });
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
      expect(
        errorCode(await t.gql(REQUEST, { ...reuse, amount: '5', key: 'adj-bad', ...change }, p.requester)),
        JSON.stringify(change),
      ).toBe(code);
    }
    expect(errorCode(await t.gql(APPROVE, { id: 'nope', key: 'a-1' }, p.approver))).toBe('ADJUSTMENT_NOT_FOUND');
    const rows = await t.db.query(`select count(*)::int as n from wallet.adjustment where tenant_id = $1`, [
      p.tenantId,
    ]);
    expect(rows.rows[0]!.n).toBe(1);
    expect(await balance(p.player)).toBe('1000');
  });

  it('approve and reject replay their first answer by key, refusals included', async () => {
    const p = await funded('1000');
    const id = (await request(p, '-1500')).adjustment!.id;
    const short = await act(APPROVE, { id, key: 'approve-1' }, p.approver);
    expect(short).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS', adjustment: { status: 'PENDING' } });
    expect(
      (
        await t.call('grant', {
          tenantId: p.tenantId,
          playerId: p.playerId,
          asset: 'USD',
          amount: '500',
          idempotencyKey: `top-${p.playerId}`,
        })
      ).status,
    ).toBe(200);
    // The key answers what it answered the first time; the approver retries with a new key.
    expect(await act(APPROVE, { id, key: 'approve-1' }, p.approver)).toEqual(short);
    expect(await balance(p.player)).toBe('1500');
    const posted = await act(APPROVE, { id, key: 'approve-2' }, p.approver);
    expect(posted).toMatchObject({ ok: true, adjustment: { status: 'APPROVED' } });
    expect(await act(APPROVE, { id, key: 'approve-2' }, p.approver)).toEqual(posted);
    expect(await balance(p.player)).toBe('0');
    expect(await adjustmentTransfers(p.playerId)).toBe(1);

    const other = (await request(p, '10')).adjustment!.id;
    expect(errorCode(await t.gql(APPROVE, { id: other, key: 'approve-2' }, p.approver))).toBe('IDEMPOTENCY_KEY_REUSED');
    const rejected = await act(REJECT, { id: other, reason: 'Duplicate ticket', key: 'reject-1' }, p.approver);
    expect(rejected).toMatchObject({
      ok: true,
      adjustment: { status: 'REJECTED', decisionReason: 'Duplicate ticket' },
    });
    expect(await act(REJECT, { id: other, reason: 'Duplicate ticket', key: 'reject-1' }, p.approver)).toEqual(rejected);
    expect(errorCode(await t.gql(REJECT, { id: other, reason: 'Another reason', key: 'reject-1' }, p.approver))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    // A four-eyes refusal is stored too.
    const third = (await request(p, '20')).adjustment!.id;
    const own = await act(APPROVE, { id: third, key: 'mine' }, p.requester);
    expect(own).toMatchObject({ ok: false, code: 'SAME_OPERATOR' });
    expect(await act(APPROVE, { id: third, key: 'mine' }, p.requester)).toEqual(own);
  });

  it('lists adjustments newest first with their status, filtered by status and player, page by page; ADMIN may request, not approve', async () => {
    const p = await funded('10000');
    const a = (await request(p, '100')).adjustment!.id;
    const b = (await request(p, '200')).adjustment!.id;
    const c = (await request(p, '300')).adjustment!.id;
    await act(APPROVE, { id: b }, p.approver);
    const LIST = `query($filter: AdjustmentFilter, $after: String) { adjustments(first: 2, after: $after, filter: $filter) { edges { node { id status amount player { id } } } pageInfo { hasNextPage endCursor } } }`;
    type List = {
      adjustments: {
        edges: { node: { id: string; status: string; player: { id: string } | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const list = async (variables: Record<string, unknown>, token = p.approver) =>
      (await t.gql<List>(LIST, variables, token)).data!.adjustments;
    const page1 = await list({});
    expect(page1.edges.map((e) => [e.node.id, e.node.status])).toEqual([
      [c, 'PENDING'],
      [b, 'APPROVED'],
    ]);
    expect(page1.edges[0]!.node.player).toEqual({ id: p.playerId });
    const page2 = await list({ after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e) => e.node.id)).toEqual([a]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect((await list({ filter: { status: 'APPROVED' } })).edges.map((e) => e.node.id)).toEqual([b]);
    expect((await list({ filter: { playerId: randomUUID() } })).edges).toEqual([]);
    expect((await list({ filter: { playerId: 'not-an-id' } })).edges).toEqual([]);
    expect(await queued(p.approver)).toEqual([a, c]);
    expect((await list({}, await t.operatorToken(randomUUID(), 'OWNER'))).edges).toEqual([]);
    expect(errorCode(await t.gql(LIST, {}, await t.operatorToken(p.tenantId, 'SUPPORT')))).toBe('FORBIDDEN');

    const admin = await t.operatorToken(p.tenantId, 'ADMIN');
    expect(
      await act(REQUEST, { playerId: p.playerId, asset: 'USD', amount: '5', reason: 'Admin goodwill' }, admin),
    ).toMatchObject({ ok: true, adjustment: { status: 'PENDING' } });
    expect((await list({}, admin)).edges).toHaveLength(2);
    expect(errorCode(await t.gql(APPROVE, { id: a, key: 'admin-1' }, admin))).toBe('FORBIDDEN');
  });
});
