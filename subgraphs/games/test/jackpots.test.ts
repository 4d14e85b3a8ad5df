import { createHmac, randomUUID } from 'node:crypto';
import {
  type BetSettledEvent,
  type BonusWageringEvent,
  EventBus,
  type JackpotOptInEvent,
  type JackpotRulesEvent,
} from '@casinox/events';
import { errorCode, freePort, internalPost, ledgerInvariants } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JackpotOptInConsumer } from '../src/jackpots/jackpot-opt-in.consumer.js';
import { JackpotRulesConsumer } from '../src/jackpots/jackpot-rules.consumer.js';
import { BonusWageringConsumer } from '../src/restrictions/bonus-wagering.consumer.js';
import { PLACE_BET, startTestGames, type TestGames } from './support.js';

/**
 * Issue 5, games side: jackpot contributions and bonus money move inside the bet's own wallet
 * transfer, decided from local read models (no call to jackpot or bonus per bet), and bet.settled
 * tells the jackpot and bonus engines what moved.
 */
interface Placed {
  ok: boolean;
  code: string | null;
  balanceAfter: string | null;
  bet: {
    id: string;
    status: string;
    stake: string;
    payout: string;
    fairness: { seedPairId: string; clientSeed: string; nonce: number };
  } | null;
}

let t: TestGames;
let games: pg.Pool;
let rules: JackpotRulesConsumer;
let optIns: JackpotOptInConsumer;
let caps: BonusWageringConsumer;
const buses: EventBus[] = [];
let seq = 1_000;
const nextSeq = () => String(++seq);

beforeAll(async () => {
  t = await startTestGames();
  // The read models' consumers, as games runs them (its runtime role, under row-level security).
  games = new pg.Pool({ connectionString: t.db.urlFor('games'), max: 2 });
  rules = new JackpotRulesConsumer(games);
  optIns = new JackpotOptInConsumer(games);
  caps = new BonusWageringConsumer(games);
});
afterAll(async () => {
  for (const bus of buses) await bus.stop();
  await games?.end();
  await t?.stop();
});

function rule(tenantId: string, patch: Partial<JackpotRulesEvent> = {}): JackpotRulesEvent {
  const jackpotId = patch.jackpotId ?? randomUUID();
  return {
    seq: nextSeq(),
    tenantId,
    jackpotId,
    type: 'PROGRESSIVE',
    active: true,
    asset: 'EUR',
    gameCodes: null,
    optIn: false,
    contributionBasisPoints: 150,
    fairnessSlot: 2,
    tiers: [
      { code: 'MAJOR', pool: `${jackpotId}:MAJOR`, shareBasisPoints: 7_000, hitOneIn: 1_000_000 },
      { code: 'MINOR', pool: `${jackpotId}:MINOR`, shareBasisPoints: 3_000, hitOneIn: 10_000 },
    ],
    ...patch,
  };
}

async function newPlayer(tenantId: string, amount = 100_00n) {
  const playerId = randomUUID();
  await t.fund(tenantId, playerId, 'EUR', amount);
  return { playerId, token: await t.playerToken(tenantId, playerId) };
}

