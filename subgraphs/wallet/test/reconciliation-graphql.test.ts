import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const RUN_FIELDS = 'id status accountsChecked transfersChecked findings { kind asset accountId transferId observed expected message } startedAt finishedAt';
const RUN = `mutation { runReconciliation { ${RUN_FIELDS} } }`;
const RUNS = `query($first: Int) { reconciliationRuns(first: $first) { ${RUN_FIELDS} } }`;
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
    expect((await t.call('grant', { tenantId, playerId, asset: 'USD', amount: '5000', idempotencyKey: `seed-${playerId}` })).status).toBe(200);
    const admin = await t.operatorToken(tenantId, 'ADMIN');
    expect((await t.gql<{ reconciliationOverview: unknown }>(OVERVIEW, {}, admin)).data?.reconciliationOverview).toEqual({ hasDiscrepancies: false, openAlerts: 0, latestRun: null });
    const clean = await run(admin);
    expect(clean).toMatchObject({ status: 'BALANCED', findings: [] });
    expect(clean.accountsChecked).toBeGreaterThanOrEqual(2);

    // The superuser bypasses every guard the runtime role has: this is the corruption to catch.
    const account = await t.db.query(`update wallet.account set balance = balance + 7 where tenant_id = $1 and holder = $2 returning id`, [tenantId, playerId]);
    const accountId = account.rows[0]!.id as string;
    const found = await run(await t.operatorToken(tenantId, 'FINANCE'));
    expect(found.status).toBe('DISCREPANCY');
    expect(found.findings).toContainEqual(expect.objectContaining({ kind: 'BALANCE_MISMATCH', accountId, observed: '5007', expected: '5000' }));

    const runs = (await t.gql<{ reconciliationRuns: Run[] }>(RUNS, { first: 10 }, await t.operatorToken(tenantId, 'OWNER'))).data!.reconciliationRuns;
    expect(runs.map((r) => r.id)).toEqual([found.id, clean.id]);
    expect(runs[0]!.findings).toEqual(found.findings);
    expect((await t.gql<{ reconciliationRuns: Run[] }>(RUNS, { first: 1 }, admin)).data!.reconciliationRuns.map((r) => r.id)).toEqual([found.id]);
    expect((await t.gql<{ reconciliationOverview: unknown }>(OVERVIEW, {}, admin)).data?.reconciliationOverview).toEqual({
      hasDiscrepancies: true,
      openAlerts: found.findings.length,
      latestRun: { id: found.id },
    });

    // Another tenant sees none of it; SUPPORT and players may not look.
    expect((await t.gql<{ reconciliationRuns: Run[] }>(RUNS, {}, await t.operatorToken(randomUUID(), 'FINANCE'))).data!.reconciliationRuns).toEqual([]);
    const support = await t.operatorToken(tenantId, 'SUPPORT');
    expect(errorCode(await t.gql(RUN, {}, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(RUNS, {}, support))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OVERVIEW, {}, await t.playerToken(tenantId, playerId)))).toBe('FORBIDDEN');
  });
});
