import { ledgerInvariants } from '@casinox/testkit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_DELAY_MS, startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const REQUEST = `mutation($amount: Money!, $key: String!) { requestWithdrawal(asset: "USD", amount: $amount, idempotencyKey: $key) { ok withdrawal { id status } } }`;
const APPROVE = `mutation($id: ID!, $key: String!) { approveWithdrawal(id: $id, idempotencyKey: $key) { ok withdrawal { status } } }`;

async function funded(amount: string) {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  expect(
    (await t.call('grant', { tenantId, playerId, asset: 'USD', amount, idempotencyKey: `seed-${playerId}` })).status,
  ).toBe(200);
  return { tenantId, playerId, token: await t.playerToken(tenantId, playerId) };
}
async function withdraw(token: string, amount: string): Promise<{ id: string; status: string }> {
  const res = await t.gql<{ requestWithdrawal: { ok: boolean; withdrawal: { id: string; status: string } } }>(
    REQUEST,
    { amount, key: randomUUID() },
    token,
  );
  expect(res.data?.requestWithdrawal.ok).toBe(true);
  return res.data!.requestWithdrawal.withdrawal;
}
const status = async (token: string, id: string) =>
  (
    await t.gql<{ myWithdrawal: { status: string } }>(
      'query($id: ID!) { myWithdrawal(id: $id) { status } }',
      { id },
      token,
    )
  ).data?.myWithdrawal.status;
const row = async (id: string) =>
  (
    await t.db.query<{ payout_attempts: number; provider: number; posts: number }>(
      `select w.payout_attempts,
            (select count(*)::int from wallet.sandbox_payment s where s.kind = 'PAYOUT' and s.merchant_reference = w.id::text) as provider,
            (select count(*)::int from wallet.transfer t where t.tenant_id = w.tenant_id and t.kind = 'HOLD_POST' and t.reference = w.hold_id::text) as posts
       from wallet.withdrawal w where w.id = $1`,
      [id],
    )
  ).rows[0]!;
/** As the superuser: pretend the last payout request was an hour ago. */
const age = (id: string) =>
  t.db.query(
    `update wallet.withdrawal set payout_requested_at = now() - interval '1 hour', updated_at = now() - interval '1 hour' where id = $1`,
    [id],
  );
const sweep = (options: { signal?: AbortSignal; batchSize?: number } = {}) =>
  t.wallet.services.payoutSweep.sweep(options);

describe('the stuck payout sweep', () => {
  it('re-drives a payout whose webhook was lost; two concurrent sweeps pay it once', async () => {
    const p = await funded('20000');
    const w = await withdraw(p.token, '5017');
    expect(w.status).toBe('PROCESSING');
    // The provider pays, but its verdict never arrives: the withdrawal stays PROCESSING, the money held.
    await expect
      .poll(
        async () =>
          (await t.db.query(`select status from wallet.sandbox_payment where merchant_reference = $1`, [w.id])).rows[0]
            ?.status,
      )
      .toBe('SUCCEEDED');
    await new Promise((resolve) => setTimeout(resolve, SANDBOX_DELAY_MS));
    expect(await status(p.token, w.id)).toBe('PROCESSING');
    // Not stuck yet: a recent request is given time.
    expect((await sweep()).redriven).not.toContain(w.id);

    await age(w.id);
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect([...a.redriven, ...b.redriven].filter((id) => id === w.id)).toHaveLength(1);
    await expect.poll(() => status(p.token, w.id)).toBe('PAID');
    expect(await row(w.id)).toEqual({ payout_attempts: 2, provider: 1, posts: 1 });
    const wallet = await t.gql<{ myWallets: { balance: string; held: string }[] }>(
      '{ myWallets { balance held } }',
      {},
      p.token,
    );
    expect(wallet.data?.myWallets).toEqual([{ balance: '14983', held: '0' }]);
    // Paid: the next sweeps leave it alone.
    await age(w.id);
    expect((await sweep()).redriven).not.toContain(w.id);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('asks for a payout the provider never received (it was down at approval); the player never saw an error', async () => {
    const p = await funded('500000');
    const w = await withdraw(p.token, '150000');
    const provider = t.wallet.provider;
    const original = provider.createPayout.bind(provider);
    provider.createPayout = () => Promise.reject(new Error('connection refused (test: the provider is down)'));
    try {
      await t.gql(APPROVE, { id: w.id, key: randomUUID() }, await t.operatorToken(p.tenantId, 'FINANCE'));
      const second = await t.gql<{ approveWithdrawal: { ok: boolean; withdrawal: { status: string } } }>(
        APPROVE,
        { id: w.id, key: randomUUID() },
        await t.operatorToken(p.tenantId, 'OWNER'),
      );
      expect(second.errors).toBeUndefined();
      expect(second.data?.approveWithdrawal).toEqual({ ok: true, withdrawal: { status: 'PROCESSING' } });
    } finally {
      provider.createPayout = original;
    }
    expect(await row(w.id)).toEqual({ payout_attempts: 0, provider: 0, posts: 0 });
    await age(w.id);
    expect((await sweep()).redriven).toContain(w.id);
    await expect.poll(() => status(p.token, w.id)).toBe('PAID');
    expect(await row(w.id)).toEqual({ payout_attempts: 1, provider: 1, posts: 1 });
  });

  it('is bounded and stops when shut down', async () => {
    const p = await funded('100000');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await withdraw(p.token, '1017')).id);
    await expect
      .poll(
        async () =>
          (
            await t.db.query(
              `select count(*)::int as n from wallet.sandbox_payment where merchant_reference = any($1) and status = 'SUCCEEDED'`,
              [ids],
            )
          ).rows[0]!.n,
      )
      .toBe(3);
    for (const id of ids) await age(id);
    // Aborted (shutting down): nothing is touched.
    expect(await sweep({ signal: AbortSignal.abort() })).toEqual({ redriven: [] });
    // A batch of two leaves the third for the next sweep.
    const first = await sweep({ batchSize: 2 });
    expect(first.redriven).toHaveLength(2);
    const second = await sweep({ batchSize: 2 });
    expect([...first.redriven, ...second.redriven].filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    for (const id of ids) await expect.poll(() => status(p.token, id)).toBe('PAID');
  });
});
