import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const RUN_FIELDS =
  'id status accountsChecked transfersChecked findings { kind asset accountId transferId observed expected message } startedAt finishedAt';
const RUN = `mutation { runReconciliation { ${RUN_FIELDS} } }`;
const RUNS = `query($first: Int, $after: String) { reconciliationRuns(first: $first, after: $after) { edges { node { ${RUN_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
type Runs = {
  reconciliationRuns: { edges: { node: Run }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};
const runs = async (token: string, variables: Record<string, unknown> = {}) => {
  const res = await t.gql<Runs>(RUNS, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!.reconciliationRuns;
};
const OVERVIEW = '{ reconciliationOverview { hasDiscrepancies openAlerts latestRun { id } } }';
interface Run {
  id: string;
  status: string;
  accountsChecked: number;
  findings: { kind: string; accountId: string | null; observed: string | null; expected: string | null }[];
}
const run = async (token: string) => {
  const res = await t.gql<{ runReconciliation: Run }>(RUN, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data!.runReconciliation;
};

describe('reconciliation for operators', () => {
  it('a corrupted cached balance shows up as a discrepancy in the run, the run list and the alert', async () => {
    const tenantId = randomUUID();
    const playerId = randomUUID();
    expect(
      (await t.call('grant', { tenantId, playerId, asset: 'USD', amount: '5000', idempotencyKey: `seed-${playerId}` }))
        .status,
    ).toBe(200);
    const admin = await t.operatorToken(tenantId, 'ADMIN');
    expect(
      (await t.gql<{ reconciliationOverview: unknown }>(OVERVIEW, {}, admin)).data?.reconciliationOverview,
    ).toEqual({ hasDiscrepancies: false, openAlerts: 0, latestRun: null });
    const clean = await run(admin);
    expect(clean).toMatchObject({ status: 'BALANCED', findings: [] });
    expect(clean.accountsChecked).toBeGreaterThanOrEqual(2);

    // The superuser bypasses every guard the runtime role has: this is the corruption to catch.
    const account = await t.db.query(
      `update wallet.account set balance = balance + 7 where tenant_id = $1 and holder = $2 returning id`,
      [tenantId, playerId],
    );
    const accountId = account.rows[0]!.id as string;
    const found = await run(await t.operatorToken(tenantId, 'FINANCE'));
    expect(found.status).toBe('DISCREPANCY');
    expect(found.findings).toContainEqual(
      expect.objectContaining({ kind: 'BALANCE_MISMATCH', accountId, observed: '5007', expected: '5000' }),
    );

    const listed = await runs(await t.operatorToken(tenantId, 'OWNER'), { first: 10 });
    expect(listed.edges.map((e) => e.node.id)).toEqual([found.id, clean.id]);
    expect(listed.edges[0]!.node.findings).toEqual(found.findings);
    const page1 = await runs(admin, { first: 1 });
    expect(page1.edges.map((e) => e.node.id)).toEqual([found.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await runs(admin, { first: 1, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e) => e.node.id)).toEqual([clean.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(
      (await t.gql<{ reconciliationOverview: unknown }>(OVERVIEW, {}, admin)).data?.reconciliationOverview,
    ).toEqual({
      hasDiscrepancies: true,
      openAlerts: found.findings.length,
      latestRun: { id: found.id },
    });

    // Another tenant sees none of it; SUPPORT and players may not look.
    expect((await runs(await t.operatorToken(randomUUID(), 'FINANCE'))).edges).toEqual([]);
    const support = await t.operatorToken(tenantId, 'SUPPORT');
    expect(errorCode(await t.gql(RUN, {}, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(RUNS, {}, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OVERVIEW, {}, await t.playerToken(tenantId, playerId)))).toBe('FORBIDDEN');
  });

  it('proves provider clearing against the provider’s own records: a payout the ledger never booked is found, and cleared once recovered', async () => {
    const tenantId = randomUUID();
    const player = await t.playerToken(tenantId, randomUUID());
    const finance = await t.operatorToken(tenantId, 'FINANCE');
    // Money in through the provider, and out.
    const started = await t.gql<{ startDeposit: { id: string; checkoutUrl: string } }>(
      'mutation($key: String!) { startDeposit(asset: "USD", amount: "5000", idempotencyKey: $key) { id checkoutUrl } }',
      { key: randomUUID() },
      player,
    );
    await fetch(started.data!.startDeposit.checkoutUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=pay',
    });
    const status = async (query: string) =>
      ((await t.gql<Record<string, { status: string }>>(query, {}, player)).data ?? {})[
        query.includes('myDeposit') ? 'myDeposit' : 'myWithdrawal'
      ]?.status;
    await expect
      .poll(() => status(`{ myDeposit(id: "${started.data!.startDeposit.id}") { status } }`))
      .toBe('SUCCEEDED');
    const withdraw = async (amount: string) =>
      (
        await t.gql<{ requestWithdrawal: { withdrawal: { id: string } } }>(
          'mutation($a: Money!, $k: String!) { requestWithdrawal(asset: "USD", amount: $a, idempotencyKey: $k) { withdrawal { id } } }',
          { a: amount, k: randomUUID() },
          player,
        )
      ).data!.requestWithdrawal.withdrawal.id;
    const paid = await withdraw('1000');
    await expect.poll(() => status(`{ myWithdrawal(id: "${paid}") { status } }`)).toBe('PAID');
    expect(await run(finance)).toMatchObject({ status: 'BALANCED', findings: [] });

    // A payout the provider makes but whose webhook is lost (amounts ending in 17).
    const lost = await withdraw('1017');
    await expect
      .poll(
        async () =>
          (await t.db.query(`select status from wallet.sandbox_payment where merchant_reference = $1`, [lost])).rows[0]
            ?.status,
      )
      .toBe('SUCCEEDED');
    // Just settled, it may be on its way: in transit, not a discrepancy.
    expect(await run(finance)).toMatchObject({ status: 'BALANCED', findings: [] });
    // An hour later it is still not booked: a discrepancy, in plain words.
    await t.db.query(
      `update wallet.sandbox_payment set updated_at = now() - interval '1 hour' where merchant_reference = $1`,
      [lost],
    );
    const found = await run(finance);
    expect(found.status).toBe('DISCREPANCY');
    expect(found.findings).toEqual([
      expect.objectContaining({
        kind: 'PROVIDER_CLEARING_MISMATCH',
        asset: 'USD',
        observed: '-4000',
        expected: '-2983',
        message:
          'Money in transit with the payment provider does not match its records in USD: our books hold -40.00 USD, the provider’s settled payments and payouts say -29.83 USD. Difference: -10.17 USD.',
      }),
    ]);
    expect(
      (await t.gql<{ reconciliationOverview: { hasDiscrepancies: boolean } }>(OVERVIEW, {}, finance)).data
        ?.reconciliationOverview.hasDiscrepancies,
    ).toBe(true);
    // Another tenant's books are not affected by this one's provider records.
    const stranger = randomUUID();
    expect(
      (
        await t.call('grant', {
          tenantId: stranger,
          playerId: randomUUID(),
          asset: 'USD',
          amount: '1',
          idempotencyKey: `s-${stranger}`,
        })
      ).status,
    ).toBe(200);
    expect(await run(await t.operatorToken(stranger, 'FINANCE'))).toMatchObject({ status: 'BALANCED' });

    // The payout sweep asks the provider again; its verdict is booked; the next run is clean.
    await t.db.query(`update wallet.withdrawal set payout_requested_at = now() - interval '1 hour' where id = $1`, [
      lost,
    ]);
    expect((await t.wallet.services.payoutSweep.sweep()).redriven).toContain(lost);
    await expect.poll(() => status(`{ myWithdrawal(id: "${lost}") { status } }`)).toBe('PAID');
    expect(await run(finance)).toMatchObject({ status: 'BALANCED', findings: [] });
  });
});
