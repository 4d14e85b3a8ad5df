import { ledgerInvariants } from '@casinox/testkit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitStake } from '../src/ledger/split-stake.js';
import { splitWin } from '../src/ledger/split-win.js';
import { seededRandom, startTestWallet, type TestWallet } from './support.js';

let t: TestWallet;
beforeAll(async () => {
  t = await startTestWallet();
});
afterAll(() => t?.stop());

const balanceOf = (body: { balances?: { accountType: string; balance: string }[] }, type: string) =>
  body.balances?.find((b) => b.accountType === type)?.balance;
const poolBalance = async (tenantId: string, pool: string) =>
  (
    await t.db.query<{ s: string | null }>(
      `select sum(e.amount)::text as s from wallet.entry e join wallet.account a on a.id = e.account_id where a.tenant_id = $1 and a.type = 'JACKPOT_POOL' and a.holder = $2`,
      [tenantId, pool],
    )
  ).rows[0]!.s;

describe('bonus money and jackpot pools through the internal API', () => {
  it('converts bonus money to cash and forfeits the rest, each once, never more than the bonus balance', async () => {
    const tenantId = randomUUID();
    const playerId = randomUUID();
    const grantId = randomUUID();
    const bonus = await t.call('grant', {
      tenantId,
      playerId,
      asset: 'EUR',
      amount: '5000',
      wallet: 'BONUS',
      idempotencyKey: `bonus-${grantId}`,
    });
    expect(balanceOf(bonus.body, 'PLAYER_BONUS')).toBe('5000');

    const tooMuch = await t.call('bonus/convert', {
      tenantId,
      playerId,
      asset: 'EUR',
      amount: '5001',
      idempotencyKey: `c-${grantId}`,
      grantId,
    });
    expect(tooMuch).toMatchObject({ status: 422, body: { code: 'INSUFFICIENT_FUNDS' } });
    const converted = await t.call('bonus/convert', {
      tenantId,
      playerId,
      asset: 'EUR',
      amount: '3000',
      idempotencyKey: `convert-${grantId}`,
      grantId,
    });
    expect(converted.body).toMatchObject({ ok: true, kind: 'BONUS_CONVERSION', replayed: false });
    expect(balanceOf(converted.body, 'PLAYER_CASH')).toBe('3000');
    expect(balanceOf(converted.body, 'PLAYER_BONUS')).toBe('2000');
    const replay = await t.call('bonus/convert', {
      tenantId,
      playerId,
      asset: 'EUR',
      amount: '3000',
      idempotencyKey: `convert-${grantId}`,
      grantId,
    });
    expect(replay.body).toMatchObject({ ok: true, replayed: true, transferId: converted.body.transferId });

    const forfeited = await t.call('bonus/forfeit', {
      tenantId,
      playerId,
      asset: 'EUR',
      amount: '2000',
      idempotencyKey: `forfeit-${grantId}`,
      grantId,
      reason: 'max cash-out',
    });
    expect(forfeited.body).toMatchObject({ ok: true, kind: 'BONUS_FORFEIT' });
    expect(balanceOf(forfeited.body, 'PLAYER_BONUS')).toBe('0');
    expect(
      (
        await t.call('bonus/forfeit', {
          tenantId,
          playerId,
          asset: 'EUR',
          amount: '1',
          idempotencyKey: `again-${grantId}`,
          grantId,
        })
      ).body.code,
    ).toBe('INSUFFICIENT_FUNDS');
    expect(
      (
        await t.call('bonus/convert', {
          tenantId,
          playerId,
          asset: 'EUR',
          amount: '-5',
          idempotencyKey: 'neg',
          grantId,
        })
      ).status,
    ).toBe(400);
  });

  it('funds a pool from the house and pays a win from it exactly once', async () => {
    const tenantId = randomUUID();
    const playerId = randomUUID();
    const pool = `${randomUUID()}:MAJOR`;
    const funded = await t.call('jackpot/fund', {
      tenantId,
      asset: 'USD',
      pool,
      amount: '100000',
      idempotencyKey: `seed-1-${pool}`,
      reason: 'seed',
    });
    expect(funded.body).toMatchObject({ ok: true, kind: 'JACKPOT_FUNDING' });
    expect(await poolBalance(tenantId, pool)).toBe('100000');
    const winId = randomUUID();
    const paid = await t.call('jackpot/pay', { tenantId, playerId, asset: 'USD', pool, amount: '100000', winId });
    expect(paid.body).toMatchObject({ ok: true, kind: 'JACKPOT_WIN' });
    expect(balanceOf(paid.body, 'PLAYER_CASH')).toBe('100000');
    const again = await t.call('jackpot/pay', { tenantId, playerId, asset: 'USD', pool, amount: '100000', winId });
    expect(again.body).toMatchObject({ ok: true, replayed: true });
    expect(await poolBalance(tenantId, pool)).toBe('0');
    // The player of another tenant is refused: a player belongs to one tenant's ledger.
    expect(
      (
        await t.call('jackpot/pay', {
          tenantId: randomUUID(),
          playerId,
          asset: 'USD',
          pool,
          amount: '1',
          winId: randomUUID(),
        })
      ).status,
    ).toBe(403);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});

/** A player of a fresh tenant with `cash` and `bonus` minor units of `asset`. */
async function player(cash: bigint, bonus: bigint, asset = 'EUR') {
  const tenantId = randomUUID();
  const playerId = randomUUID();
  if (cash > 0n)
    expect(
      (
        await t.call('grant', {
          tenantId,
          playerId,
          asset,
          amount: cash.toString(),
          idempotencyKey: `cash-${playerId}`,
        })
      ).status,
    ).toBe(200);
  if (bonus > 0n)
    expect(
      (
        await t.call('grant', {
          tenantId,
          playerId,
          asset,
          amount: bonus.toString(),
          wallet: 'BONUS',
          idempotencyKey: `bonus-${playerId}`,
        })
      ).status,
    ).toBe(200);
  return { tenantId, playerId, asset };
}
const balances = async (p: { tenantId: string; playerId: string; asset: string }) => {
  const res = await t.call('balances', { tenantId: p.tenantId, playerId: p.playerId, asset: p.asset });
  expect(res.status).toBe(200);
  return { cash: balanceOf(res.body, 'PLAYER_CASH'), bonus: balanceOf(res.body, 'PLAYER_BONUS') };
};
const count = async (sql: string, params: unknown[]) =>
  Number((await t.db.query<{ n: number }>(sql, params)).rows[0]!.n);
const written = async (tenantId: string) => ({
  transfers: await count(`select count(*)::int as n from wallet.transfer where tenant_id = $1`, [tenantId]),
  keys: await count(`select count(*)::int as n from wallet.idempotency_record where tenant_id = $1`, [tenantId]),
});

describe('bonus money in bets (spendOrder)', () => {
  it('BONUS_FIRST bet-win: bonus pays first, the win splits in proportion; a replay returns the same split', async () => {
    const p = await player(1_000n, 300n);
    const body = {
      tenantId: p.tenantId,
      playerId: p.playerId,
      asset: p.asset,
      betId: `bw-${randomUUID()}`,
      stake: '500',
      win: '1001',
      spendOrder: 'BONUS_FIRST',
    };
    const first = await t.call('bet-win', body);
    expect(first.status).toBe(200);
    // 300 of 500 from bonus: floor(1001 × 300 / 500) = 600 to bonus, the rest (401) to cash.
    expect(first.body).toMatchObject({
      ok: true,
      kind: 'BET_WIN',
      replayed: false,
      split: { stakeFromCash: '200', stakeFromBonus: '300', winToCash: '401', winToBonus: '600' },
    });
    expect(await balances(p)).toEqual({ cash: String(1_000 - 200 + 401), bonus: String(300 - 300 + 600) });

    // Balances change meanwhile; the replay still answers the first split, and moves nothing.
    await t.call('grant', {
      tenantId: p.tenantId,
      playerId: p.playerId,
      asset: p.asset,
      amount: '50',
      wallet: 'BONUS',
      idempotencyKey: `more-${p.playerId}`,
    });
    const replay = await t.call('bet-win', body);
    expect(replay.body).toMatchObject({
      ok: true,
      replayed: true,
      transferId: first.body.transferId,
      split: first.body.split,
    });
    expect(await balances(p)).toEqual({ cash: '1201', bonus: '650' });
    // The key is bound to the request, spend order included.
    expect((await t.call('bet-win', { ...body, spendOrder: 'REAL_FIRST' })).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await t.call('bet-win', { ...body, spendOrder: undefined })).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const metadata = await t.db.query<{ metadata: Record<string, unknown> }>(
      `select metadata from wallet.transfer where id = $1`,
      [first.body.transferId],
    );
    expect(metadata.rows[0]!.metadata).toMatchObject({ spendOrder: 'BONUS_FIRST', split: first.body.split });
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('REAL_FIRST: cash pays what it can, bonus the rest; a loss moves no win', async () => {
    const p = await player(100n, 500n);
    const res = await t.call('bet-win', {
      tenantId: p.tenantId,
      playerId: p.playerId,
      asset: p.asset,
      betId: `bw-${randomUUID()}`,
      stake: '300',
      win: '0',
      spendOrder: 'REAL_FIRST',
    });
    expect(res.body).toMatchObject({
      ok: true,
      split: { stakeFromCash: '100', stakeFromBonus: '200', winToCash: '0', winToBonus: '0' },
    });
    expect(await balances(p)).toEqual({ cash: '0', bonus: '300' });
    const entries = await t.db.query<{ type: string; amount: string }>(
      `select a.type, e.amount::text as amount from wallet.entry e join wallet.account a on a.id = e.account_id where e.transfer_id = $1 order by e.amount`,
      [res.body.transferId],
    );
    expect(entries.rows).toEqual([
      { type: 'PLAYER_BONUS', amount: '-200' },
      { type: 'PLAYER_CASH', amount: '-100' },
      { type: 'HOUSE', amount: '300' },
    ]);
  });

  it('refuses a stake that cash and bonus together cannot cover, writing nothing (the key stays free)', async () => {
    const p = await player(100n, 50n);
    const body = {
      tenantId: p.tenantId,
      playerId: p.playerId,
      asset: p.asset,
      betId: `bw-${randomUUID()}`,
      stake: '151',
      win: '10',
      spendOrder: 'BONUS_FIRST',
    };
    const before = await written(p.tenantId);
    expect(await t.call('bet-win', body)).toMatchObject({
      status: 422,
      body: { ok: false, code: 'INSUFFICIENT_FUNDS' },
    });
    expect(await written(p.tenantId)).toEqual(before);
    const exact = await t.call('bet-win', { ...body, stake: '150' });
    expect(exact.body).toMatchObject({
      ok: true,
      split: { stakeFromCash: '100', stakeFromBonus: '50', winToCash: '7', winToBonus: '3' },
    });
  });

  it('a multi-step round: the bet draws on bonus, the later win splits the same way, once per win id', async () => {
    const p = await player(0n, 1_000n);
    const betId = `round-${randomUUID()}`;
    const base = { tenantId: p.tenantId, playerId: p.playerId, asset: p.asset, betId };
    const bet = await t.call('bet', {
      ...base,
      stake: '400',
      spendOrder: 'BONUS_FIRST',
      jackpots: [{ pool: 'j1:MINOR', amount: '4' }],
    });
    expect(bet.body).toMatchObject({
      ok: true,
      kind: 'BET',
      split: { stakeFromCash: '0', stakeFromBonus: '400', winToCash: '0', winToBonus: '0' },
    });
    const win = await t.call('win', { ...base, amount: '1000' });
    expect(win.body).toMatchObject({
      ok: true,
      kind: 'WIN',
      split: { stakeFromCash: '0', stakeFromBonus: '0', winToCash: '0', winToBonus: '1000' },
    });
    expect(await balances(p)).toEqual({ cash: '0', bonus: '1600' });
    expect((await t.call('win', { ...base, amount: '1000' })).body).toMatchObject({
      replayed: true,
      transferId: win.body.transferId,
      split: win.body.split,
    });

    // A mixed stake: 300 cash + 100 bonus, so a quarter of each win is bonus (rounded down).
    const q = await player(300n, 100n);
    const mixed = { tenantId: q.tenantId, playerId: q.playerId, asset: q.asset, betId: `round-${randomUUID()}` };
    expect((await t.call('bet', { ...mixed, stake: '400', spendOrder: 'REAL_FIRST' })).body.split).toEqual({
      stakeFromCash: '300',
      stakeFromBonus: '100',
      winToCash: '0',
      winToBonus: '0',
    });
    expect((await t.call('win', { ...mixed, winId: 'w1', amount: '7' })).body.split).toEqual({
      stakeFromCash: '0',
      stakeFromBonus: '0',
      winToCash: '6',
      winToBonus: '1',
    });
    // A cash-only bet's win stays all cash.
    const r = await player(500n, 500n);
    const cashOnly = { tenantId: r.tenantId, playerId: r.playerId, asset: r.asset, betId: `round-${randomUUID()}` };
    expect((await t.call('bet', { ...cashOnly, stake: '100' })).body.split).toEqual({
      stakeFromCash: '100',
      stakeFromBonus: '0',
      winToCash: '0',
      winToBonus: '0',
    });
    expect((await t.call('win', { ...cashOnly, amount: '300' })).body.split).toEqual({
      stakeFromCash: '0',
      stakeFromBonus: '0',
      winToCash: '300',
      winToBonus: '0',
    });
    expect(await balances(r)).toEqual({ cash: '700', bonus: '500' });
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('concurrent bonus-first bets of one player never overspend: each split sees the balances it posts against', async () => {
    const p = await player(500n, 500n);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.call('bet-win', {
          tenantId: p.tenantId,
          playerId: p.playerId,
          asset: p.asset,
          betId: `c-${i}-${p.playerId}`,
          stake: '100',
          win: '0',
          spendOrder: 'BONUS_FIRST',
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(10);
    expect(results.filter((r) => r.body.code === 'INSUFFICIENT_FUNDS')).toHaveLength(2);
    const fromBonus = ok.reduce(
      (total, r) => total + BigInt((r.body.split as { stakeFromBonus: string }).stakeFromBonus),
      0n,
    );
    expect(fromBonus).toBe(500n);
    expect(await balances(p)).toEqual({ cash: '0', bonus: '0' });
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('the SQL split agrees with the pure functions (ledger/split-stake.ts, split-win.ts)', async () => {
    const random = seededRandom(20261218);
    const n = (max: number) => BigInt(Math.floor(random() * max));
    const cases = Array.from({ length: 300 }, (_, i) => ({
      stake: n(1_000) + 1n,
      cash: n(1_200),
      bonus: n(1_200),
      order: i % 2 ? ('REAL_FIRST' as const) : ('BONUS_FIRST' as const),
      win: n(5_000),
    }));
    cases.push({ stake: 3n, cash: 2n, bonus: 1n, order: 'REAL_FIRST', win: 9_000_000_000_000_000_000n });
    const { rows } = await t.db.query<{ from_cash: string | null; from_bonus: string | null; to_bonus: string | null }>(
      `select s.from_cash::text, s.from_bonus::text, case when s.from_cash is null then null else wallet.split_win(c.win, s.from_cash, s.from_bonus)::text end as to_bonus
         from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::bigint[]) with ordinality as c(stake, cash, bonus, spend, win, n)
         cross join lateral wallet.split_stake(c.stake, c.cash, c.bonus, c.spend) s order by c.n`,
      [
        cases.map((c) => c.stake.toString()),
        cases.map((c) => c.cash.toString()),
        cases.map((c) => c.bonus.toString()),
        cases.map((c) => c.order),
        cases.map((c) => c.win.toString()),
      ],
    );
    cases.forEach((c, i) => {
      const expected = splitStake(c);
      const row = rows[i]!;
      if (!expected.ok) {
        expect(row).toEqual({ from_cash: null, from_bonus: null, to_bonus: null });
        return;
      }
      expect(row).toEqual({
        from_cash: expected.fromCash.toString(),
        from_bonus: expected.fromBonus.toString(),
        to_bonus: splitWin({
          win: c.win,
          stakeFromCash: expected.fromCash,
          stakeFromBonus: expected.fromBonus,
        }).toBonus.toString(),
      });
    });
  });
});

describe('jackpot pools in the bet’s transfer, and the read operations', () => {
  it('three pool legs in one transfer; the house keeps stake − Σ contributions; `pools` reads them', async () => {
    const p = await player(10_000n, 0n, 'USD');
    const jackpot = randomUUID();
    const jackpots = [
      { pool: `${jackpot}:MINI`, amount: '5' },
      { pool: `${jackpot}:MAJOR`, amount: '12' },
      { pool: `${jackpot}:MINOR`, amount: '3' },
      { pool: `${jackpot}:GRAND`, amount: '0' },
    ];
    const res = await t.call('bet-win', {
      tenantId: p.tenantId,
      playerId: p.playerId,
      asset: 'USD',
      betId: `jp-${randomUUID()}`,
      stake: '1000',
      win: '0',
      jackpots,
    });
    expect(res.body).toMatchObject({ ok: true, split: { stakeFromCash: '1000', stakeFromBonus: '0' } });
    const legs = await t.db.query<{ type: string; holder: string; amount: string }>(
      `select a.type, a.holder, e.amount::text as amount from wallet.entry e join wallet.account a on a.id = e.account_id where e.transfer_id = $1 order by a.type, a.holder`,
      [res.body.transferId],
    );
    expect(legs.rows).toEqual([
      { type: 'HOUSE', holder: '', amount: '980' },
      { type: 'JACKPOT_POOL', holder: `${jackpot}:MAJOR`, amount: '12' },
      { type: 'JACKPOT_POOL', holder: `${jackpot}:MINI`, amount: '5' },
      { type: 'JACKPOT_POOL', holder: `${jackpot}:MINOR`, amount: '3' },
      { type: 'PLAYER_CASH', holder: p.playerId, amount: '-1000' },
    ]);
    // A bet with a spend order (the split path) contributes the same way.
    await t.call('bet', {
      tenantId: p.tenantId,
      playerId: p.playerId,
      asset: 'USD',
      betId: `jp-${randomUUID()}`,
      stake: '100',
      jackpots: [{ pool: `${jackpot}:MINI`, amount: '1' }],
      spendOrder: 'BONUS_FIRST',
    });

    const read = await t.call('pools', {
      tenantId: p.tenantId,
      asset: 'USD',
      pools: [`${jackpot}:MINI`, `${jackpot}:MAJOR`, `${jackpot}:MINOR`, `${jackpot}:GRAND`],
    });
    expect(read).toMatchObject({ status: 200, body: { ok: true } });
    expect(read.body.pools).toEqual([
      { pool: `${jackpot}:MINI`, balance: '6' },
      { pool: `${jackpot}:MAJOR`, balance: '12' },
      { pool: `${jackpot}:MINOR`, balance: '3' },
      { pool: `${jackpot}:GRAND`, balance: '0' },
    ]);
    // Another tenant sees none of it; reads take no key and write nothing.
    const other = await t.call('pools', { tenantId: randomUUID(), asset: 'USD', pools: [`${jackpot}:MAJOR`] });
    expect(other.body.pools).toEqual([{ pool: `${jackpot}:MAJOR`, balance: '0' }]);
    expect(
      (
        await t.call('pools', {
          tenantId: p.tenantId,
          asset: 'USD',
          pools: Array.from({ length: 201 }, (_, i) => `p${i}`),
        })
      ).body.code,
    ).toBe('INVALID_REQUEST');
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('`balances` lists the player’s cash and bonus accounts, of one asset or all', async () => {
    const p = await player(700n, 200n, 'EUR');
    await t.call('grant', {
      tenantId: p.tenantId,
      playerId: p.playerId,
      asset: 'USD',
      amount: '5',
      idempotencyKey: `usd-${p.playerId}`,
    });
    const all = await t.call('balances', { tenantId: p.tenantId, playerId: p.playerId });
    expect(all.body).toEqual({
      ok: true,
      replayed: false,
      balances: [
        { accountType: 'PLAYER_BONUS', asset: 'EUR', balance: '200', available: '200' },
        { accountType: 'PLAYER_CASH', asset: 'EUR', balance: '700', available: '700' },
        { accountType: 'PLAYER_CASH', asset: 'USD', balance: '5', available: '5' },
      ],
    });
    const usd = await t.call('balances', { tenantId: p.tenantId, playerId: p.playerId, asset: 'USD' });
    expect(usd.body.balances).toEqual([
      { accountType: 'PLAYER_CASH', asset: 'USD', balance: '5', available: '5' },
      { accountType: 'PLAYER_BONUS', asset: 'USD', balance: '0', available: '0' },
    ]);
    expect((await t.call('balances', { tenantId: p.tenantId, playerId: 'nope' })).body.code).toBe('INVALID_REQUEST');
    expect(
      (await t.call('balances', { tenantId: p.tenantId, playerId: p.playerId }, { authorization: null })).status,
    ).toBe(401);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative contribution', { jackpots: [{ pool: 'j:A', amount: '-1' }] }, 'INVALID_AMOUNT'],
    ['a fractional contribution', { jackpots: [{ pool: 'j:A', amount: '1.5' }] }, 'INVALID_AMOUNT'],
    [
      'contributions above the stake',
      {
        jackpots: [
          { pool: 'j:A', amount: '60' },
          { pool: 'j:B', amount: '41' },
        ],
      },
      'INVALID_AMOUNT',
    ],
    [
      'a pool twice',
      {
        jackpots: [
          { pool: 'j:A', amount: '1' },
          { pool: 'j:A', amount: '2' },
        ],
      },
      'INVALID_REQUEST',
    ],
    [
      '17 pools',
      { jackpots: Array.from({ length: 17 }, (_, i) => ({ pool: `j:${i}`, amount: '1' })) },
      'INVALID_REQUEST',
    ],
    ['jackpots not a list', { jackpots: { pool: 'j:A', amount: '1' } }, 'INVALID_REQUEST'],
    ['a pool name with a space', { jackpots: [{ pool: 'j A', amount: '1' }] }, 'INVALID_REQUEST'],
    ['the retired single jackpot', { jackpot: { pool: 'j:A', amount: '1' } }, 'INVALID_REQUEST'],
    ['an unknown spend order', { spendOrder: 'HOUSE_FIRST' }, 'INVALID_REQUEST'],
    ['a spend order that is not a string', { spendOrder: 1 }, 'INVALID_REQUEST'],
  ])('bad input (%s) is refused with nothing written', async (_label, extra, code) => {
    const p = await player(1_000n, 1_000n);
    const before = await written(p.tenantId);
    for (const operation of ['bet', 'bet-win']) {
      const res = await t.call(operation, {
        tenantId: p.tenantId,
        playerId: p.playerId,
        asset: p.asset,
        betId: `bad-${randomUUID()}`,
        stake: '100',
        win: '5',
        ...extra,
      });
      expect(res).toMatchObject({ status: 400, body: { ok: false, code } });
    }
    expect(await written(p.tenantId)).toEqual(before);
  });
});
