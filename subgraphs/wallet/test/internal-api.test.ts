import { SIGNATURE_HEADER, ServiceSigner } from '@casinox/auth';
import { ledgerInvariants, testSigner } from '@casinox/testkit';
import { WalletClient, WalletRefusal } from '@casinox/wallet-client';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const countTransfers = async (tenantId: string) =>
  Number(
    (await t.db.query(`select count(*)::int as n from wallet.transfer where tenant_id = $1`, [tenantId])).rows[0]!.n,
  );
const cash = (body: { balances?: { accountType: string; balance: string; available: string }[] }) =>
  body.balances?.find((b) => b.accountType === 'PLAYER_CASH');

async function funded(amount = '10000', asset = 'USD') {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  const res = await t.call('grant', { tenantId, playerId, asset, amount, idempotencyKey: `seed-${randomUUID()}` });
  expect(res.status).toBe(200);
  return { tenantId, playerId };
}

describe('internal transfer API', () => {
  it('refuses calls without a valid service authorization', async () => {
    const { tenantId, playerId } = await funded();
    for (const authorization of [null, 'Service games.1.bad', 'Bearer x']) {
      const res = await t.call('bet', { tenantId, playerId, asset: 'USD', betId: 'b1', stake: '1' }, { authorization });
      expect(res.status).toBe(401);
    }
    expect(await countTransfers(tenantId)).toBe(1);
  });

  it('lets each service call only its own operations', async () => {
    const { tenantId, playerId } = await funded('1000');
    const grant = (key: string) => ({ tenantId, playerId, asset: 'USD', amount: '500', idempotencyKey: key });
    const bet = { tenantId, playerId, asset: 'USD', betId: `perm-${randomUUID()}`, stake: '1', win: '0' };
    const pay = { tenantId, playerId, asset: 'USD', pool: 'mega', amount: '1', winId: randomUUID() };
    expect(await t.call('grant', grant('by-games'), { as: 'games' })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await t.call('grant', grant('by-jackpot'), { as: 'jackpot' })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await t.call('grant', grant('by-gateway'), { as: 'gateway' })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await t.call('bet-win', bet, { as: 'bonus' })).toMatchObject({ status: 403 });
    expect(await t.call('jackpot/pay', pay, { as: 'games' })).toMatchObject({ status: 403 });
    // Operations no service may call are not served at all.
    expect(
      await t.call('reverse', { tenantId, transferId: randomUUID(), idempotencyKey: 'r' }, { as: 'games' }),
    ).toMatchObject({ status: 404 });
    expect(
      await t.call(
        'holds/place',
        { tenantId, playerId, asset: 'USD', amount: '1', destination: 'PROVIDER_CLEARING', idempotencyKey: 'h' },
        { as: 'bonus' },
      ),
    ).toMatchObject({ status: 404 });
    // A batch is checked call by call: games' own bet goes through, its grant does not.
    const batch = await t.call(
      'batch',
      {
        calls: [
          { operation: 'bet-win', body: bet },
          { operation: 'grant', body: grant('in-batch') },
        ],
      },
      { as: 'games' },
    );
    expect((batch.body as unknown as { answers: { status: number }[] }).answers.map((a) => a.status)).toEqual([
      200, 403,
    ]);
    expect(
      await t.call('batch', { calls: [{ operation: 'grant', body: grant('in-bonus-batch') }] }, { as: 'bonus' }),
    ).toMatchObject({ status: 200 });
    expect(await countTransfers(tenantId)).toBe(3);
  });

  it('binds each signature to its request and refuses replays, stale and unknown callers', async () => {
    const { tenantId, playerId } = await funded('1000');
    const body = JSON.stringify({
      tenantId,
      playerId,
      asset: 'USD',
      amount: '100',
      idempotencyKey: `sig-${randomUUID()}`,
    });
    const send = (path: string, text: string, signature: string) =>
      fetch(`${t.wallet.internalUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
        body: text,
      });
    const signature = testSigner('bonus').sign('wallet', { method: 'POST', path: '/internal/v1/grant', body });
    // Another body, another path or another callee under the same signature: refused.
    expect((await send('/internal/v1/grant', body.replace('"100"', '"900"'), signature)).status).toBe(401);
    expect((await send('/internal/v1/bonus/convert', body, signature)).status).toBe(401);
    const forIdentity = testSigner('bonus').sign('identity', { method: 'POST', path: '/internal/v1/grant', body });
    expect((await send('/internal/v1/grant', body, forIdentity)).status).toBe(401);
    expect((await send('/internal/v1/grant', body, signature)).status).toBe(200);
    // The very same request again: a replay, refused before the ledger sees it.
    expect((await send('/internal/v1/grant', body, signature)).status).toBe(401);
    const stale = testSigner('bonus').sign(
      'wallet',
      { method: 'POST', path: '/internal/v1/grant', body },
      Date.now() - 120_000,
    );
    expect((await send('/internal/v1/grant', body, stale)).status).toBe(401);
    const stranger = new ServiceSigner('tests', 'a-key-the-wallet-has-never-seen-0123456789');
    expect(
      (
        await send(
          '/internal/v1/grant',
          body,
          stranger.sign('wallet', { method: 'POST', path: '/internal/v1/grant', body }),
        )
      ).status,
    ).toBe(401);
    const forged = new ServiceSigner('bonus', 'not-the-bonus-key-0123456789abcdefghij');
    expect(
      (
        await send(
          '/internal/v1/grant',
          body,
          forged.sign('wallet', { method: 'POST', path: '/internal/v1/grant', body }),
        )
      ).status,
    ).toBe(401);
    expect(await countTransfers(tenantId)).toBe(2);
  });

  it('serves the transfer API on the internal listener only', async () => {
    const { tenantId, playerId } = await funded();
    const body = JSON.stringify({
      tenantId,
      playerId,
      asset: 'USD',
      amount: '100',
      idempotencyKey: `public-${randomUUID()}`,
    });
    const signature = testSigner('bonus').sign('wallet', { method: 'POST', path: '/internal/v1/grant', body });
    const res = await fetch(t.wallet.url.replace('/graphql', '/internal/v1/grant'), {
      method: 'POST',
      headers: { [SIGNATURE_HEADER]: signature },
      body,
    });
    expect(res.status).toBe(404);
    expect(await countTransfers(tenantId)).toBe(1);
  });

  it('grant → bet → win → rollback, with balances after each', async () => {
    const { tenantId, playerId } = await funded('1000');
    const bet = await t.call('bet', {
      tenantId,
      playerId,
      asset: 'USD',
      betId: 'bet-1',
      stake: '300',
      jackpots: [{ pool: 'mega', amount: '3' }],
    });
    expect(bet.body).toMatchObject({ ok: true, kind: 'BET', replayed: false });
    expect(cash(bet.body)).toMatchObject({ balance: '700', available: '700' });
    const win = await t.call('win', { tenantId, playerId, asset: 'USD', betId: 'bet-1', amount: '500' });
    expect(cash(win.body)?.balance).toBe('1200');
    const rollback = await t.call('rollback', { tenantId, playerId, betId: 'bet-1' });
    expect(rollback.body).toMatchObject({ ok: true, kind: 'ROLLBACK', reversesId: bet.body.transferId });
    expect(cash(rollback.body)?.balance).toBe('1500');
    // Exactly once: a replay returns the first result, a second reversal by id is refused.
    const replay = await t.call('rollback', { tenantId, playerId, betId: 'bet-1' });
    expect(replay.body).toMatchObject({ ok: true, replayed: true, transferId: rollback.body.transferId });
    const again = await t.call('reverse', { tenantId, transferId: bet.body.transferId, idempotencyKey: 'fix-1' });
    expect(again.body.code).toBe('ALREADY_REVERSED');
    const pool = await t.db.query(
      `select sum(e.amount)::text as s from wallet.entry e join wallet.account a on a.id = e.account_id where a.tenant_id = $1 and a.type = 'JACKPOT_POOL'`,
      [tenantId],
    );
    expect(pool.rows[0]!.s).toBe('0');
  });

  it('bet-win debits the stake and credits the win in one transfer; the stake must be affordable alone', async () => {
    const { tenantId, playerId } = await funded('100');
    const tooMuch = await t.call('bet-win', {
      tenantId,
      playerId,
      asset: 'USD',
      betId: 'bw-1',
      stake: '101',
      win: '1000',
    });
    expect(tooMuch).toMatchObject({ status: 422, body: { ok: false, code: 'INSUFFICIENT_FUNDS' } });
    const ok = await t.call('bet-win', { tenantId, playerId, asset: 'USD', betId: 'bw-2', stake: '100', win: '250' });
    expect(cash(ok.body)?.balance).toBe('250');
    const entries = await t.db.query(`select count(*)::int as n from wallet.entry where transfer_id = $1`, [
      ok.body.transferId,
    ]);
    expect(entries.rows[0]!.n).toBe(4);
    // Each of the player's entries carries the balance right after it: the stake first, then the win.
    const running = await t.db.query(
      `select e.amount::text, e.balance_after::text from wallet.entry e join wallet.account a on a.id = e.account_id
        where e.transfer_id = $1 and a.type = 'PLAYER_CASH' order by e.balance_after`,
      [ok.body.transferId],
    );
    expect(running.rows).toEqual([
      { amount: '-100', balance_after: '0' },
      { amount: '250', balance_after: '250' },
    ]);
    // The same bet id as a plain bet is another request under the same key.
    expect((await t.call('bet', { tenantId, playerId, asset: 'USD', betId: 'bw-2', stake: '100' })).body.code).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('50 concurrent calls with one key: one transfer, same result for all, a different payload refused', async () => {
    const { tenantId, playerId } = await funded('100000');
    const body = { tenantId, playerId, asset: 'USD', betId: 'race-1', stake: '100' };
    const results = await Promise.all(Array.from({ length: 50 }, () => t.call('bet', body)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.body.transferId)).size).toBe(1);
    expect(results.filter((r) => r.body.replayed === false)).toHaveLength(1);
    expect(new Set(results.map((r) => cash(r.body)?.balance))).toEqual(new Set(['99900']));
    expect(await countTransfers(tenantId)).toBe(2);
    const replay = await t.call('bet', { ...body });
    expect(replay.body).toMatchObject({ ok: true, replayed: true, transferId: results[0]!.body.transferId });
    // A JSON number is not an amount (JSON has rounded it before anyone could tell): refused, not replayed.
    expect((await t.call('bet', { ...body, stake: 100 })).body.code).toBe('INVALID_AMOUNT');
    const conflicting = await t.call('bet', { ...body, stake: '101' });
    expect(conflicting).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await countTransfers(tenantId)).toBe(2);
  });

  it('postings that commit together (several tenants, refusals among them) are each proven, refused or applied on their own', async () => {
    const players = await Promise.all(Array.from({ length: 6 }, () => funded('500')));
    // Sent at once, these reach the database in the same group commit(s).
    const results = await Promise.all(
      players.flatMap(({ tenantId, playerId }, i) => [
        t.call('bet-win', { tenantId, playerId, asset: 'USD', betId: `g-${i}-ok`, stake: '200', win: '50' }),
        t.call('bet', { tenantId, playerId, asset: 'USD', betId: `g-${i}-short`, stake: '5000' }),
      ]),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(6);
    expect(results.filter((r) => r.body.code === 'INSUFFICIENT_FUNDS')).toHaveLength(6);
    for (const { tenantId, playerId } of players) {
      const balance = await t.db.query(
        `select balance::text from wallet.account where tenant_id = $1 and holder = $2 and type = 'PLAYER_CASH'`,
        [tenantId, playerId],
      );
      expect(balance.rows[0]!.balance).toBe('350');
      expect(await countTransfers(tenantId)).toBe(2);
    }
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('a batch answers each call as its own route would, in order; a malformed batch is refused whole and writes nothing', async () => {
    const { tenantId, playerId } = await funded('1000');
    const calls = [
      { operation: 'bet-win', body: { tenantId, playerId, asset: 'USD', betId: 'batch-1', stake: '300', win: '100' } },
      { operation: 'bet', body: { tenantId, playerId, asset: 'USD', betId: 'batch-2', stake: '5000' } },
      { operation: 'bet', body: { tenantId, playerId, asset: 'USD', betId: 'batch-3', stake: '1.5' } },
      { operation: 'teleport', body: { tenantId } },
      { operation: 'bet', body: { tenantId, playerId, asset: 'USD', betId: 'batch-4', stake: '100' } },
    ];
    const res = await t.call('batch', { calls });
    expect(res.status).toBe(200);
    const answers = res.body.answers as {
      status: number;
      body: Record<string, unknown> & { balances?: { accountType: string; balance: string; available: string }[] };
    }[];
    expect(answers.map((a) => [a.status, a.body.code ?? a.body.kind])).toEqual([
      [200, 'BET_WIN'],
      [422, 'INSUFFICIENT_FUNDS'],
      [400, 'INVALID_AMOUNT'],
      [404, 'UNKNOWN_OPERATION'],
      [200, 'BET'],
    ]);
    // A call repeated in a later batch replays, exactly as on its own route.
    const again = await t.call('batch', { calls: [calls[0]] });
    expect((again.body.answers as { body: Record<string, unknown> }[])[0]!.body).toMatchObject({
      ok: true,
      replayed: true,
      transferId: answers[0]!.body.transferId,
    });
    const balance = await t.db.query(
      `select balance::text from wallet.account where tenant_id = $1 and holder = $2 and type = 'PLAYER_CASH'`,
      [tenantId, playerId],
    );
    expect(balance.rows[0]!.balance).toBe('700');
    expect(await countTransfers(tenantId)).toBe(3);

    const one = calls[4]!;
    for (const bad of [
      {},
      { calls: [] },
      { calls: one },
      { calls: [{ operation: 'bet' }] },
      { calls: Array.from({ length: 65 }, () => one) },
      '{"calls": [',
    ] as unknown[]) {
      expect(await t.call('batch', bad)).toMatchObject({ status: 400, body: { ok: false, code: 'INVALID_REQUEST' } });
    }
    expect((await t.call('batch', { calls }, { authorization: null })).status).toBe(401);
    expect(await countTransfers(tenantId)).toBe(3);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('the wallet client sends concurrent bet calls in batches, and each caller gets its own answer or refusal', async () => {
    const { tenantId, playerId } = await funded('1000');
    const client = new WalletClient({ url: t.wallet.internalUrl, signer: testSigner('games'), timeoutMs: 5000 });
    try {
      const settled = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          client.betWin({
            tenantId,
            playerId,
            asset: 'USD',
            betId: `client-${i}`,
            stake: i === 7 ? 100000n : 10n,
            win: 5n,
          }),
        ),
      );
      expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(19);
      const refused = settled[7] as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(WalletRefusal);
      expect(refused.reason).toMatchObject({ code: 'INSUFFICIENT_FUNDS', status: 422 });
      const [first] = settled as PromiseFulfilledResult<{ transferId?: string }>[];
      const replay = await client.betWin({ tenantId, playerId, asset: 'USD', betId: 'client-0', stake: 10n, win: 5n });
      expect(replay).toMatchObject({ replayed: true, transferId: first!.value.transferId });
      const balance = await t.db.query(
        `select balance::text from wallet.account where tenant_id = $1 and holder = $2 and type = 'PLAYER_CASH'`,
        [tenantId, playerId],
      );
      expect(balance.rows[0]!.balance).toBe(String(1000 - 19 * 5));
      expect(await countTransfers(tenantId)).toBe(20);
      await expect(
        client.betWin({ tenantId, playerId, asset: 'USD', betId: 'client-0', stake: 11n, win: 5n }),
      ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    } finally {
      client.close();
    }
  });

  it('N concurrent debits of the full balance: exactly one succeeds', async () => {
    const { tenantId, playerId } = await funded('5000');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.call('bet', { tenantId, playerId, asset: 'USD', betId: `all-in-${i}`, stake: '5000' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.body.code === 'INSUFFICIENT_FUNDS')).toHaveLength(19);
    const balance = await t.db.query(`select balance::text from wallet.account where tenant_id = $1 and holder = $2`, [
      tenantId,
      playerId,
    ]);
    expect(balance.rows[0]!.balance).toBe('0');
  });

  it.each([
    ['negative', { amount: '-5' }, 'INVALID_AMOUNT'],
    ['zero', { amount: '0' }, 'INVALID_AMOUNT'],
    ['fractional minor units', { amount: '10.5' }, 'INVALID_AMOUNT'],
    ['a fractional JSON number', { amount: 10.25 }, 'INVALID_AMOUNT'],
    ['a whole JSON number', { amount: 100 }, 'INVALID_AMOUNT'],
    ['a padded string', { amount: ' 100' }, 'INVALID_AMOUNT'],
    ['above the asset maximum', { amount: '1000000000001' }, 'AMOUNT_OUT_OF_RANGE'],
    ['beyond 2^63', { amount: '9223372036854775808' }, 'AMOUNT_OUT_OF_RANGE'],
    ['non-numeric', { amount: 'ten' }, 'INVALID_AMOUNT'],
    ['an unknown asset', { asset: 'DOGE' }, 'UNKNOWN_ASSET'],
    ['a bad player id', { playerId: 'nope' }, 'INVALID_REQUEST'],
  ])('bad input (%s) → coded error, nothing written', async (_label, override, code) => {
    const tenantId = randomUUID();
    const res = await t.call('grant', {
      tenantId,
      playerId: randomUUID(),
      asset: 'USD',
      amount: '100',
      idempotencyKey: 'bad-1',
      ...override,
    });
    expect(res.body).toMatchObject({ ok: false, code });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await countTransfers(tenantId)).toBe(0);
    const records = await t.db.query(`select count(*)::int as n from wallet.idempotency_record where tenant_id = $1`, [
      tenantId,
    ]);
    expect(records.rows[0]!.n).toBe(0);
  });

  it("refuses A's player under tenant B, and writes nothing for B", async () => {
    const { playerId } = await funded('100');
    const tenantB = randomUUID();
    const res = await t.call('grant', {
      tenantId: tenantB,
      playerId,
      asset: 'USD',
      amount: '100',
      idempotencyKey: 'cross',
    });
    expect(res).toMatchObject({ status: 403, body: { code: 'PLAYER_TENANT_MISMATCH' } });
    expect(await countTransfers(tenantB)).toBe(0);
    const bet = await t.call('bet', { tenantId: tenantB, playerId, asset: 'USD', betId: 'x', stake: '1' });
    expect(bet.body.code).toBe('PLAYER_TENANT_MISMATCH');
  });

  it('game credits are a per-tenant asset created on first use', async () => {
    const { tenantId, playerId } = await funded('25', 'CREDITS');
    const other = await funded('7', 'CREDITS');
    const assets = await t.db.query(
      `select tenant_id from wallet.asset where code = 'CREDITS' and tenant_id = any($1::uuid[])`,
      [[tenantId, other.tenantId]],
    );
    expect(assets.rowCount).toBe(2);
    expect((await t.call('bet', { tenantId, playerId, asset: 'CREDITS', betId: 'c1', stake: '26' })).body.code).toBe(
      'INSUFFICIENT_FUNDS',
    );
    expect((await t.call('bet', { tenantId, playerId, asset: 'CREDITS', betId: 'c2', stake: '1.5' })).body.code).toBe(
      'INVALID_AMOUNT',
    );
  });

  it('holds: available falls, post moves the money, void releases it, each once', async () => {
    const { tenantId, playerId } = await funded('1000');
    const hold = await t.call('holds/place', {
      tenantId,
      playerId,
      asset: 'USD',
      amount: '600',
      destination: 'PROVIDER_CLEARING',
      idempotencyKey: 'w-1',
    });
    expect(cash(hold.body)).toMatchObject({ balance: '1000', available: '400' });
    // The held money cannot be bet.
    expect((await t.call('bet', { tenantId, playerId, asset: 'USD', betId: 'h-b', stake: '401' })).body.code).toBe(
      'INSUFFICIENT_FUNDS',
    );
    const posted = await t.call('holds/post', { tenantId, holdId: hold.body.holdId, idempotencyKey: 'w-1' });
    expect(posted.body).toMatchObject({ ok: true, status: 'POSTED', kind: 'HOLD_POST' });
    expect(cash(posted.body)).toMatchObject({ balance: '400', available: '400' });
    expect((await t.call('holds/void', { tenantId, holdId: hold.body.holdId, idempotencyKey: 'w-1' })).body.code).toBe(
      'HOLD_NOT_PENDING',
    );

    const second = await t.call('holds/place', {
      tenantId,
      playerId,
      asset: 'USD',
      amount: '100',
      destination: 'TOURNAMENT_ESCROW',
      destinationRef: 'cup-1',
      idempotencyKey: 'w-2',
    });
    const voided = await t.call('holds/void', { tenantId, holdId: second.body.holdId, idempotencyKey: 'w-2' });
    expect(cash(voided.body)).toMatchObject({ balance: '400', available: '400' });
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('a rollback that arrives before its bet tombstones it: the late bet is refused and nothing moves', async () => {
    const { tenantId, playerId } = await funded('1000');
    const rollback = await t.call('rollback', { tenantId, playerId, betId: 'early-1' });
    expect(rollback).toMatchObject({ status: 200, body: { ok: true, status: 'TOMBSTONED', replayed: false } });
    expect(rollback.body.transferId).toBeUndefined();
    expect((await t.call('rollback', { tenantId, playerId, betId: 'early-1' })).body).toMatchObject({
      ok: true,
      status: 'TOMBSTONED',
      replayed: true,
    });
    for (const [operation, body] of [
      ['bet', { tenantId, playerId, asset: 'USD', betId: 'early-1', stake: '100' }],
      ['bet-win', { tenantId, playerId, asset: 'USD', betId: 'early-1', stake: '100', win: '500' }],
    ] as const) {
      expect(await t.call(operation, body)).toMatchObject({
        status: 409,
        body: { ok: false, code: 'BET_ROLLED_BACK' },
      });
    }
    expect(await countTransfers(tenantId)).toBe(1);
    // The tombstone is per bet id: another bet goes through, and a rollback of it reverses it.
    expect((await t.call('bet', { tenantId, playerId, asset: 'USD', betId: 'late-2', stake: '100' })).body.ok).toBe(
      true,
    );
    expect((await t.call('rollback', { tenantId, playerId, betId: 'late-2' })).body).toMatchObject({
      ok: true,
      kind: 'ROLLBACK',
    });
    const balance = await t.db.query(`select balance::text from wallet.account where tenant_id = $1 and holder = $2`, [
      tenantId,
      playerId,
    ]);
    expect(balance.rows[0]!.balance).toBe('1000');
  });

  it('a bet and its rollback racing: either the bet is reversed or refused, never left standing', async () => {
    const { tenantId, playerId } = await funded('100000');
    const races = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const betId = `race-${i}`;
        const bet = t.call('bet', { tenantId, playerId, asset: 'USD', betId, stake: '100' });
        const rollback = t.call('rollback', { tenantId, playerId, betId });
        return { bet: await bet, rollback: await rollback };
      }),
    );
    for (const { bet, rollback } of races) {
      expect(rollback.body.ok).toBe(true);
      if (bet.body.ok) {
        expect(rollback.body).toMatchObject({ kind: 'ROLLBACK', reversesId: bet.body.transferId });
      } else {
        expect(bet.body).toMatchObject({ code: 'BET_ROLLED_BACK' });
        expect(rollback.body).toMatchObject({ status: 'TOMBSTONED' });
      }
    }
    const balance = await t.db.query(`select balance::text from wallet.account where tenant_id = $1 and holder = $2`, [
      tenantId,
      playerId,
    ]);
    expect(balance.rows[0]!.balance).toBe('100000');
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});
