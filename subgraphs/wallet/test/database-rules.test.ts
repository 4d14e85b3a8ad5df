import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownPosting } from '../src/ledger/account-directory.js';
import { type GroupItem, knownGroups } from '../src/ledger/known-group.js';
import { planBetWin } from '../src/ledger/plan-transfer.js';
import { startTestWallet, type TestWallet } from './support.js';

/** What the database enforces whatever the service does, for the runtime role `wallet`. */
let t: TestWallet;
let runtime: pg.Client;
const tenantId = randomUUID();
const playerId = randomUUID();

beforeAll(async () => {
  t = await startTestWallet();
  await t.call('grant', { tenantId, playerId, asset: 'USD', amount: '1000', idempotencyKey: 'rules-1' });
  runtime = new pg.Client({ connectionString: t.db.urlFor('wallet') });
  await runtime.connect();
});
afterAll(async () => {
  await runtime?.end();
  await t?.stop();
});

async function asRuntime(sql: string, params: unknown[] = []): Promise<string | undefined> {
  await runtime.query('begin');
  try {
    await runtime.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    await runtime.query(sql, params);
    await runtime.query('commit');
    return undefined;
  } catch (error) {
    await runtime.query('rollback');
    return (error as { code?: string }).code;
  }
}

describe('ledger rules in the database', () => {
  it.each([
    ['update wallet.entry set amount = amount + 1'],
    ['delete from wallet.entry'],
    [`update wallet.transfer set kind = 'GRANT'`],
    ['delete from wallet.transfer'],
    ['truncate wallet.entry'],
  ])('the runtime role cannot %s (42501)', async (sql) => {
    expect(await asRuntime(sql)).toBe('42501');
  });

  it('not even the superuser can update an entry (append-only trigger)', async () => {
    await expect(t.db.query('update wallet.entry set amount = amount')).rejects.toMatchObject({ code: '42501' });
  });

  it('a player balance cannot go negative (CHECK)', async () => {
    expect(await asRuntime(`update wallet.account set balance = -1 where holder = $1`, [playerId])).toBe('23514');
    expect(await asRuntime(`update wallet.account set held = balance + 1 where holder = $1`, [playerId])).toBe('23514');
  });

  it('an unbalanced transfer cannot commit', async () => {
    const account = (
      await t.db.query<{ id: string; asset_id: string }>(`select id, asset_id from wallet.account where holder = $1`, [
        playerId,
      ])
    ).rows[0]!;
    const transferId = randomUUID();
    const code = await asRuntime(
      `with t as (insert into wallet.transfer (id, tenant_id, kind, idempotency_key, metadata, created_at) values ($1, $2, 'ADJUSTMENT', $3, '{}', now()) returning id)
       insert into wallet.entry (id, tenant_id, transfer_id, account_id, asset_id, amount, created_at) select gen_random_uuid(), $2, t.id, $4, $5, 5, now() from t`,
      [transferId, tenantId, `raw-${transferId}`, account.id, account.asset_id],
    );
    expect(code).toBe('CX422');
  });

  it('a posting to known accounts cannot move a balance by anything but the sum of its entries', async () => {
    const cash = (
      await t.db.query<{ id: string; asset_id: string; balance: string }>(
        `select id, asset_id, balance::text from wallet.account where holder = $1`,
        [playerId],
      )
    ).rows[0]!;
    const house = (
      await t.db.query<{ id: string }>(`select id from wallet.account where tenant_id = $1 and type = 'HOUSE'`, [
        tenantId,
      ])
    ).rows[0]!;
    const posting = (total: string) => ({
      tenantId,
      key: `known-${total}`,
      hash: 'h',
      operation: 'bet',
      kind: 'BET',
      playerId,
      reference: null,
      metadata: {},
      accounts: [cash.id, house.id],
      assetIds: [cash.asset_id, cash.asset_id],
      amounts: ['-10', '10'],
      running: ['-10', '10'],
      moveIds: [cash.id],
      moveTotals: [total],
      moveLowest: ['-10'],
      moveTypes: ['PLAYER_CASH'],
      moveAssets: ['USD'],
    });
    const post = (body: object) =>
      asRuntime(`select wallet.post_known_transfer(jsonb_populate_record(null::wallet.posting, $1::jsonb))`, [
        JSON.stringify(body),
      ]);
    expect(await post(posting('-1'))).toBe('CX422');
    expect(await post(posting('-10'))).toBeUndefined();
    const after = (
      await t.db.query<{ balance: string }>(`select balance::text from wallet.account where id = $1`, [cash.id])
    ).rows[0]!;
    expect(BigInt(after.balance)).toBe(BigInt(cash.balance) - 10n);
  });

  it('a group of postings goes as one statement, whole or not at all (the group function then posts one by one)', async () => {
    const other = randomUUID();
    await t.call('grant', {
      tenantId,
      playerId: other,
      asset: 'USD',
      amount: '500',
      idempotencyKey: `rules-group-${other}`,
    });
    const cash = async (holder: string) =>
      (
        await t.db.query<{ id: string; asset_id: string; balance: string }>(
          `select id, asset_id, balance::text from wallet.account where holder = $1 and type = 'PLAYER_CASH'`,
          [holder],
        )
      ).rows[0]!;
    const houseOf = async (tenant: string) =>
      (
        await t.db.query<{ id: string }>(`select id from wallet.account where tenant_id = $1 and type = 'HOUSE'`, [
          tenant,
        ])
      ).rows[0]!.id;
    const house = await houseOf(tenantId);
    const [a, b] = [await cash(playerId), await cash(other)];
    const betWin = (
      holder: { id: string; asset_id: string },
      player: string,
      stake: bigint,
      win: bigint,
      tenant = tenantId,
      houseId = house,
    ) => {
      const plan = planBetWin({ playerId: player, asset: 'USD', betId: randomUUID(), stake, win, jackpots: [] });
      return {
        tenantId: tenant,
        key: plan.key,
        hash: 'h',
        operation: 'bet-win',
        kind: plan.kind,
        playerId: player,
        reference: plan.reference!,
        metadata: {},
        ...knownPosting(
          plan.legs,
          plan.legs.map((leg) => ({
            accountId: leg.type === 'PLAYER_CASH' ? holder.id : houseId,
            assetId: holder.asset_id,
          })),
        ),
      };
    };
    const postGroup = async (items: GroupItem[]) => {
      await runtime.query('begin');
      try {
        const [group] = knownGroups(items, randomUUID)!;
        const { rows } = await runtime.query(
          `select wallet.post_known_group(jsonb_populate_record(null::wallet.posting_group, $1::jsonb)) as answers`,
          [JSON.stringify(group)],
        );
        await runtime.query('commit');
        return rows[0].answers as {
          ok: {
            transferId: string;
            replayed: boolean;
            balances: Record<string, { balance: string; available: string }>;
          };
        }[];
      } catch (error) {
        await runtime.query('rollback');
        return (error as { code?: string }).code ?? String(error);
      }
    };
    const transfers = async () =>
      (
        await t.db.query<{ n: number }>(`select count(*)::int as n from wallet.transfer where tenant_id = $1`, [
          tenantId,
        ])
      ).rows[0]!.n;
    const items = [betWin(a, playerId, 100n, 250n), betWin(a, playerId, 30n, 0n), betWin(b, other, 50n, 0n)];
    const answers = await postGroup(items);
    if (typeof answers === 'string') throw new Error(`group refused: ${answers}`);
    const [aBefore, bBefore] = [BigInt(a.balance), BigInt(b.balance)];
    expect(answers.map((answer) => [answer.ok.replayed, answer.ok.balances['PLAYER_CASH:USD']!.balance])).toEqual([
      [false, String(aBefore + 150n)],
      [false, String(aBefore + 120n)],
      [false, String(bBefore - 50n)],
    ]);
    expect((await cash(playerId)).balance).toBe(String(aBefore + 120n));
    expect((await cash(other)).balance).toBe(String(bBefore - 50n));
    // Each entry carries its account's running balance, in the order of the group.
    const entries = await t.db.query<{ balance_after: string }>(
      `select e.balance_after::text from wallet.entry e join wallet.transfer x on x.id = e.transfer_id
        where e.account_id = $1 and x.idempotency_key = any ($2) order by e.balance_after desc`,
      [a.id, items.slice(0, 2).map((item) => item.key)],
    );
    expect(entries.rows.map((row) => row.balance_after)).toEqual([
      String(aBefore + 150n),
      String(aBefore + 120n),
      String(aBefore - 100n),
    ]);
    // Short of funds at any point of the group, a replayed key, or a balance not moved by its legs: nothing is written.
    const before = await transfers();
    expect(await postGroup([betWin(b, other, 10n, 0n), betWin(b, other, 10_000n, 20_000n)])).toBe('CX0GB');
    // (A replayed key's entries fail their foreign key: the transfer was not written.)
    expect(['CX0GB', '23503']).toContain(await postGroup([betWin(b, other, 10n, 0n), items[2]!]));
    const skewed = betWin(b, other, 10n, 0n);
    expect(await postGroup([{ ...skewed, moveTotals: ['-9'] }])).toBe('CX0GB');
    expect(await transfers()).toBe(before);
    expect((await cash(other)).balance).toBe(String(bBefore - 50n));

    // Two tenants in one group: the group function posts each tenant's part as one statement, the answers in the items' order.
    const [tenant2, player2] = [randomUUID(), randomUUID()];
    await t.call('grant', {
      tenantId: tenant2,
      playerId: player2,
      asset: 'USD',
      amount: '700',
      idempotencyKey: `rules-group-${player2}`,
    });
    await t.call('bet-win', {
      tenantId: tenant2,
      playerId: player2,
      asset: 'USD',
      betId: randomUUID(),
      stake: '100',
      win: '0',
    });
    const c = await cash(player2);
    const mixed = [
      betWin(a, playerId, 5n, 0n),
      betWin(c, player2, 7n, 0n, tenant2, await houseOf(tenant2)),
      betWin(b, other, 9n, 0n),
    ];
    const parts = knownGroups(mixed, randomUUID)!;
    type GroupResult = { answers: { ok: { transferId: string; balances: Record<string, { balance: string }> } }[] };
    const { rows } = await t.db.query<{ result: GroupResult }>(
      `select wallet.post_group($1::jsonb, $2::jsonb) as result`,
      [JSON.stringify(mixed), JSON.stringify(parts)],
    );
    const answers2 = rows[0]!.result.answers;
    // (The transfer ids are the parts' own: the group went at once, not posting by posting.)
    expect(answers2.map((answer) => answer.ok.transferId)).toEqual([
      parts[0]!.ids[0],
      parts[1]!.ids[0],
      parts[0]!.ids[1],
    ]);
    expect(answers2.map((answer) => answer.ok.balances['PLAYER_CASH:USD']!.balance)).toEqual([
      String(aBefore + 120n - 5n),
      String(BigInt(c.balance) - 7n),
      String(bBefore - 50n - 9n),
    ]);
    expect((await cash(player2)).balance).toBe(String(BigInt(c.balance) - 7n));
  });

  it("row-level security hides another tenant's accounts from the runtime role", async () => {
    await runtime.query('begin');
    await runtime.query(`select set_config('app.tenant_id', $1, true)`, [randomUUID()]);
    const rows = await runtime.query('select count(*)::int as n from wallet.account');
    await runtime.query('rollback');
    expect(rows.rows[0].n).toBe(0);
  });
});
