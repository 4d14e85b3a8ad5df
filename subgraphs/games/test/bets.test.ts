import { randomUUID } from 'node:crypto';
import { errorCode, ledgerInvariants } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FairRng } from '@casinox/fairness';
import { hashServerSeed } from '@casinox/fairness';
import { dice } from '../src/math/dice.js';
import { BET_FIELDS, PLACE_BET, startTestGames, type TestGames } from './support.js';

interface BetResult {
  ok: boolean;
  code: string | null;
  minStake: string | null;
  maxStake: string | null;
  balanceAfter: string | null;
  replayed: boolean;
  bet: {
    id: string;
    status: string;
    stake: string;
    payout: string;
    multiplier: string;
    outcome: Record<string, unknown>;
    params: Record<string, unknown>;
    fairness: {
      seedPairId: string;
      serverSeedHash: string;
      serverSeed: string | null;
      clientSeed: string;
      nonce: number;
    };
  } | null;
}

let t: TestGames;
const tenant = randomUUID();
const otherTenant = randomUUID();

beforeAll(async () => {
  t = await startTestGames();
});
afterAll(async () => {
  await t?.stop();
});

async function newPlayer(amount = 100_00n, tenantId: string = tenant) {
  const playerId = randomUUID();
  if (amount > 0n) await t.fund(tenantId, playerId, 'EUR', amount);
  return { playerId, token: await t.playerToken(tenantId, playerId) };
}

async function placeDice(
  token: string,
  stake: bigint,
  key: string = randomUUID(),
  params: Record<string, unknown> = { target: 50, direction: 'UNDER' },
) {
  const res = await t.gql<{ placeBet: BetResult }>(
    PLACE_BET,
    { input: { game: 'DICE', asset: 'EUR', stake: stake.toString(), params, idempotencyKey: key } },
    token,
  );
  return res;
}