async function place(
  token: string,
  stake: bigint,
  game: 'DICE' | 'LIMBO' = 'DICE',
  key = randomUUID(),
): Promise<Placed> {
  const params = game === 'DICE' ? { target: 50, direction: 'UNDER' } : { target: 2 };
  const res = await t.gql<{ placeBet: Placed }>(
    PLACE_BET,
    { input: { game, asset: 'EUR', stake: stake.toString(), params, idempotencyKey: key } },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.placeBet;
}

/** What a bet's own wallet transfer moved, by account (type:holder), summed. */
async function transferOf(betId: string): Promise<Record<string, bigint>> {
  const { rows } = await t.db.query<{ type: string; holder: string; amount: string }>(
    `select a.type, a.holder, sum(e.amount)::text as amount from games.bet b join wallet.entry e on e.transfer_id = b.transfer_id
       join wallet.account a on a.id = e.account_id where b.id = $1 group by a.type, a.holder`,
    [betId],
  );
  return Object.fromEntries(rows.map((row) => [`${row.type}:${row.holder}`, BigInt(row.amount)]));
}

/** A pool's balance from its ledger entries (hot accounts may not cache one). */
async function poolBalance(tenantId: string, pool: string): Promise<bigint> {
  const { rows } = await t.db.query<{ balance: string }>(
    `select coalesce(sum(e.amount), 0)::text as balance from wallet.entry e join wallet.account a on a.id = e.account_id
      where a.tenant_id = $1 and a.type = 'JACKPOT_POOL' and a.holder = $2`,
    [tenantId, pool],
  );
  return BigInt(rows[0]!.balance);
}

async function settledEvent(betId: string): Promise<Record<string, unknown>> {
  const { rows } = await t.db.query<{ payload: Record<string, unknown> }>(
    `select payload from games.bet_event where bet_id = $1 and kind = 'bet.settled'`,
    [betId],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.payload;
}

async function serverSeedOf(seedPairId: string): Promise<string> {
  const { rows } = await t.db.query<{ server_seed: string }>('select server_seed from games.seed_pair where id = $1', [
    seedPairId,
  ]);
  return rows[0]!.server_seed;
}

describe('jackpot contributions on the bet path', () => {
  it('moves floor(stake × bp / 10 000) from the stake into the pools in the same transfer, and tells the jackpot engine', async () => {
    const tenant = randomUUID();
    const jackpot = rule(tenant);
    await rules.handle(jackpot);
    const { playerId, token } = await newPlayer(tenant);

    const placed = await place(token, 10_00n);
    expect(placed.ok).toBe(true);
    const bet = placed.bet!;
    // 1.5 % of 1000 = 15: MAJOR floor(10.5) = 10 + the remainder 1, MINOR floor(4.5) = 4.
    const moved = await transferOf(bet.id);
    expect(moved[`JACKPOT_POOL:${jackpot.jackpotId}:MAJOR`]).toBe(11n);
    expect(moved[`JACKPOT_POOL:${jackpot.jackpotId}:MINOR`]).toBe(4n);
    expect(moved[`PLAYER_CASH:${playerId}`]).toBe(BigInt(bet.payout) - 10_00n);
    // The balance reported is the player's cash, as before.
    expect(BigInt(placed.balanceAfter!)).toBe(100_00n - 10_00n + BigInt(bet.payout));
    expect(await poolBalance(tenant, `${jackpot.jackpotId}:MAJOR`)).toBe(11n);

    const serverSeed = await serverSeedOf(bet.fairness.seedPairId);
    const block = createHmac('sha256', serverSeed)
      .update(`${bet.fairness.clientSeed}:${bet.fairness.nonce}:1002`)
      .digest('hex');
    const event = await settledEvent(bet.id);
    expect(event.contributions).toEqual([
      { jackpotId: jackpot.jackpotId, tierCode: 'MAJOR', pool: `${jackpot.jackpotId}:MAJOR`, amount: '11' },
      { jackpotId: jackpot.jackpotId, tierCode: 'MINOR', pool: `${jackpot.jackpotId}:MINOR`, amount: '4' },
    ]);
    // The round carries the odds of the rules games applied, so a later edit never changes the decision.
    expect(event.jackpotRounds).toEqual([
      {
        jackpotId: jackpot.jackpotId,
        round: 1002,
        block,
        odds: [
          { code: 'MAJOR', hitOneIn: 1_000_000 },
          { code: 'MINOR', hitOneIn: 10_000 },
        ],
      },
    ]);
    expect(event).not.toHaveProperty('bonusSplit');
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });

  it('contributes only in scope: the rule’s games and asset, its own tenant; a plain bet’s event stays as small as before', async () => {
    const tenant = randomUUID();
    const diceOnly = rule(tenant, {
      type: 'MUST_DROP',
      fairnessSlot: null,
      gameCodes: ['DICE'],
      contributionBasisPoints: 100,
    });
    await rules.handle(diceOnly);
    await rules.handle(rule(tenant, { asset: 'USD' }));
    await rules.handle(rule(tenant, { type: 'FIXED', contributionBasisPoints: 0, fairnessSlot: null }));
    const { token } = await newPlayer(tenant);

    const dice = (await place(token, 5_00n, 'DICE')).bet!;
    expect(await transferOf(dice.id)).toMatchObject({
      [`JACKPOT_POOL:${diceOnly.jackpotId}:MAJOR`]: 4n,
      [`JACKPOT_POOL:${diceOnly.jackpotId}:MINOR`]: 1n,
    });
    const diceEvent = await settledEvent(dice.id);
    expect(diceEvent.contributions).toHaveLength(2);
    // A must-drop jackpot has no progressive round.
    expect(diceEvent).not.toHaveProperty('jackpotRounds');

    const limbo = (await place(token, 5_00n, 'LIMBO')).bet!;
    expect(Object.keys(await transferOf(limbo.id)).filter((account) => account.startsWith('JACKPOT_POOL'))).toEqual([]);
    expect(Object.keys(await settledEvent(limbo.id)).sort()).toEqual([
      'asset',
      'betId',
      'game',
      'payout',
      'playerId',
      'settledAt',
      'stake',
    ]);

    // Another tenant's player betting on DICE: the rules are the tenant's own.
    const stranger = await newPlayer(randomUUID());
    const foreign = (await place(stranger.token, 5_00n, 'DICE')).bet!;
    expect(Object.keys(await transferOf(foreign.id)).filter((account) => account.startsWith('JACKPOT_POOL'))).toEqual(
      [],
    );
  });

  it('takes nothing from a player who has not opted in to an opt-in jackpot; the latest choice wins, whatever order the events arrive in', async () => {
    const tenant = randomUUID();
    const jackpotId = randomUUID();
    const jackpot = rule(tenant, {
      jackpotId,
      optIn: true,
      contributionBasisPoints: 100,
      tiers: [{ code: 'ONLY', pool: `${jackpotId}:ONLY`, shareBasisPoints: 10_000, hitOneIn: 500 }],
    });
    await rules.handle(jackpot);
    const pool = `JACKPOT_POOL:${jackpot.jackpotId}:ONLY`;
    const out = await newPlayer(tenant);
    const inn = await newPlayer(tenant);
    const optIn = (playerId: string, optedIn: boolean, at: string): JackpotOptInEvent => ({
      seq: at,
      tenantId: tenant,
      jackpotId: jackpot.jackpotId,
      playerId,
      optedIn,
    });
    await optIns.handle(optIn(inn.playerId, true, nextSeq()));

    const notIn = (await place(out.token, 10_00n)).bet!;
    expect((await transferOf(notIn.id))[pool]).toBeUndefined();
    const notInEvent = await settledEvent(notIn.id);
    expect(notInEvent).not.toHaveProperty('contributions');
    expect(notInEvent).not.toHaveProperty('jackpotRounds');

    const opted = (await place(inn.token, 10_00n)).bet!;
    expect((await transferOf(opted.id))[pool]).toBe(10n);
    expect(await settledEvent(opted.id)).toHaveProperty('jackpotRounds');

    // Opted out at seq n+2; the opt-in of seq n+1, delivered late, changes nothing.
    const late = nextSeq();
    await optIns.handle(optIn(inn.playerId, false, nextSeq()));
    await optIns.handle(optIn(inn.playerId, true, late));
    const afterOptOut = (await place(inn.token, 10_00n)).bet!;
    expect((await transferOf(afterOptOut.id))[pool]).toBeUndefined();
    expect(await poolBalance(tenant, `${jackpot.jackpotId}:ONLY`)).toBe(10n);
  });

  it('takes nothing for a paused jackpot, and a late rules event with a lower seq never overrides a newer one', async () => {
    const tenant = randomUUID();
    const first = rule(tenant, { contributionBasisPoints: 100 });
    const { token } = await newPlayer(tenant);
    const pool = `JACKPOT_POOL:${first.jackpotId}:MAJOR`;
    const paused = { ...first, seq: nextSeq(), active: false };
    const resumedLate = { ...first, seq: String(Number(paused.seq) - 1), active: true, contributionBasisPoints: 500 };
    await rules.handle(first);
    await rules.handle(paused);
    await rules.handle(resumedLate); // an older event delivered after the pause
    await rules.handle(first); // and a redelivery of the very first one

    const whilePaused = (await place(token, 10_00n)).bet!;
    expect((await transferOf(whilePaused.id))[pool]).toBeUndefined();
    const pausedEvent = await settledEvent(whilePaused.id);
    expect(pausedEvent).not.toHaveProperty('contributions');
    expect(pausedEvent).not.toHaveProperty('jackpotRounds');

    await rules.handle({ ...first, seq: nextSeq(), active: true, contributionBasisPoints: 200 });
    const resumed = (await place(token, 10_00n)).bet!;
    // 2 % of 1000 = 20: MAJOR 14, MINOR 6.
    expect((await transferOf(resumed.id))[pool]).toBe(14n);
    const { rows } = await t.db.query<{ contribution_basis_points: number; active: boolean }>(
      'select contribution_basis_points, active from games.jackpot_rule where jackpot_id = $1',
      [first.jackpotId],
    );
    expect(rows).toEqual([{ contribution_basis_points: 200, active: true }]);
  });

  it('contributes at the start of a mines round (wallet bet), and the settled round reports it', async () => {
    const tenant = randomUUID();
    const jackpot = rule(tenant, { contributionBasisPoints: 100 });
    await rules.handle(jackpot);
    const { token } = await newPlayer(tenant);
    const started = await t.gql<{ startRound: { ok: boolean; bet: { id: string } } }>(
      `mutation ($input: PlaceBetInput!) { startRound(input: $input) { ok bet { id } } }`,
      { input: { game: 'MINES', asset: 'EUR', stake: '1000', params: { mines: 3 }, idempotencyKey: randomUUID() } },
      token,
    );
    expect(started.data!.startRound.ok).toBe(true);
    const id = started.data!.startRound.bet.id;
    expect(await transferOf(id)).toMatchObject({
      [`JACKPOT_POOL:${jackpot.jackpotId}:MAJOR`]: 7n,
      [`JACKPOT_POOL:${jackpot.jackpotId}:MINOR`]: 3n,
    });
    const { rows } = await t.db.query<{ state: { mines: number[] } }>('select state from games.bet where id = $1', [
      id,
    ]);
    const safe = Array.from({ length: 25 }, (_, i) => i).find((tile) => !rows[0]!.state.mines.includes(tile))!;
    await t.gql(
      `mutation ($id: ID!, $action: JSONObject!) { playRound(betId: $id, action: $action) { ok } }`,
      { id, action: { reveal: safe } },
      token,
    );
    const cashed = await t.gql<{ cashOut: { bet: { status: string } } }>(
      `mutation ($id: ID!) { cashOut(betId: $id) { bet { status } } }`,
      { id },
      token,
    );
    expect(cashed.data!.cashOut.bet.status).toBe('SETTLED');
    const event = await settledEvent(id);
    expect(event.contributions).toEqual([
      { jackpotId: jackpot.jackpotId, tierCode: 'MAJOR', pool: `${jackpot.jackpotId}:MAJOR`, amount: '7' },
      { jackpotId: jackpot.jackpotId, tierCode: 'MINOR', pool: `${jackpot.jackpotId}:MINOR`, amount: '3' },
    ]);
    expect(event.jackpotRounds).toHaveLength(1);
  });

  it('keeps the read models current from the event bus (jackpot.rules, jackpot.opt-in)', async () => {
    const tenant = randomUUID();
    const playerId = randomUUID();
    const jackpot = rule(tenant, { optIn: true });
    const bus = await EventBus.start(t.db.urlFor('jackpot'), { name: 'jackpot' });
    buses.push(bus);
    const jackpotDb = new pg.Pool({ connectionString: t.db.urlFor('jackpot'), max: 1 });
    try {
      await bus.publish(jackpotDb, 'jackpot.rules', jackpot);
      await bus.publish(jackpotDb, 'jackpot.opt-in', {
        seq: nextSeq(),
        tenantId: tenant,
        jackpotId: jackpot.jackpotId,
        playerId,
        optedIn: true,
      });
    } finally {
      await jackpotDb.end();
    }
    await expect
      .poll(
        async () =>
          (await t.db.query('select 1 from games.jackpot_rule where jackpot_id = $1', [jackpot.jackpotId])).rowCount,
        { timeout: 15_000 },
      )
      .toBe(1);
    await expect
      .poll(
        async () =>
          (
            await t.db.query(
              'select 1 from games.jackpot_opt_in where jackpot_id = $1 and player_id = $2 and opted_in',
              [jackpot.jackpotId, playerId],
            )
          ).rowCount,
        { timeout: 15_000 },
      )
      .toBe(1);
  });
});

describe('bonus money in the bet transfer', () => {
  it('stakes bonus money per the spend order only on the bonus’s games, and bet.settled reports the split', async () => {
    const tenant = randomUUID();
    const { playerId, token } = await newPlayer(tenant, 10_00n);
    const grantId = randomUUID();
    // 50.00 of bonus money, to be staked first, on LIMBO only.
    const res = await internalPost(`${t.walletOrigin}/internal/v1/grant`, 'bonus', 'wallet', {
      tenantId: tenant,
      playerId,
      asset: 'EUR',
      amount: '5000',
      idempotencyKey: `bonus-${grantId}`,
      wallet: 'BONUS',
    });
    expect(res.status).toBe(200);
    const wagering: BonusWageringEvent = {
      seq: nextSeq(),
      tenantId: tenant,
      playerId,
      grantId,
      asset: 'EUR',
      maxBet: null,
      active: true,
      spendOrder: 'BONUS_FIRST',
      bonusGames: ['LIMBO'],
    };
    await caps.handle(wagering);

    // DICE is not a bonus game: cash only, nothing about bonus money in the event.
    const dice = (await place(token, 1_00n, 'DICE')).bet!;
    expect(Object.keys(await transferOf(dice.id)).filter((account) => account.startsWith('PLAYER_BONUS'))).toEqual([]);
    expect(await settledEvent(dice.id)).not.toHaveProperty('bonusSplit');

    const limbo = await place(token, 2_00n, 'LIMBO');
    expect(limbo.ok).toBe(true);
    const event = await settledEvent(limbo.bet!.id);
    expect(event.bonusSplit).toMatchObject({ stakeFromBonus: '200' });
    const { winToBonus } = event.bonusSplit as { winToBonus: string };
    // The stake came out of the bonus money and the bonus share of the win went back to it, in the bet's own transfer.
    expect((await transferOf(limbo.bet!.id))[`PLAYER_BONUS:${playerId}`]).toBe(BigInt(winToBonus) - 200n);
    expect(await t.balance(tenant, playerId, 'EUR')).toBe(
      10_00n - 1_00n + BigInt(dice.payout) + BigInt(limbo.bet!.payout) - BigInt(winToBonus),
    );
    // balanceAfter is the player's cash, never the bonus money, even when the bet (paid and won in
    // bonus money alone) never touched the cash account.
    expect(limbo.balanceAfter).not.toBeNull();
    expect(BigInt(limbo.balanceAfter!)).toBe(await t.balance(tenant, playerId, 'EUR'));
    expect(limbo.balanceAfter).not.toBe(String(5_000n - 2_00n + BigInt(winToBonus)));

    // Absent spendOrder (e.g. the bonus stopped spending): cash only again.
    await caps.handle({ ...wagering, seq: nextSeq(), spendOrder: undefined });
    const cash = (await place(token, 1_00n, 'LIMBO')).bet!;
    expect(Object.keys(await transferOf(cash.id)).filter((account) => account.startsWith('PLAYER_BONUS'))).toEqual([]);
  });
});

describe('recovery with jackpots', () => {
  it('re-drives a PENDING bet with exactly the request the wallet saw first: a replay, never IDEMPOTENCY_KEY_REUSED', async () => {
    const tenant = randomUUID();
    const jackpot = rule(tenant, { contributionBasisPoints: 100 });
    await rules.handle(jackpot);
    const { playerId, token } = await newPlayer(tenant, 50_00n);
    await t.restartGames({ WALLET_INTERNAL_URL: `http://127.0.0.1:${await freePort()}`, WALLET_TIMEOUT_MS: '500' });
    for (let i = 0; i < 4; i++) {
      const res = await t.gql(
        PLACE_BET,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '1000',
            params: { target: 50, direction: 'OVER' },
            idempotencyKey: randomUUID(),
          },
        },
        token,
      );
      expect(errorCode(res)).toBe('SETTLEMENT_PENDING');
    }
    const { rows: pending } = await t.db.query<{
      id: string;
      stake: string;
      payout: string;
      ledger: { jackpots: { pool: string; amount: string }[]; rounds: unknown[] };
    }>(
      `select id, stake, payout, ledger from games.bet where player_id = $1 and status = 'PENDING' order by created_at`,
      [playerId],
    );
    expect(pending).toHaveLength(4);
    expect(pending[0]!.ledger.jackpots.map((part) => part.amount)).toEqual(['7', '3']);
    expect(pending[0]!.ledger.rounds).toHaveLength(1);

    // One of them reached the wallet (with its jackpots) before the answer was lost.
    const reached = pending[0]!;
    const posted = await internalPost(`${t.walletOrigin}/internal/v1/bet-win`, 'games', 'wallet', {
      tenantId: tenant,
      playerId,
      asset: 'EUR',
      betId: reached.id,
      stake: reached.stake,
      win: reached.payout,
      jackpots: reached.ledger.jackpots.map(({ pool, amount }) => ({ pool, amount })),
    });
    expect(posted.status).toBe(200);

    await t.restartGames({ RECOVERY_AFTER_MS: '0' });
    await t.games.recovery.runOnce();
    const { rows: statuses } = await t.db.query(
      `select status, rejection_code, count(*)::int as n from games.bet where player_id = $1 group by status, rejection_code`,
      [playerId],
    );
    expect(statuses).toEqual([{ status: 'SETTLED', rejection_code: null, n: 4 }]);
    // Each bet's contribution once: 4 × 7 on MAJOR.
    expect(await poolBalance(tenant, `${jackpot.jackpotId}:MAJOR`)).toBe(28n);
    const events = await Promise.all(pending.map((bet) => settledEvent(bet.id) as Promise<Partial<BetSettledEvent>>));
    expect(events.every((event) => event.contributions?.length === 2 && event.jackpotRounds?.length === 1)).toBe(true);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});
