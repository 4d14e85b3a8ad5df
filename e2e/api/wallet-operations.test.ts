import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, signInOperator } from './support/actors.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

/** What a game or the bonus service does: move money through the wallet's internal API. */
async function grant(tenantId: string, playerId: string, amount: string) {
  const res = await platform.walletCall(`grant`, {
    tenantId,
    playerId,
    asset: 'EUR',
    amount,
    idempotencyKey: `grant-${randomUUID()}`,
  });
  expect(res.status).toBe(200);
}

/** One GraphQL call that must succeed. */
async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await platform.gql<T>(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const WITHDRAW = `mutation($amount: Money!, $key: String!) { requestWithdrawal(asset: "EUR", amount: $amount, idempotencyKey: $key) { ok code withdrawal { id status } } }`;
const APPROVE_W = `mutation($id: ID!, $key: String!) { approveWithdrawal(id: $id, idempotencyKey: $key) { ok code withdrawal { id status approvedBy } } }`;
const REJECT_W = `mutation($id: ID!, $key: String!) { rejectWithdrawal(id: $id, reason: "Not yours", idempotencyKey: $key) { ok code } }`;
const CANCEL_W = `mutation($id: ID!, $key: String!) { cancelWithdrawal(id: $id, idempotencyKey: $key) { ok code withdrawal { status } } }`;
const MY_PAYMENTS = `{
  myDeposits(first: 10) { edges { node { id status amount } } }
  myWithdrawals(first: 10) { edges { node { id status amount } } }
}`;
const QUEUE = '{ withdrawalApprovalQueue(first: 50) { edges { node { id player { id displayName } } } } }';
const SEARCH =
  'query($search: String) { players(search: $search, first: 10) { edges { node { id displayName email } } } }';
const PLAYER = `query($id: ID!, $filter: WalletTransactionFilter) {
  player(id: $id) { id displayName wallets { asset { code } balance available held } transactions(first: 10, filter: $filter) { edges { node { kind amount } } } }
}`;
const REQUEST_ADJ = `mutation($playerId: ID!, $amount: Money!, $key: String!) {
  requestAdjustment(playerId: $playerId, asset: "EUR", amount: $amount, reason: "Goodwill for an outage", idempotencyKey: $key) { ok code adjustment { id status requestedBy } }
}`;
const APPROVE_ADJ = `mutation($id: ID!, $key: String!) { approveAdjustment(id: $id, idempotencyKey: $key) { ok code message adjustment { id status } } }`;
const ADJUSTMENTS = '{ adjustments(first: 50) { edges { node { id status player { id displayName } } } } }';
const RUNS =
  '{ reconciliationRuns(first: 5) { edges { node { id status findings { kind message } } } pageInfo { hasNextPage } } reconciliationOverview { hasDiscrepancies } }';

type Withdrawal = {
  ok: boolean;
  code: string | null;
  withdrawal: { id: string; status: string; approvedBy?: string[] } | null;
};

describe('wallet operations through the gateway', () => {
  it('a player follows their deposits and withdrawals; two operators approve; the queue names the player', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    const token = player.session.accessToken;
    await grant(tenant.id, player.playerId, '500000');
    const deposit = await ok<{ startDeposit: { id: string } }>(
      'mutation { startDeposit(asset: "EUR", amount: "2500", idempotencyKey: "dep-1") { id } }',
      {},
      token,
    );
    const big = (await ok<{ requestWithdrawal: Withdrawal }>(WITHDRAW, { amount: '150000', key: 'w-big' }, token))
      .requestWithdrawal.withdrawal!;
    const small = (await ok<{ requestWithdrawal: Withdrawal }>(WITHDRAW, { amount: '100', key: 'w-small' }, token))
      .requestWithdrawal.withdrawal!;

    const mine = await ok<{
      myDeposits: { edges: { node: { id: string; status: string } }[] };
      myWithdrawals: { edges: { node: { id: string; status: string } }[] };
    }>(MY_PAYMENTS, {}, token);
    expect(mine.myDeposits.edges.map((e) => e.node)).toEqual([
      { id: deposit.startDeposit.id, status: 'PENDING', amount: '2500' },
    ]);
    expect(mine.myWithdrawals.edges.map((e) => e.node.id)).toEqual([small.id, big.id]);

    const alice = await signInOperator(platform, tenant.id, 'FINANCE');
    const bob = await signInOperator(platform, tenant.id, 'OWNER');
    // EUR is not the wallet's main currency here (USD by default): every EUR payout needs two approvals.
    const queue = await ok<{
      withdrawalApprovalQueue: { edges: { node: { id: string; player: { id: string; displayName: string } } }[] };
    }>(QUEUE, {}, alice.session.accessToken);
    expect(queue.withdrawalApprovalQueue.edges.map((e) => e.node)).toEqual([
      { id: big.id, player: { id: player.playerId, displayName: 'Test Player' } },
      { id: small.id, player: { id: player.playerId, displayName: 'Test Player' } },
    ]);
    expect(
      (await ok<{ cancelWithdrawal: Withdrawal }>(CANCEL_W, { id: small.id, key: 'c-1' }, token)).cancelWithdrawal,
    ).toMatchObject({ ok: true, withdrawal: { status: 'CANCELLED' } });

    const first = (
      await ok<{ approveWithdrawal: Withdrawal }>(APPROVE_W, { id: big.id, key: 'a-1' }, alice.session.accessToken)
    ).approveWithdrawal;
    expect(first).toMatchObject({ ok: true, withdrawal: { status: 'PENDING_APPROVAL' } });
    // The same key replays the first answer; the same operator with a new key is refused (four eyes).
    expect(
      (await ok<{ approveWithdrawal: Withdrawal }>(APPROVE_W, { id: big.id, key: 'a-1' }, alice.session.accessToken))
        .approveWithdrawal,
    ).toEqual(first);
    expect(
      (await ok<{ approveWithdrawal: Withdrawal }>(APPROVE_W, { id: big.id, key: 'a-2' }, alice.session.accessToken))
        .approveWithdrawal,
    ).toMatchObject({ ok: false, code: 'ALREADY_APPROVED' });
    expect(
      (await ok<{ approveWithdrawal: Withdrawal }>(APPROVE_W, { id: big.id, key: 'b-1' }, bob.session.accessToken))
        .approveWithdrawal,
    ).toMatchObject({ ok: true, withdrawal: { status: 'PROCESSING' } });
    // The sandbox pays out after its delay (3 s by default).
    await expect
      .poll(
        async () =>
          (
            await ok<{ myWithdrawals: { edges: { node: { id: string; status: string } }[] } }>(MY_PAYMENTS, {}, token)
          ).myWithdrawals.edges.map((e) => e.node.status),
        { timeout: 15_000 },
      )
      .toEqual(['CANCELLED', 'PAID']);
  });

  it('an operator finds a player, reads their ledger, requests an adjustment; another approves; the balance changes', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    await grant(tenant.id, player.playerId, '1000');
    const finance = await signInOperator(platform, tenant.id, 'FINANCE');
    const owner = await signInOperator(platform, tenant.id, 'OWNER');

    const found = await ok<{ players: { edges: { node: { id: string; email: string } }[] } }>(
      SEARCH,
      { search: player.email.slice(0, 10) },
      finance.session.accessToken,
    );
    expect(found.players.edges.map((e) => e.node)).toEqual([
      { id: player.playerId, displayName: 'Test Player', email: player.email },
    ]);
    const before = await ok<{ player: { wallets: unknown[]; transactions: { edges: { node: unknown }[] } } }>(
      PLAYER,
      { id: player.playerId },
      finance.session.accessToken,
    );
    expect(before.player.wallets).toEqual([{ asset: { code: 'EUR' }, balance: '1000', available: '1000', held: '0' }]);
    expect(before.player.transactions.edges.map((e) => e.node)).toEqual([{ kind: 'GRANT', amount: '1000' }]);

    const requested = (
      await ok<{ requestAdjustment: { ok: boolean; adjustment: { id: string; status: string } } }>(
        REQUEST_ADJ,
        { playerId: player.playerId, amount: '-400', key: 'adj-1' },
        finance.session.accessToken,
      )
    ).requestAdjustment;
    expect(requested).toMatchObject({ ok: true, adjustment: { status: 'PENDING', requestedBy: finance.id } });
    const id = requested.adjustment.id;
    expect(
      (await ok<{ approveAdjustment: { code: string } }>(APPROVE_ADJ, { id, key: 'self' }, finance.session.accessToken))
        .approveAdjustment.code,
    ).toBe('SAME_OPERATOR');
    const approved = (
      await ok<{ approveAdjustment: unknown }>(APPROVE_ADJ, { id, key: 'owner-1' }, owner.session.accessToken)
    ).approveAdjustment;
    expect(approved).toMatchObject({ ok: true, adjustment: { status: 'APPROVED' } });
    expect(
      (await ok<{ approveAdjustment: unknown }>(APPROVE_ADJ, { id, key: 'owner-1' }, owner.session.accessToken))
        .approveAdjustment,
    ).toEqual(approved);
    expect(
      errorCode(
        await platform.gql(APPROVE_ADJ, { id: randomUUID(), key: 'owner-1' }, { token: owner.session.accessToken }),
      ),
    ).toBe('IDEMPOTENCY_KEY_REUSED');

    const after = await ok<{
      player: { wallets: { balance: string }[]; transactions: { edges: { node: unknown }[] } };
    }>(PLAYER, { id: player.playerId, filter: { kinds: ['ADJUSTMENT'] } }, finance.session.accessToken);
    expect(after.player.wallets[0]!.balance).toBe('600');
    expect(after.player.transactions.edges.map((e) => e.node)).toEqual([{ kind: 'ADJUSTMENT', amount: '-400' }]);
    const me = await ok<{ myWallets: { balance: string }[] }>(
      '{ myWallets { balance } }',
      {},
      player.session.accessToken,
    );
    expect(me.myWallets[0]!.balance).toBe('600');

    const run = await ok<{ runReconciliation: { status: string } }>(
      'mutation { runReconciliation { status } }',
      {},
      owner.session.accessToken,
    );
    expect(run.runReconciliation.status).toBe('BALANCED');
    const runs = await ok<{
      reconciliationRuns: { edges: { node: { status: string } }[] };
      reconciliationOverview: { hasDiscrepancies: boolean };
    }>(RUNS, {}, finance.session.accessToken);
    expect(runs.reconciliationRuns.edges.map((e) => e.node.status)).toEqual(['BALANCED']);
    expect(runs.reconciliationOverview.hasDiscrepancies).toBe(false);
  });

  it('another tenant’s ids give nothing: no player, no ledger, no withdrawal, no adjustment, no runs', async () => {
    const home = await newTenant(platform);
    const away = await newTenant(platform);
    const player = await registerPlayer(platform, home.slug);
    await grant(home.id, player.playerId, '500000');
    const withdrawal = (
      await ok<{ requestWithdrawal: Withdrawal }>(
        WITHDRAW,
        { amount: '150000', key: 'w-1' },
        player.session.accessToken,
      )
    ).requestWithdrawal.withdrawal!;
    const homeFinance = await signInOperator(platform, home.id, 'FINANCE');
    const adjustment = (
      await ok<{ requestAdjustment: { adjustment: { id: string } } }>(
        REQUEST_ADJ,
        { playerId: player.playerId, amount: '100', key: 'adj-1' },
        homeFinance.session.accessToken,
      )
    ).requestAdjustment.adjustment.id;
    await ok('mutation { runReconciliation { id } }', {}, homeFinance.session.accessToken);

    const intruder = (await signInOperator(platform, away.id, 'OWNER')).session.accessToken;
    expect(
      (await ok<{ players: { edges: unknown[] } }>(SEARCH, { search: player.email }, intruder)).players.edges,
    ).toEqual([]);
    expect(
      (await ok<{ players: { edges: unknown[] } }>(SEARCH, { search: player.playerId }, intruder)).players.edges,
    ).toEqual([]);
    expect((await ok<{ player: unknown }>(PLAYER, { id: player.playerId }, intruder)).player).toBeNull();
    expect(
      (await ok<{ withdrawalApprovalQueue: { edges: unknown[] } }>(QUEUE, {}, intruder)).withdrawalApprovalQueue.edges,
    ).toEqual([]);
    expect((await ok<{ adjustments: { edges: unknown[] } }>(ADJUSTMENTS, {}, intruder)).adjustments.edges).toEqual([]);
    expect(
      (await ok<{ reconciliationRuns: { edges: unknown[] } }>(RUNS, {}, intruder)).reconciliationRuns.edges,
    ).toEqual([]);
    expect(errorCode(await platform.gql(APPROVE_W, { id: withdrawal.id, key: 'x-1' }, { token: intruder }))).toBe(
      'WITHDRAWAL_NOT_FOUND',
    );
    expect(errorCode(await platform.gql(REJECT_W, { id: withdrawal.id, key: 'x-2' }, { token: intruder }))).toBe(
      'WITHDRAWAL_NOT_FOUND',
    );
    expect(errorCode(await platform.gql(APPROVE_ADJ, { id: adjustment, key: 'x-3' }, { token: intruder }))).toBe(
      'ADJUSTMENT_NOT_FOUND',
    );
    expect(
      errorCode(
        await platform.gql(REQUEST_ADJ, { playerId: player.playerId, amount: '100', key: 'x-4' }, { token: intruder }),
      ),
    ).toBe('PLAYER_TENANT_MISMATCH');

    // A player of the other tenant cannot cancel or see this player's withdrawal.
    const stranger = await registerPlayer(platform, away.slug);
    expect(
      errorCode(
        await platform.gql(CANCEL_W, { id: withdrawal.id, key: 'x-5' }, { token: stranger.session.accessToken }),
      ),
    ).toBe('WITHDRAWAL_NOT_FOUND');
    const theirs = await ok<{ myWithdrawals: { edges: unknown[] }; myDeposits: { edges: unknown[] } }>(
      MY_PAYMENTS,
      {},
      stranger.session.accessToken,
    );
    expect(theirs).toEqual({ myDeposits: { edges: [] }, myWithdrawals: { edges: [] } });

    // Nothing moved: the withdrawal still waits, the adjustment too, the balance is intact.
    const queue = await ok<{ withdrawalApprovalQueue: { edges: { node: { id: string } }[] } }>(
      QUEUE,
      {},
      homeFinance.session.accessToken,
    );
    expect(queue.withdrawalApprovalQueue.edges.map((e) => e.node.id)).toEqual([withdrawal.id]);
    const adjustments = await ok<{ adjustments: { edges: { node: { id: string; status: string } }[] } }>(
      ADJUSTMENTS,
      {},
      homeFinance.session.accessToken,
    );
    expect(adjustments.adjustments.edges.map((e) => e.node)).toMatchObject([{ id: adjustment, status: 'PENDING' }]);
    const wallet = await ok<{ myWallets: unknown[] }>(
      '{ myWallets { balance available held } }',
      {},
      player.session.accessToken,
    );
    expect(wallet.myWallets).toEqual([{ balance: '500000', available: '350000', held: '150000' }]);
    // The player themselves may cancel it.
    expect(
      (
        await ok<{ cancelWithdrawal: unknown }>(
          CANCEL_W,
          { id: withdrawal.id, key: 'mine-1' },
          player.session.accessToken,
        )
      ).cancelWithdrawal,
    ).toEqual({ ok: true, code: null, withdrawal: { status: 'CANCELLED' } });
  });
});