describe('placing instant bets', () => {
  it('settles a dice bet in one wallet transaction: stake out, win in, nonce +1, balance reported', async () => {
    const { playerId, token } = await newPlayer(100_00n);
    let expected = 100_00n;
    const nonces: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await placeDice(token, 1_00n);
      expect(res.errors).toBeUndefined();
      const result = res.data!.placeBet;
      expect(result.ok).toBe(true);
      expect(result.bet!.status).toBe('SETTLED');
      expected += BigInt(result.bet!.payout) - 1_00n;
      expect(BigInt(result.balanceAfter!)).toBe(expected);
      expect(result.bet!.fairness.serverSeed).toBeNull();
      nonces.push(result.bet!.fairness.nonce);
    }
    expect(nonces).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await t.balance(tenant, playerId, 'EUR')).toBe(expected);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('reveals the server seed on rotation, and every bet recomputes from it', async () => {
    const { token } = await newPlayer(50_00n);
    const before = await t.gql<{ myFairness: { serverSeedHash: string; clientSeed: string; nextNonce: number } }>(
      `{ myFairness { serverSeedHash clientSeed nextNonce } }`,
      {},
      token,
    );
    const committed = before.data!.myFairness;
    expect(committed.nextNonce).toBe(0);
    const placed: NonNullable<BetResult['bet']>[] = [];
    for (let i = 0; i < 5; i++) placed.push((await placeDice(token, 1_00n)).data!.placeBet.bet!);
    expect(
      placed.every(
        (bet) =>
          bet.fairness.serverSeedHash === committed.serverSeedHash && bet.fairness.clientSeed === committed.clientSeed,
      ),
    ).toBe(true);

    const rotated = await t.gql<{
      rotateSeed: {
        revealed: { serverSeed: string; serverSeedHash: string; nextNonce: number };
        current: { serverSeedHash: string; clientSeed: string; nextNonce: number };
      };
    }>(
      `mutation { rotateSeed(clientSeed: "my-lucky-seed") { revealed { serverSeed serverSeedHash nextNonce } current { serverSeedHash clientSeed nextNonce } } }`,
      {},
      token,
    );
    const { revealed, current } = rotated.data!.rotateSeed;
    expect(hashServerSeed(revealed.serverSeed)).toBe(committed.serverSeedHash);
    expect(revealed.nextNonce).toBe(5);
    expect(current).toMatchObject({ clientSeed: 'my-lucky-seed', nextNonce: 0 });
    expect(current.serverSeedHash).not.toBe(committed.serverSeedHash);

    for (const bet of placed) {
      const again = await t.gql<{ myBet: { fairness: { serverSeed: string }; outcome: { roll: number } } }>(
        `query ($id: ID!) { myBet(id: $id) { ${BET_FIELDS} } }`,
        { id: bet.id },
        token,
      );
      expect(again.data!.myBet.fairness.serverSeed).toBe(revealed.serverSeed);
      const recomputed = dice.play(
        new FairRng(revealed.serverSeed, bet.fairness.clientSeed, bet.fairness.nonce),
        { target: 50, direction: 'UNDER' },
        1_00n,
        'edge-1',
      );
      expect(recomputed.outcome.roll).toBe(again.data!.myBet.outcome.roll);
      expect(recomputed.payout.toString()).toBe(bet.payout);
    }
  });

  it('what the process remembers never decides a bet: after a rotation, a variant change, a nonce taken elsewhere and concurrent bets, every bet uses the current seeds, variant and next nonce', async () => {
    const own = randomUUID();
    const { playerId, token } = await newPlayer(100_00n, own);
    const fairness = async () =>
      (
        await t.db.query<{ id: string; nonce: number }>(
          `select id, nonce from games.seed_pair where player_id = $1 and status = 'ACTIVE'`,
          [playerId],
        )
      ).rows[0]!;
    const bet = async () => (await placeDice(token, 1_00n)).data!.placeBet.bet!;
    expect([(await bet()).fairness.nonce, (await bet()).fairness.nonce, (await bet()).fairness.nonce]).toEqual([
      0, 1, 2,
    ]);

    await t.gql(`mutation { rotateSeed { current { serverSeedHash } } }`, {}, token);
    const afterRotation = await bet();
    expect(afterRotation.fairness).toMatchObject({ seedPairId: (await fairness()).id, nonce: 0 });

    const admin = await t.operatorToken(own, 'ADMIN');
    const configure = `mutation ($input: ConfigureGameInput!) { configureGame(input: $input) { variant } }`;
    await t.gql(configure, { input: { game: 'DICE', enabled: true, variant: 'edge-2' } }, admin);
    const underNewVariant = await bet();
    const variant = await t.db.query<{ variant: string }>(`select variant from games.bet where id = $1`, [
      underNewVariant.id,
    ]);
    expect(variant.rows[0]!.variant).toBe('edge-2');

    // Another games process took a nonce with a bet of its own: this one does not reuse it.
    await t.db.query(`update games.seed_pair set nonce = nonce + 1 where player_id = $1 and status = 'ACTIVE'`, [
      playerId,
    ]);
    const next = (await fairness()).nonce;
    expect((await bet()).fairness.nonce).toBe(next);

    const concurrent = await Promise.all(Array.from({ length: 10 }, () => placeDice(token, 1_00n)));
    const nonces = concurrent.map((r) => r.data!.placeBet.bet!.fairness.nonce).sort((a, b) => a - b);
    expect(nonces).toEqual(Array.from({ length: 10 }, (_, i) => next + 1 + i));
    expect((await fairness()).nonce).toBe(next + 11);
    // No nonce of a pair was used twice, and every recorded bet was settled.
    const rows = await t.db.query(
      `select count(*)::int as n, count(distinct (seed_pair_id, nonce))::int as d, count(*) filter (where status <> 'SETTLED')::int as open from games.bet where player_id = $1`,
      [playerId],
    );
    expect(rows.rows[0]).toEqual({ n: 16, d: 16, open: 0 });
  });

  it('refuses what it must, with typed results or coded errors, and writes nothing', async () => {
    const { playerId, token } = await newPlayer(5_00n);
    const poor = await placeDice(token, 10_00n);
    expect(poor.data!.placeBet).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS' });

    const tooSmall = await placeDice(token, 1n);
    expect(tooSmall.data!.placeBet).toMatchObject({
      ok: false,
      code: 'STAKE_OUT_OF_LIMITS',
      minStake: '10',
      maxStake: '100000',
    });

    const malformed = await placeDice(token, 1_00n, randomUUID(), { target: 'fifty', direction: 'SIDEWAYS' });
    expect(errorCode(malformed)).toBe('INVALID_PARAMS');

    const badAsset = await t.gql<{ placeBet: BetResult }>(
      PLACE_BET,
      {
        input: {
          game: 'DICE',
          asset: 'DOGE',
          stake: '100',
          params: { target: 50, direction: 'UNDER' },
          idempotencyKey: randomUUID(),
        },
      },
      token,
    );
    expect(badAsset.data!.placeBet).toMatchObject({ ok: false, code: 'ASSET_NOT_SUPPORTED' });

    const negative = await placeDice(token, -5n);
    expect(errorCode(negative)).toBe('INVALID_PARAMS');
    const fractional = await t.gql(
      PLACE_BET,
      { input: { game: 'DICE', asset: 'EUR', stake: '1.5', params: {}, idempotencyKey: randomUUID() } },
      token,
    );
    expect(errorCode(fractional)).toBe('BAD_USER_INPUT');

    expect(await t.balance(tenant, playerId, 'EUR')).toBe(5_00n);
    const bets = await t.db.query(`select status, rejection_code from games.bet where player_id = $1`, [playerId]);
    // Only the insufficient-funds bet reached the wallet; it is REJECTED. Nothing else was recorded.
    expect(bets.rows).toEqual([{ status: 'REJECTED', rejection_code: 'INSUFFICIENT_FUNDS' }]);
  });

  it('replays a key: the same bet once, even under 30 concurrent calls; another payload under it is refused', async () => {
    const { playerId, token } = await newPlayer(20_00n);
    const key = `k-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 30 }, () => placeDice(token, 1_00n, key)));
    const ids = new Set(results.map((r) => r.data?.placeBet.bet?.id ?? errorCode(r)));
    // Every caller sees the one bet, or is told to retry while it settles.
    ids.delete('SETTLEMENT_PENDING');
    expect(ids.size).toBe(1);
    const replay = await placeDice(token, 1_00n, key);
    expect(replay.data!.placeBet).toMatchObject({ ok: true, replayed: true });
    expect(replay.data!.placeBet.bet!.id).toBe([...ids][0]);
    const conflicting = await placeDice(token, 2_00n, key);
    expect(errorCode(conflicting)).toBe('IDEMPOTENCY_KEY_REUSED');
    const count = await t.db.query(`select count(*)::int as n from games.bet where player_id = $1`, [playerId]);
    expect(count.rows[0]).toEqual({ n: 1 });
    const transfers = await t.db.query(
      `select count(*)::int as n from wallet.transfer where player_id = $1 and kind = 'BET_WIN'`,
      [playerId],
    );
    expect(transfers.rows[0]).toEqual({ n: 1 });
  });

  it("applies the operator's configuration: disabled games and custom limits; another tenant is untouched", async () => {
    const admin = await t.operatorToken(tenant, 'ADMIN');
    const support = await t.operatorToken(tenant, 'SUPPORT');
    const configure = `mutation ($input: ConfigureGameInput!) { configureGame(input: $input) { code enabled variant rtp limits { asset minStake maxStake custom } } }`;
    const denied = await t.gql(configure, { input: { game: 'LIMBO', enabled: false } }, support);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const done = await t.gql<{
      configureGame: { enabled: boolean; limits: { asset: string; minStake: string; custom: boolean }[] };
    }>(
      configure,
      { input: { game: 'LIMBO', enabled: false, limits: [{ asset: 'EUR', minStake: '50', maxStake: '500' }] } },
      admin,
    );
    expect(done.data!.configureGame.enabled).toBe(false);
    expect(done.data!.configureGame.limits.find((l) => l.asset === 'EUR')).toMatchObject({
      minStake: '50',
      custom: true,
    });
    const chosen = await t.gql<{ configureGame: { variant: string } }>(
      configure,
      { input: { game: 'DICE', enabled: true, variant: 'edge-2' } },
      admin,
    );
    expect(chosen.data!.configureGame.variant).toBe('edge-2');
    const toggled = await t.gql<{ configureGame: { variant: string; rtp: number } }>(
      configure,
      { input: { game: 'DICE', enabled: true } },
      admin,
    );
    expect(toggled.data!.configureGame).toMatchObject({ variant: 'edge-2', rtp: 0.98 });
    await t.gql(configure, { input: { game: 'DICE', enabled: true, variant: 'edge-1' } }, admin);
    const badLimits = await t.gql(
      configure,
      { input: { game: 'DICE', enabled: true, limits: [{ asset: 'EUR', minStake: '500', maxStake: '50' }] } },
      admin,
    );
    expect(errorCode(badLimits)).toBe('BAD_USER_INPUT');

    const { token } = await newPlayer(10_00n);
    const limbo = await t.gql<{ placeBet: BetResult }>(
      PLACE_BET,
      { input: { game: 'LIMBO', asset: 'EUR', stake: '100', params: { target: 2 }, idempotencyKey: randomUUID() } },
      token,
    );
    expect(limbo.data!.placeBet).toMatchObject({ ok: false, code: 'GAME_DISABLED' });
    const catalogue = await t.gql<{ games: { code: string }[] }>(`{ games { code } }`, {}, token);
    expect(catalogue.data!.games.map((g) => g.code)).not.toContain('LIMBO');

    const other = await newPlayer(10_00n, otherTenant);
    const elsewhere = await t.gql<{ placeBet: BetResult }>(
      PLACE_BET,
      { input: { game: 'LIMBO', asset: 'EUR', stake: '100', params: { target: 2 }, idempotencyKey: randomUUID() } },
      other.token,
    );
    expect(elsewhere.data!.placeBet.ok).toBe(true);
  });

  it("never shows another tenant's bets", async () => {
    const mine = await newPlayer(10_00n);
    const bet = (await placeDice(mine.token, 1_00n)).data!.placeBet.bet!;
    const stranger = await newPlayer(10_00n, otherTenant);
    const asPlayer = await t.gql<{ myBet: unknown }>(
      `query ($id: ID!) { myBet(id: $id) { id } }`,
      { id: bet.id },
      stranger.token,
    );
    expect(asPlayer.data!.myBet).toBeNull();
    const foreignOperator = await t.operatorToken(otherTenant, 'ADMIN');
    const asOperator = await t.gql(`query ($id: ID!) { bet(id: $id) { id } }`, { id: bet.id }, foreignOperator);
    expect(errorCode(asOperator)).toBe('NOT_FOUND');
    const list = await t.gql<{ bets: { edges: { node: { id: string } }[] } }>(
      `{ bets(first: 100) { edges { node { id } } } }`,
      {},
      foreignOperator,
    );
    expect(list.data!.bets.edges.map((e) => e.node.id)).not.toContain(bet.id);
    // Ids that cannot exist are unknown ids, never a database error.
    expect(errorCode(await t.gql(`{ bet(id: "not-a-uuid") { id } }`, {}, foreignOperator))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(`{ bets(filter: { playerId: "x' or 1=1" }) { edges { node { id } } } }`, {}, foreignOperator),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      (await t.gql<{ myBet: unknown }>(`{ myBet(id: "nope") { id } }`, {}, stranger.token)).data!.myBet,
    ).toBeNull();
    expect(errorCode(await t.gql(`mutation { cashOut(betId: "nope") { ok } }`, {}, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(`{ games(tenantId: "nope") { code } }`))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await t.gql(`query ($t: ID) { games(tenantId: $t) { code } }`, { t: tenant }, stranger.token)),
    ).toBe('FORBIDDEN');
    const ownOperator = await t.operatorToken(tenant, 'SUPPORT');
    const seen = await t.gql<{ bet: { id: string } }>(
      `query ($id: ID!) { bet(id: $id) { id } }`,
      { id: bet.id },
      ownOperator,
    );
    expect(seen.data!.bet.id).toBe(bet.id);
  });

  it('stops a restricted player before anything is recorded (the responsible-gambling seam)', async () => {
    const { playerId, token } = await newPlayer(10_00n);
    await t.db.query(
      `insert into games.player_restriction (tenant_id, player_id, kind, until, updated_at) values ($1, $2, 'SELF_EXCLUSION', now() + interval '1 day', now())`,
      [tenant, playerId],
    );
    const res = await placeDice(token, 1_00n);
    expect(res.data!.placeBet).toMatchObject({ ok: false, code: 'RESPONSIBLE_GAMBLING' });
    expect((await t.db.query(`select 1 from games.bet where player_id = $1`, [playerId])).rowCount).toBe(0);
  });
});

describe('groups of bet steps in one statement', () => {
  it('places and settles a group at once, or writes nothing and lets each item answer on its own', async () => {
    const players = [await newPlayer(10_00n), await newPlayer(10_00n), await newPlayer(10_00n, otherTenant)];
    for (const { token } of players) expect((await placeDice(token, 1_00n)).data!.placeBet.ok).toBe(true);
    const pairs = await t.db.query<{
      tenant_id: string;
      player_id: string;
      id: string;
      nonce: number;
      client_seed: string;
    }>(
      `select tenant_id, player_id, id, nonce, client_seed from games.seed_pair where player_id = any ($1) and status = 'ACTIVE'`,
      [players.map((p) => p.playerId)],
    );
    const item = (playerId: string, nonce?: number) => {
      const pair = pairs.rows.find((row) => row.player_id === playerId)!;
      return {
        tenantId: pair.tenant_id,
        playerId,
        key: randomUUID(),
        hash: 'h',
        game: 'DICE',
        asset: 'EUR',
        stake: '100',
        defaultVariant: 'edge-1',
        defaultMin: '10',
        defaultMax: '100000',
        singleRound: false,
        assumed: {
          seedPairId: pair.id,
          nonce: nonce ?? pair.nonce,
          clientSeed: pair.client_seed,
          variant: 'edge-1',
          spendOrder: null,
          jackpots: null,
        },
        id: randomUUID(),
        payout: '0',
        multiplier: '0',
        params: { target: 50, direction: 'UNDER' },
        outcome: { roll: 99 },
        state: null,
        ledger: null,
      };
    };
    // As the games runtime role, each call its own transaction.
    const call = async (sql: string, items: object[], second: unknown = tenant) => {
      const client = new pg.Client({ connectionString: t.db.urlFor('games') });
      await client.connect();
      try {
        return { answers: (await client.query(sql, [JSON.stringify(items), second])).rows[0].answers };
      } catch (error) {
        return { code: (error as { code?: string }).code };
      } finally {
        await client.end();
      }
    };
    const betsOf = async (items: { id: string }[]) =>
      (await t.db.query(`select id, status, nonce from games.bet where id = any ($1)`, [items.map((i) => i.id)])).rows;

    // A stale nonce in the group: the one statement writes nothing…
    const [fresh, stale] = [item(players[0]!.playerId), item(players[1]!.playerId, 0)];
    expect(await call('select games.place_all($2, $1::jsonb) as answers', [fresh, stale])).toEqual({ code: 'CX0GB' });
    expect(await betsOf([fresh, stale])).toEqual([]);
    // …and the group function answers item by item: one placed, one told the current truth.
    const { answers } = await call('select games.place_group($1::jsonb, $2) as answers', [fresh, stale], true);
    expect(answers[0]).toEqual({ ok: { placed: true } });
    expect(answers[1].ok).toMatchObject({ stale: true, nonce: 1 });

    // Both fresh: placed by the one statement, each with its nonce.
    const group = [item(players[0]!.playerId, 2), item(players[1]!.playerId, 1)];
    expect(await call('select games.place_all($2, $1::jsonb) as answers', group)).toEqual({
      answers: [{ ok: { placed: true } }, { ok: { placed: true } }],
    });
    expect((await betsOf(group)).map((bet) => [bet.status, bet.nonce]).sort()).toEqual([
      ['PENDING', 1],
      ['PENDING', 2],
    ]);

    // Two tenants in one group: one statement each (row-level security), the answers in the items' order.
    const mixed = [item(players[0]!.playerId, 3), item(players[2]!.playerId), item(players[1]!.playerId, 2)];
    expect(await call('select games.place_group($1::jsonb, $2) as answers', mixed, true)).toEqual({
      answers: mixed.map(() => ({ ok: { placed: true } })),
    });
    expect((await betsOf(mixed)).map((bet) => bet.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);

    // Settled at once: each answers its bet and its bet.settled seq; a bet not in the status named answers null.
    const settle = [...group, fresh].map((bet, i) => ({
      tenantId: tenant,
      betId: bet.id,
      from: i < 2 ? ['PENDING'] : ['OPEN'],
      to: 'SETTLED',
      attempted: true,
    }));
    const settled = await call('select games.settle_all($2, $1::jsonb) as answers', settle);
    type Settled = { ok: { bet: { id: string; status: string; tenant_id: string }; eventSeq: string } | null };
    expect(settled.answers.map((a: Settled) => a.ok && [a.ok.bet.id, a.ok.bet.status, typeof a.ok.eventSeq])).toEqual([
      [group[0]!.id, 'SETTLED', 'string'],
      [group[1]!.id, 'SETTLED', 'string'],
      null,
    ]);
    const events = await t.db.query(
      `select bet_id from games.bet_event where bet_id = any ($1) and kind = 'bet.settled'`,
      [group.map((g) => g.id)],
    );
    expect(events.rowCount).toBe(2);
    // And the two tenants' bets through the group function.
    const both = mixed.map((bet) => ({
      tenantId: bet.tenantId,
      betId: bet.id,
      from: ['PENDING'],
      to: 'SETTLED',
      attempted: true,
    }));
    const moved = await call('select games.transition_group($1::jsonb, $2) as answers', both, true);
    expect(moved.answers.map((a: Settled) => [a.ok!.bet.id, a.ok!.bet.tenant_id, a.ok!.bet.status])).toEqual(
      mixed.map((bet) => [bet.id, bet.tenantId, 'SETTLED']),
    );
    // At once, settling leaves the recovery markers for recovery to forget in bulk (item by item, move_bet deletes each).
    const markers = await t.db.query(`select count(*)::int as n from games.unsettled_bet where bet_id = any ($1)`, [
      mixed.map((bet) => bet.id),
    ]);
    expect(markers.rows[0]).toEqual({ n: 3 });
  });
});
