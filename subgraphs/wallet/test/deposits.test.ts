import { randomUUID } from 'node:crypto';
import { BUS_EVENTS, errorCode, ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, signWebhook } from '../src/payments/webhook-signature.js';
import { PLAYER_APP_URL, SANDBOX_DELAY_MS, startTestWallet, TEST_SECRETS, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const START = `mutation($asset: String!, $amount: Money!, $key: String!) {
  startDeposit(asset: $asset, amount: $amount, idempotencyKey: $key) { id status amount checkoutUrl asset { code } }
}`;
const DEPOSIT = 'query($id: ID!) { myDeposit(id: $id) { id status failureReason } }';
type Started = {
  startDeposit: { id: string; status: string; amount: string; checkoutUrl: string; asset: { code: string } };
};

async function newPlayer() {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  return { tenantId, playerId, token: await t.playerToken(tenantId, playerId) };
}

async function start(token: string, amount = '5000', key: string = randomUUID(), asset = 'USD') {
  const res = await t.gql<Started>(START, { asset, amount, key }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.startDeposit;
}

/** What the player does on the hosted checkout page. */
async function checkout(url: string, action: 'pay' | 'decline', delivery = 'normal') {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action, delivery }).toString(),
  });
}

const status = async (token: string, id: string) =>
  (await t.gql<{ myDeposit: { status: string } }>(DEPOSIT, { id }, token)).data?.myDeposit.status;
const balance = async (token: string) =>
  (await t.gql<{ myWallets: { balance: string }[] }>('{ myWallets { balance } }', {}, token)).data?.myWallets[0]
    ?.balance ?? '0';
const deposits = async (tenantId: string) =>
  Number(
    (
      await t.db.query(`select count(*)::int as n from wallet.transfer where tenant_id = $1 and kind = 'DEPOSIT'`, [
        tenantId,
      ])
    ).rows[0]!.n,
  );

