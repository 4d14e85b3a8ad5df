import { randomUUID } from 'node:crypto';
import { BUS_EVENTS, errorCode, ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const FIELDS = 'ok code message withdrawal { id status amount approvalsRequired approvedBy reason }';
const REQUEST = `mutation($asset: String!, $amount: Money!, $key: String!) { requestWithdrawal(asset: $asset, amount: $amount, idempotencyKey: $key) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $key: String!) { approveWithdrawal(id: $id, idempotencyKey: $key) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!, $key: String!) { rejectWithdrawal(id: $id, reason: $reason, idempotencyKey: $key) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $key: String!) { cancelWithdrawal(id: $id, idempotencyKey: $key) { ${FIELDS} } }`;
const STATUS = 'query($id: ID!) { myWithdrawal(id: $id) { status } }';
interface Result {
  ok: boolean;
  code: string | null;
  withdrawal: {
    id: string;
    status: string;
    amount: string;
    approvalsRequired: number;
    approvedBy: string[];
    reason: string | null;
  } | null;
}

async function funded(amount: string) {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  expect(
    (await t.call('grant', { tenantId, playerId, asset: 'USD', amount, idempotencyKey: `seed-${playerId}` })).status,
  ).toBe(200);
  return { tenantId, playerId, token: await t.playerToken(tenantId, playerId) };
}
async function request(token: string, amount: string, key: string = randomUUID()): Promise<Result> {
  const res = await t.gql<{ requestWithdrawal: Result }>(REQUEST, { asset: 'USD', amount, key }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.requestWithdrawal;
}
/** One action; a fresh idempotency key unless the test passes its own. */
const act = async (query: string, variables: Record<string, unknown>, token: string): Promise<Result> => {
  const res = await t.gql<Record<string, Result>>(query, { key: randomUUID(), ...variables }, token);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
};
const wallet = async (token: string) =>
  (
    await t.gql<{ myWallets: { balance: string; available: string; held: string }[] }>(
      '{ myWallets { balance available held } }',
      {},
      token,
    )
  ).data!.myWallets[0];
const status = async (token: string, id: string) =>
  (await t.gql<{ myWithdrawal: { status: string } }>(STATUS, { id }, token)).data?.myWithdrawal.status;

describe('withdrawals', () => {
  it('a small withdrawal is held, paid out by the provider, and the hold posted', async () => {
    const p = await funded('20000');
    const result = await request(p.token, '5000');
    expect(result).toMatchObject({ ok: true, code: null, withdrawal: { status: 'PROCESSING', approvalsRequired: 0 } });
    expect(await wallet(p.token)).toEqual({ balance: '20000', available: '15000', held: '5000' });
    await expect.poll(() => status(p.token, result.withdrawal!.id)).toBe('PAID');
    expect(await wallet(p.token)).toEqual({ balance: '15000', available: '15000', held: '0' });
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
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
    const held = await t.db.query(
      `select count(*)::int as n from wallet.hold h join wallet.account a on a.id = h.account_id where a.holder = $1`,
      [p.playerId],
    );
    expect(held.rows[0]!.n).toBe(1);
  });

  it('above the threshold it needs two different FINANCE operators; the same one twice and SUPPORT cannot', async () => {
    const p = await funded('500000');
    const result = await request(p.token, '150000');
    expect(result.withdrawal).toMatchObject({ status: 'PENDING_APPROVAL', approvalsRequired: 2 });
    const id = result.withdrawal!.id;
    const alice = randomUUID();
    const financeA = await t.operatorToken(p.tenantId, 'FINANCE', alice);
    expect(await act(APPROVE, { id }, financeA)).toMatchObject({
      ok: true,
      withdrawal: { status: 'PENDING_APPROVAL', approvedBy: [alice] },
    });
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId, 'FINANCE', alice))).toMatchObject({
      ok: false,
      code: 'ALREADY_APPROVED',
      withdrawal: { status: 'PENDING_APPROVAL' },
    });
    expect(errorCode(await t.gql(APPROVE, { id, key: 'k-1' }, await t.operatorToken(p.tenantId, 'SUPPORT')))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(APPROVE, { id, key: 'k-1' }, await t.operatorToken(randomUUID(), 'FINANCE')))).toBe(
      'WITHDRAWAL_NOT_FOUND',
    );
    expect(errorCode(await t.gql(APPROVE, { id, key: 'k-1' }, p.token))).toBe('FORBIDDEN');
    const queue = await t.gql<{ withdrawalApprovalQueue: { edges: { node: { id: string } }[] } }>(
      '{ withdrawalApprovalQueue { edges { node { id } } } }',
      {},
      financeA,
    );
    expect(queue.data?.withdrawalApprovalQueue.edges.map((e) => e.node.id)).toEqual([id]);
    // OWNER counts as FINANCE.
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId, 'OWNER'))).toMatchObject({
      ok: true,
      withdrawal: { status: 'PROCESSING' },
    });
    await expect.poll(() => status(p.token, id)).toBe('PAID');
    expect(await wallet(p.token)).toEqual({ balance: '350000', available: '350000', held: '0' });
  });

  it('the player cancels while pending (the hold is voided); then it cannot be approved', async () => {
    const p = await funded('500000');
    const id = (await request(p.token, '200000')).withdrawal!.id;
    expect(await wallet(p.token)).toMatchObject({ available: '300000', held: '200000' });
    expect(errorCode(await t.gql(CANCEL, { id, key: 'c-1' }, await t.playerToken(p.tenantId, randomUUID())))).toBe(
      'WITHDRAWAL_NOT_FOUND',
    );
    expect(await act(CANCEL, { id }, p.token)).toMatchObject({ ok: true, withdrawal: { status: 'CANCELLED' } });
    expect(await wallet(p.token)).toEqual({ balance: '500000', available: '500000', held: '0' });
    expect(await act(CANCEL, { id }, p.token)).toMatchObject({ ok: false, code: 'NOT_PENDING' });
    expect(await act(APPROVE, { id }, await t.operatorToken(p.tenantId))).toMatchObject({
      ok: false,
      code: 'NOT_PENDING',
    });
  });

  it('a FINANCE operator rejects with a reason; the money is available again', async () => {
    const p = await funded('500000');
    const id = (await request(p.token, '200000')).withdrawal!.id;
    expect(errorCode(await t.gql(REJECT, { id, reason: '  ', key: 'r-1' }, await t.operatorToken(p.tenantId)))).toBe(
      'INVALID_REQUEST',
    );
    expect(await act(REJECT, { id, reason: 'Documents missing' }, await t.operatorToken(p.tenantId))).toMatchObject({
      ok: true,
      withdrawal: { status: 'REJECTED', reason: 'Documents missing' },
    });
    expect(await wallet(p.token)).toMatchObject({ available: '500000', held: '0' });
  });

  it('the daily limit (default 10,000.00, or the tenant’s own) gives LIMIT_REACHED', async () => {
    const p = await funded('2000000');
    expect((await request(p.token, '900000')).ok).toBe(true);
    expect(await request(p.token, '100001')).toMatchObject({ ok: false, code: 'LIMIT_REACHED', withdrawal: null });
    expect((await request(p.token, '100000')).ok).toBe(true);
    const q = await funded('100000');
    await t.db.query(
      `insert into wallet.wallet_settings (tenant_id, main_currency, daily_withdrawal_limit, approval_threshold, updated_at) values ($1, 'USD', 1000, 500, now())`,
      [q.tenantId],
    );
    expect(await request(q.token, '1001')).toMatchObject({ ok: false, code: 'LIMIT_REACHED' });
    expect((await request(q.token, '600')).withdrawal).toMatchObject({ approvalsRequired: 2 });
  });

  it('replays by key, refuses a reused key and bad input, writing nothing', async () => {
    const p = await funded('10000');
    const first = await request(p.token, '1000', 'w-1');
    expect((await request(p.token, '1000', 'w-1')).withdrawal!.id).toBe(first.withdrawal!.id);
    expect(errorCode(await t.gql(REQUEST, { asset: 'USD', amount: '1001', key: 'w-1' }, p.token))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    for (const [amount, asset, code] of [
      ['-5', 'USD', 'INVALID_AMOUNT'],
      ['0', 'USD', 'INVALID_AMOUNT'],
      ['1.5', 'USD', 'BAD_USER_INPUT'],
      ['5', 'NOPE', 'UNKNOWN_ASSET'],
    ] as const) {
      expect(errorCode(await t.gql(REQUEST, { asset, amount, key: 'w-bad' }, p.token))).toBe(code);
    }
    const rows = await t.db.query(`select count(*)::int as n from wallet.withdrawal where tenant_id = $1`, [
      p.tenantId,
    ]);
    expect(rows.rows[0]!.n).toBe(1);
  });

  it('the player lists their own withdrawals with status, newest first, page by page; nobody else sees them', async () => {
    const p = await funded('500000');
    const ids: string[] = [];
    for (const amount of ['100', '200', '150000']) ids.push((await request(p.token, amount)).withdrawal!.id);
    const MINE = `query($after: String) { myWithdrawals(first: 2, after: $after) { edges { cursor node { id status amount } } pageInfo { hasNextPage endCursor } } }`;
    type Mine = {
      myWithdrawals: {
        edges: { node: { id: string; status: string; amount: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const first = (await t.gql<Mine>(MINE, {}, p.token)).data!.myWithdrawals;
    expect(first.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(first.edges[0]!.node).toMatchObject({ status: 'PENDING_APPROVAL', amount: '150000' });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await t.gql<Mine>(MINE, { after: first.pageInfo.endCursor }, p.token)).data!.myWithdrawals;
    expect(second.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // Status follows the provider: the small ones get paid.
    await expect
      .poll(async () => (await t.gql<Mine>(MINE, {}, p.token)).data!.myWithdrawals.edges[1]!.node.status)
      .toBe('PAID');

    expect(
      (await t.gql<Mine>(MINE, {}, await t.playerToken(p.tenantId, randomUUID()))).data!.myWithdrawals.edges,
    ).toEqual([]);
    expect(
      (await t.gql<Mine>(MINE, {}, await t.playerToken(randomUUID(), p.playerId))).data!.myWithdrawals.edges,
    ).toEqual([]);
    expect(errorCode(await t.gql(MINE, {}, await t.operatorToken(p.tenantId)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MINE, { after: 'garbage' }, p.token))).toBe('BAD_USER_INPUT');
  });

  it('approve, reject and cancel replay their first answer by key, refusals included; another action under the key is refused', async () => {
    const p = await funded('1000000');
    const id = (await request(p.token, '200000')).withdrawal!.id;
    const other = (await request(p.token, '300000')).withdrawal!.id;
    const alice = randomUUID();
    const financeA = await t.operatorToken(p.tenantId, 'FINANCE', alice);
    // Ten concurrent deliveries of one approval (a double click, a retried request): one approval.
    const concurrent = await Promise.all(
      Array.from({ length: 10 }, () => act(APPROVE, { id, key: 'approve-1' }, financeA)),
    );
    expect(new Set(concurrent.map((r) => JSON.stringify(r)))).toHaveProperty('size', 1);
    expect(concurrent[0]).toMatchObject({ ok: true, withdrawal: { status: 'PENDING_APPROVAL', approvedBy: [alice] } });
    // Her second approval (new key) is refused, and that refusal is what its key replays ever after.
    const twice = await act(APPROVE, { id, key: 'approve-2' }, financeA);
    expect(twice).toMatchObject({ ok: false, code: 'ALREADY_APPROVED' });
    expect(await act(APPROVE, { id, key: 'approve-2' }, await t.operatorToken(p.tenantId, 'FINANCE', alice))).toEqual(
      twice,
    );
    // The same key for another withdrawal, or by a new session of the same operator for another action, is an error.
    expect(errorCode(await t.gql(APPROVE, { id: other, key: 'approve-1' }, financeA))).toBe('IDEMPOTENCY_KEY_REUSED');
    // Keys belong to their operator: Bob's 'approve-1' is his own approval.
    const bob = randomUUID();
    expect(
      await act(APPROVE, { id, key: 'approve-1' }, await t.operatorToken(p.tenantId, 'FINANCE', bob)),
    ).toMatchObject({ ok: true, withdrawal: { status: 'PROCESSING', approvedBy: [alice, bob] } });
    // Replays return the first answer, not today's state: still "pending, approved by Alice".
    expect(await act(APPROVE, { id, key: 'approve-1' }, financeA)).toEqual(concurrent[0]);
    await expect.poll(() => status(p.token, id)).toBe('PAID');
    const held = await t.db.query(
      `select count(*)::int as n from wallet.transfer where tenant_id = $1 and kind = 'HOLD_POST'`,
      [p.tenantId],
    );
    expect(held.rows[0]!.n).toBe(1);

    // Reject: replayed, and the same key with another reason is another request.
    const rejected = await act(REJECT, { id: other, reason: 'Source of funds unclear', key: 'reject-1' }, financeA);
    expect(rejected).toMatchObject({ ok: true, withdrawal: { status: 'REJECTED', reason: 'Source of funds unclear' } });
    expect(await act(REJECT, { id: other, reason: 'Source of funds unclear', key: 'reject-1' }, financeA)).toEqual(
      rejected,
    );
    expect(errorCode(await t.gql(REJECT, { id: other, reason: 'Another reason', key: 'reject-1' }, financeA))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );

    // Cancel: a refusal (not pending any more) is stored too.
    const late = await act(CANCEL, { id: other, key: 'cancel-1' }, p.token);
    expect(late).toMatchObject({ ok: false, code: 'NOT_PENDING', withdrawal: { status: 'REJECTED' } });
    expect(await act(CANCEL, { id: other, key: 'cancel-1' }, p.token)).toEqual(late);
    expect(errorCode(await t.gql(CANCEL, { id: other, key: 'bad key' }, p.token))).toBe('INVALID_REQUEST');
    expect(await wallet(p.token)).toEqual({ balance: '800000', available: '800000', held: '0' });
  });

  it('a refused request is stored under its key: after a top-up the same key still answers INSUFFICIENT_FUNDS, a new key goes through', async () => {
    const p = await funded('1000');
    const refusedFirst = await request(p.token, '5000', 'w-short');
    expect(refusedFirst).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS', withdrawal: null });
    expect(
      (
        await t.call('grant', {
          tenantId: p.tenantId,
          playerId: p.playerId,
          asset: 'USD',
          amount: '10000',
          idempotencyKey: `top-${p.playerId}`,
        })
      ).status,
    ).toBe(200);
    expect(await request(p.token, '5000', 'w-short')).toEqual(refusedFirst);
    expect(await request(p.token, '5000', 'w-again')).toMatchObject({ ok: true, withdrawal: { status: 'PROCESSING' } });
  });

  it('a key recorded before outcomes were stored whole (only the id) still replays the withdrawal', async () => {
    const p = await funded('10000');
    const first = await request(p.token, '1000', 'w-legacy');
    await t.db.query(`update wallet.idempotency_record set result = $3 where tenant_id = $1 and key = $2`, [
      p.tenantId,
      `withdrawal:${p.playerId}:w-legacy`,
      { withdrawalId: first.withdrawal!.id },
    ]);
    expect(await request(p.token, '1000', 'w-legacy')).toMatchObject({
      ok: true,
      code: null,
      withdrawal: { id: first.withdrawal!.id },
    });
  });

  describe('with bonus money', () => {
    const FORFEIT = `mutation($asset: String!, $amount: Money!, $key: String!, $forfeit: Boolean) { requestWithdrawal(asset: $asset, amount: $amount, idempotencyKey: $key, forfeitBonus: $forfeit) { ${FIELDS} } }`;
    const withBonus = async (cash: string, bonus: string) => {
      const p = await funded(cash);
      expect(
        (
          await t.call('grant', {
            tenantId: p.tenantId,
            playerId: p.playerId,
            asset: 'USD',
            amount: bonus,
            wallet: 'BONUS',
            idempotencyKey: `bonus-${p.playerId}`,
          })
        ).status,
      ).toBe(200);
      return p;
    };
    const snapshot = async (tenantId: string) =>
      (
        await t.db.query(
          `select (select count(*) from wallet.withdrawal where tenant_id = $1)::int as withdrawals, (select count(*) from wallet.hold where tenant_id = $1)::int as holds,
                  (select count(*) from wallet.transfer where tenant_id = $1)::int as transfers, (select count(*) from wallet.idempotency_record where tenant_id = $1)::int as keys,
                  (select count(*) from wallet.wallet_event where tenant_id = $1)::int as events,
                  (select string_agg(type || '=' || balance || '/' || held, ',' order by type) from wallet.account where tenant_id = $1 and balance is not null) as accounts`,
          [tenantId],
        )
      ).rows[0];
    const requested = async (tenantId: string) =>
      (
        await t.db.query<{ payload: Record<string, unknown> }>(
          `select payload from wallet.wallet_event where tenant_id = $1 and kind = 'wallet.withdrawal-requested'`,
          [tenantId],
        )
      ).rows.map((r) => r.payload);

    it('without confirmation it is refused with the amount to forfeit, and nothing changes', async () => {
      const p = await withBonus('20000', '1500');
      const before = await snapshot(p.tenantId);
      const key = randomUUID();
      for (const forfeit of [undefined, false, null]) {
        const res = await t.gql(FORFEIT, { asset: 'USD', amount: '5000', key, forfeit }, p.token);
        expect(errorCode(res)).toBe('BONUS_FORFEIT_CONFIRMATION_REQUIRED');
        expect(res.errors![0]!.extensions).toMatchObject({ forfeitAmount: '1500', asset: 'USD' });
      }
      expect(await snapshot(p.tenantId)).toEqual(before);

      // Confirmed (the same key is still free): the bonus goes to the house with the request, and the event says so.
      const res = await t.gql<{ requestWithdrawal: Result }>(
        FORFEIT,
        { asset: 'USD', amount: '5000', key, forfeit: true },
        p.token,
      );
      expect(res.errors).toBeUndefined();
      const withdrawal = res.data!.requestWithdrawal.withdrawal!;
      expect(res.data!.requestWithdrawal).toMatchObject({ ok: true, withdrawal: { status: 'PROCESSING' } });
      const bonus = await t.call('balances', { tenantId: p.tenantId, playerId: p.playerId, asset: 'USD' });
      expect(bonus.body.balances).toContainEqual({
        accountType: 'PLAYER_BONUS',
        asset: 'USD',
        balance: '0',
        available: '0',
      });
      const forfeit = await t.db.query(
        `select kind, reference from wallet.transfer where tenant_id = $1 and idempotency_key = $2`,
        [p.tenantId, `withdrawal-forfeit:${withdrawal.id}`],
      );
      expect(forfeit.rows).toEqual([{ kind: 'BONUS_FORFEIT', reference: withdrawal.id }]);
      expect(await requested(p.tenantId)).toEqual([
        {
          playerId: p.playerId,
          withdrawalId: withdrawal.id,
          asset: 'USD',
          amount: '5000',
          bonusForfeited: '1500',
          requestedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      ]);
      // A replay answers the first result and forfeits nothing more.
      const replay = await t.gql<{ requestWithdrawal: Result }>(
        FORFEIT,
        { asset: 'USD', amount: '5000', key, forfeit: true },
        p.token,
      );
      expect(replay.data!.requestWithdrawal.withdrawal!.id).toBe(withdrawal.id);
      expect(await requested(p.tenantId)).toHaveLength(1);
      await expect
        .poll(
          async () =>
            (
              await t.db.query(
                `select 1 from ${BUS_EVENTS} where j.name = 'bonus.withdrawal-requested' and e->>'withdrawalId' = $1`,
                [withdrawal.id],
              )
            ).rowCount,
          { timeout: 10_000 },
        )
        .toBe(1);
      expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
    });

    it('a player without bonus money needs no confirmation; the event says nothing was forfeited', async () => {
      const p = await funded('20000');
      const result = await request(p.token, '3000');
      expect(result.ok).toBe(true);
      expect(await requested(p.tenantId)).toEqual([
        expect.objectContaining({ withdrawalId: result.withdrawal!.id, amount: '3000', bonusForfeited: '0' }),
      ]);
    });

    it('a refused withdrawal (insufficient funds) forfeits nothing and emits no event, even when confirmed', async () => {
      const p = await withBonus('1000', '800');
      const res = await t.gql<{ requestWithdrawal: Result }>(
        FORFEIT,
        { asset: 'USD', amount: '5000', key: randomUUID(), forfeit: true },
        p.token,
      );
      expect(res.data!.requestWithdrawal).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS' });
      expect(await requested(p.tenantId)).toEqual([]);
      expect((await snapshot(p.tenantId))!.accounts).toBe('PLAYER_BONUS=800/0,PLAYER_CASH=1000/0');
    });
  });
});