describe('deposits through the sandbox provider', () => {
  it('starts PENDING with a checkout page; paying credits the player once; the key replays', async () => {
    const p = await newPlayer();
    const key = `dep-${randomUUID()}`;
    const deposit = await start(p.token, '5000', key);
    expect(deposit).toMatchObject({ status: 'PENDING', amount: '5000', asset: { code: 'USD' } });
    expect(deposit.checkoutUrl).toMatch(/\/sandbox\/checkout\/pay_[0-9a-f]{32}$/);

    const page = await fetch(deposit.checkoutUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('50.00 USD');
    expect(html).toMatch(/<button[^>]*value="pay"[^>]*>Pay<\/button>/);
    expect(html).toMatch(/<button[^>]*value="decline"[^>]*>Decline<\/button>/);

    expect((await start(p.token, '5000', key)).id).toBe(deposit.id);
    expect(errorCode(await t.gql(START, { asset: 'USD', amount: '5001', key }, p.token))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );

    expect((await checkout(deposit.checkoutUrl, 'pay')).status).toBe(200);
    await expect.poll(() => status(p.token, deposit.id)).toBe('SUCCEEDED');
    expect(await balance(p.token)).toBe('5000');
    // Paying again is refused by the provider: the payment is no longer open.
    expect((await checkout(deposit.checkoutUrl, 'pay')).status).toBe(409);
    expect(await deposits(p.tenantId)).toBe(1);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it.each(['duplicated', 'out-of-order'])('a %s webhook delivery credits exactly once', async (delivery) => {
    const p = await newPlayer();
    const deposit = await start(p.token, '1234');
    await checkout(deposit.checkoutUrl, 'pay', delivery);
    await expect.poll(() => status(p.token, deposit.id)).toBe('SUCCEEDED');
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the second delivery land
    expect(await balance(p.token)).toBe('1234');
    expect(await deposits(p.tenantId)).toBe(1);
  });

  it('a delayed webhook leaves the deposit pending until it arrives', async () => {
    const p = await newPlayer();
    const deposit = await start(p.token, '700');
    await checkout(deposit.checkoutUrl, 'pay', 'delayed');
    expect(await status(p.token, deposit.id)).toBe('PENDING');
    await new Promise((resolve) => setTimeout(resolve, SANDBOX_DELAY_MS / 2));
    expect(await status(p.token, deposit.id)).toBe('PENDING');
    await expect.poll(() => status(p.token, deposit.id)).toBe('SUCCEEDED');
    expect(await balance(p.token)).toBe('700');
  });

  it('a declined payment fails the deposit and credits nothing', async () => {
    const p = await newPlayer();
    const deposit = await start(p.token, '900');
    await checkout(deposit.checkoutUrl, 'decline');
    await expect.poll(() => status(p.token, deposit.id)).toBe('FAILED');
    expect(await deposits(p.tenantId)).toBe(0);
  });

  it('a webhook with a bad, missing or stale signature is 401 and changes nothing', async () => {
    const p = await newPlayer();
    const deposit = await start(p.token, '800');
    const paymentId = deposit.checkoutUrl.split('/').pop()!;
    const body = JSON.stringify({
      id: 'evt_forged',
      type: 'payment.succeeded',
      sequence: 2,
      data: {
        id: paymentId,
        kind: 'PAYMENT',
        merchantReference: deposit.id,
        asset: 'USD',
        amount: '800',
        metadata: { tenantId: p.tenantId, playerId: p.playerId },
      },
    });
    const now = Math.floor(Date.now() / 1000);
    const send = (signature: string | null) =>
      fetch(`${new URL(t.wallet.url).origin}/payments/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
        body,
      });
    for (const signature of [
      null,
      signWebhook('not-the-secret-0123456789', body, now),
      signWebhook(TEST_SECRETS.PAYMENT_WEBHOOK_SECRET, body, now - 3600),
      't=1,v1=zz',
    ]) {
      const res = await send(signature);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, code: 'INVALID_SIGNATURE' });
    }
    expect(await status(p.token, deposit.id)).toBe('PENDING');
    expect(await deposits(p.tenantId)).toBe(0);
    // The same body, genuinely signed, is accepted: only the signature was wrong.
    expect((await send(signWebhook(TEST_SECRETS.PAYMENT_WEBHOOK_SECRET, body, now))).status).toBe(200);
    expect(await balance(p.token)).toBe('800');
  });

  it.each([
    ['a negative amount', { asset: 'USD', amount: '-100' }, 'INVALID_AMOUNT'],
    ['zero', { asset: 'USD', amount: '0' }, 'INVALID_AMOUNT'],
    ['a fraction of a minor unit', { asset: 'USD', amount: '10.5' }, 'BAD_USER_INPUT'],
    ['more than 2^63', { asset: 'USD', amount: '9223372036854775808' }, 'BAD_USER_INPUT'],
    ['a non-number', { asset: 'USD', amount: 'ten' }, 'BAD_USER_INPUT'],
    ['an unknown asset', { asset: 'DOGE', amount: '100' }, 'UNKNOWN_ASSET'],
    ['game credits', { asset: 'CREDITS', amount: '100' }, 'UNKNOWN_ASSET'],
  ])('refuses %s with %s and writes nothing', async (_label, input, code) => {
    const p = await newPlayer();
    expect(errorCode(await t.gql(START, { ...input, key: 'bad-1' }, p.token))).toBe(code);
    const rows = await t.db.query(
      `select (select count(*) from wallet.deposit where tenant_id = $1)::int + (select count(*) from wallet.idempotency_record where tenant_id = $1)::int as n`,
      [p.tenantId],
    );
    expect(rows.rows[0]!.n).toBe(0);
  });

  it('is for players only, and one player cannot read another’s deposit', async () => {
    const p = await newPlayer();
    const deposit = await start(p.token, '100');
    expect(
      errorCode(await t.gql(START, { asset: 'USD', amount: '100', key: 'op-1' }, await t.operatorToken(p.tenantId))),
    ).toBe('FORBIDDEN');
    const other = await t.playerToken(p.tenantId, randomUUID());
    expect((await t.gql<{ myDeposit: unknown }>(DEPOSIT, { id: deposit.id }, other)).data?.myDeposit).toBeNull();
    expect((await t.gql<{ myDeposit: unknown }>(DEPOSIT, { id: 'not-a-uuid' }, p.token)).data?.myDeposit).toBeNull();
  });

  it('the player lists their deposits with status, newest first, page by page; nobody else sees them', async () => {
    const p = await newPlayer();
    const paid = await start(p.token, '1000');
    const declined = await start(p.token, '2000');
    const open = await start(p.token, '3000');
    await checkout(paid.checkoutUrl, 'pay');
    await checkout(declined.checkoutUrl, 'decline');
    const MINE = `query($after: String) { myDeposits(first: 2, after: $after) { edges { node { id status amount } } pageInfo { hasNextPage endCursor } } }`;
    type Mine = {
      myDeposits: {
        edges: { node: { id: string; status: string; amount: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const all = async (token: string) => {
      const first = (await t.gql<Mine>(MINE, {}, token)).data!.myDeposits;
      if (!first.pageInfo.hasNextPage) return first.edges.map((e) => e.node);
      const second = (await t.gql<Mine>(MINE, { after: first.pageInfo.endCursor }, token)).data!.myDeposits;
      expect(second.pageInfo.hasNextPage).toBe(false);
      return [...first.edges, ...second.edges].map((e) => e.node);
    };
    await expect
      .poll(async () => (await all(p.token)).map((d) => `${d.id}:${d.status}`))
      .toEqual([`${open.id}:PENDING`, `${declined.id}:FAILED`, `${paid.id}:SUCCEEDED`]);
    expect(await all(await t.playerToken(p.tenantId, randomUUID()))).toEqual([]);
    expect(await all(await t.playerToken(randomUUID(), p.playerId))).toEqual([]);
    expect(errorCode(await t.gql(MINE, {}, await t.operatorToken(p.tenantId)))).toBe('FORBIDDEN');
  });

  it('with a return URL on the player site, the checkout sends the player back with the outcome (303), and only there', async () => {
    const p = await newPlayer();
    const START_RETURNING = `mutation($amount: Money!, $key: String!, $returnUrl: String) {
      startDeposit(asset: "USD", amount: $amount, idempotencyKey: $key, returnUrl: $returnUrl) { id checkoutUrl }
    }`;
    const begin = async (returnUrl: string, key: string = randomUUID()) =>
      t.gql<{ startDeposit: { id: string; checkoutUrl: string } }>(
        START_RETURNING,
        { amount: '2500', key, returnUrl },
        p.token,
      );
    const started = await begin('/aurora/wallet?tab=payments', 'ret-1');
    expect(started.errors).toBeUndefined();
    const { checkoutUrl, id } = started.data!.startDeposit;
    // The page's CSP lets its form lead back to the player site, and nowhere else.
    const page = await fetch(checkoutUrl);
    expect(page.headers.get('content-security-policy')).toContain(`form-action 'self' ${PLAYER_APP_URL}`);
    const res = await fetch(checkoutUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'pay', delivery: 'normal' }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${PLAYER_APP_URL}/aurora/wallet?tab=payments&checkout=approved`);
    await expect.poll(() => status(p.token, id)).toBe('SUCCEEDED');
    // A finished checkout links back too.
    expect(await (await fetch(checkoutUrl)).text()).toContain(`href="${PLAYER_APP_URL}/aurora/wallet?tab=payments"`);

    const declined = (await begin(`${PLAYER_APP_URL}/neon/wallet`)).data!.startDeposit;
    const back = await fetch(declined.checkoutUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=decline',
    });
    expect(back.headers.get('location')).toBe(`${PLAYER_APP_URL}/neon/wallet?checkout=declined`);

    // The key is bound to the return URL too.
    expect(errorCode(await begin('/aurora/other', 'ret-1'))).toBe('IDEMPOTENCY_KEY_REUSED');
    for (const bad of [
      'https://evil.example/wallet',
      '//evil.example/wallet',
      'javascript:alert(1)',
      '/\\evil.example',
      'http://127.0.0.1:4000/aurora',
    ]) {
      expect(errorCode(await begin(bad)), bad).toBe('INVALID_RETURN_URL');
    }
    const rows = await t.db.query(`select count(*)::int as n from wallet.deposit where tenant_id = $1`, [p.tenantId]);
    expect(rows.rows[0]!.n).toBe(2);
  });

  it('a completed deposit writes exactly one wallet.deposit-completed event (first deposit first), relayed onto the bus', async () => {
    const p = await newPlayer();
    const events = async () =>
      (
        await t.db.query<{ payload: Record<string, unknown> }>(
          `select payload from wallet.wallet_event where tenant_id = $1 and kind = 'wallet.deposit-completed' order by seq`,
          [p.tenantId],
        )
      ).rows.map((row) => row.payload);
    const first = await start(p.token, '2500');
    await checkout(first.checkoutUrl, 'pay', 'duplicated');
    await expect.poll(() => status(p.token, first.id)).toBe('SUCCEEDED');
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the duplicate delivery land
    expect(await events()).toEqual([
      {
        playerId: p.playerId,
        depositId: first.id,
        asset: 'USD',
        amount: '2500',
        firstDeposit: true,
        completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    // A declined deposit writes none; the next completed one is not the first.
    const declined = await start(p.token, '100');
    await checkout(declined.checkoutUrl, 'decline');
    await expect.poll(() => status(p.token, declined.id)).toBe('FAILED');
    const second = await start(p.token, '700', randomUUID(), 'EUR');
    await checkout(second.checkoutUrl, 'pay');
    await expect.poll(() => status(p.token, second.id)).toBe('SUCCEEDED');
    expect(await events()).toEqual([
      expect.objectContaining({ depositId: first.id, firstDeposit: true }),
      expect.objectContaining({ depositId: second.id, asset: 'EUR', amount: '700', firstDeposit: false }),
    ]);
    // The relay moves it onto the bus for the bonus engine.
    await expect
      .poll(
        async () =>
          (
            await t.db.query(
              `select 1 from ${BUS_EVENTS} where j.name = 'bonus.deposit-completed' and e->>'depositId' = $1 and e->>'tenantId' = $2`,
              [first.id, p.tenantId],
            )
          ).rowCount,
        {
          timeout: 10_000,
        },
      )
      .toBe(1);
  });
});
