import { randomUUID } from 'node:crypto';
import { errorCode, freePort, internalPost, ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BET_FIELDS, PLACE_BET, startTestGames, type TestGames } from './support.js';

interface RoundResult {
  ok: boolean;
  code: string | null;
  balanceAfter: string | null;
  bet: {
    id: string;
    status: string;
    payout: string | null;
    multiplier: string | null;
    outcome: { status: string; revealed: number[]; mines: number[] | null; multiplier: string | null };
  } | null;
}

const ROUND = `{ ok code balanceAfter bet { ${BET_FIELDS} } }`;
const START = `mutation ($input: PlaceBetInput!) { startRound(input: $input) ${ROUND} }`;
const PLAY = `mutation ($id: ID!, $action: JSONObject!) { playRound(betId: $id, action: $action) ${ROUND} }`;
const CASH_OUT = `mutation ($id: ID!) { cashOut(betId: $id) ${ROUND} }`;

let t: TestGames;
const tenant = randomUUID();

beforeAll(async () => {
  t = await startTestGames();
});
afterAll(async () => {
  await t?.stop();
});

async function newPlayer(amount = 100_00n) {
  const playerId = randomUUID();
  await t.fund(tenant, playerId, 'EUR', amount);
  return { playerId, token: await t.playerToken(tenant, playerId) };
}

/** The round's secret mines, read as the superuser (the API never shows them while the round is open). */
async function minesOf(betId: string): Promise<number[]> {
  const { rows } = await t.db.query<{ state: { mines: number[] } }>('select state from games.bet where id = $1', [
    betId,
  ]);
  return rows[0]!.state.mines;
}

describe('mines rounds', () => {
  it('debits at the start, hides the mines, pays the cash-out once', async () => {
    const { playerId, token } = await newPlayer(20_00n);
    const started = await t.gql<{ startRound: RoundResult }>(
      START,
      { input: { game: 'MINES', asset: 'EUR', stake: '200', params: { mines: 3 }, idempotencyKey: randomUUID() } },
      token,
    );
    const round = started.data!.startRound;
    expect(round.ok).toBe(true);
    expect(round.bet!.status).toBe('OPEN');
    expect(round.bet!.outcome.mines).toBeNull();
    expect(BigInt(round.balanceAfter!)).toBe(18_00n);

    const second = await t.gql<{ startRound: RoundResult }>(
      START,
      { input: { game: 'MINES', asset: 'EUR', stake: '200', params: { mines: 3 }, idempotencyKey: randomUUID() } },
      token,
    );
    expect(second.data!.startRound).toMatchObject({ ok: false, code: 'ROUND_OPEN' });
    const rotate = await t.gql(`mutation { rotateSeed { current { id } } }`, {}, token);
    expect(errorCode(rotate)).toBe('ROUND_OPEN');

    const mines = await minesOf(round.bet!.id);
    const safe = Array.from({ length: 25 }, (_, i) => i).filter((tile) => !mines.includes(tile));
    for (const tile of safe.slice(0, 2)) {
      const step = await t.gql<{ playRound: RoundResult }>(
        PLAY,
        { id: round.bet!.id, action: { reveal: tile } },
        token,
      );
      expect(step.data!.playRound.bet).toMatchObject({ status: 'OPEN' });
      expect(step.data!.playRound.bet!.outcome.mines).toBeNull();
    }
    const again = await t.gql(PLAY, { id: round.bet!.id, action: { reveal: safe[0] } }, token);
    expect(errorCode(again)).toBe('INVALID_PARAMS');

    const stranger = await newPlayer(1_00n);
    const hijack = await t.gql(CASH_OUT, { id: round.bet!.id }, stranger.token);
    expect(errorCode(hijack)).toBe('NOT_FOUND');

    const cashed = await t.gql<{ cashOut: RoundResult }>(CASH_OUT, { id: round.bet!.id }, token);
    const bet = cashed.data!.cashOut.bet!;
    expect(bet.status).toBe('SETTLED');
    expect(bet.outcome.mines).toEqual(mines);
    // 3 mines, 2 safe reveals at 99 %: 0.99 × C(25,2)/C(22,2) = 0.99 × 300/231.
    expect(BigInt(bet.payout!)).toBe((200n * 99n * 300n) / (100n * 231n));
    expect(await t.balance(tenant, playerId, 'EUR')).toBe(18_00n + BigInt(bet.payout!));
    // A repeated cash-out (a lost response) answers with the round as it ended, and pays nothing more.
    const twice = await t.gql<{ cashOut: RoundResult & { replayed: boolean } }>(
      CASH_OUT.replace('ok code', 'ok code replayed'),
      { id: round.bet!.id },
      token,
    );
    expect(twice.data!.cashOut).toMatchObject({
      ok: true,
      replayed: true,
      bet: { id: round.bet!.id, status: 'SETTLED', payout: bet.payout },
    });
    expect(await t.balance(tenant, playerId, 'EUR')).toBe(18_00n + BigInt(bet.payout!));
  });

  it('ends the round with nothing paid on a mine', async () => {
    const { playerId, token } = await newPlayer(5_00n);
    const started = await t.gql<{ startRound: RoundResult }>(
      START,
      { input: { game: 'MINES', asset: 'EUR', stake: '100', params: { mines: 5 }, idempotencyKey: randomUUID() } },
      token,
    );
    const id = started.data!.startRound.bet!.id;
    const [mine] = await minesOf(id);
    const boom = await t.gql<{ playRound: RoundResult }>(PLAY, { id, action: { reveal: mine } }, token);
    expect(boom.data!.playRound.bet).toMatchObject({ status: 'SETTLED', payout: '0' });
    expect(boom.data!.playRound.bet!.outcome.mines).toHaveLength(5);
    expect(await t.balance(tenant, playerId, 'EUR')).toBe(4_00n);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});

describe('recovery', () => {
  it('re-drives bets the wallet never answered, with the same key: settled once, never paid twice', async () => {
    const { playerId, token } = await newPlayer(50_00n);
    // The wallet is unreachable: bets are recorded PENDING (with their outcome) and the caller is told to retry.
    await t.restartGames({ WALLET_INTERNAL_URL: `http://127.0.0.1:${await freePort()}`, WALLET_TIMEOUT_MS: '500' });
    const keys = Array.from({ length: 6 }, () => randomUUID());
    for (const key of keys) {
      const res = await t.gql(
        PLACE_BET,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '100',
            params: { target: 50, direction: 'OVER' },
            idempotencyKey: key,
          },
        },
        token,
      );
      expect(errorCode(res)).toBe('SETTLEMENT_PENDING');
    }
    const pending = await t.db.query<{ id: string; stake: string; payout: string }>(
      `select id, stake, payout from games.bet where player_id = $1 and status = 'PENDING' order by created_at`,
      [playerId],
    );
    expect(pending.rowCount).toBe(6);
    expect(await t.balance(tenant, playerId, 'EUR')).toBe(50_00n);

    // One of them did reach the wallet before the answer was lost (simulated by posting it with its key).
    const reached = pending.rows[0]!;
    const posted = await internalPost(`${t.walletOrigin}/internal/v1/bet-win`, 'games', 'wallet', {
      tenantId: tenant,
      playerId,
      asset: 'EUR',
      betId: reached.id,
      stake: reached.stake,
      win: reached.payout,
    });
    expect(posted.status).toBe(200);

    await t.restartGames({ RECOVERY_AFTER_MS: '0' });
    const run = await t.games.recovery.runOnce();
    expect(run.statuses.SETTLED).toBeGreaterThanOrEqual(6);
    const statuses = await t.db.query(
      `select status, count(*)::int as n from games.bet where player_id = $1 group by status`,
      [playerId],
    );
    expect(statuses.rows).toEqual([{ status: 'SETTLED', n: 6 }]);
    const transfers = await t.db.query(
      `select count(*)::int as n from wallet.transfer where player_id = $1 and kind = 'BET_WIN'`,
      [playerId],
    );
    expect(transfers.rows[0]).toEqual({ n: 6 });
    const expected = pending.rows.reduce((sum, bet) => sum - BigInt(bet.stake) + BigInt(bet.payout), 50_00n);
    expect(await t.balance(tenant, playerId, 'EUR')).toBe(expected);

    // The player's retry now returns the settled bet; the outcome recorded at PENDING never changed.
    const retry = await t.gql<{ placeBet: { replayed: boolean; bet: { id: string; payout: string } } }>(
      PLACE_BET,
      {
        input: {
          game: 'DICE',
          asset: 'EUR',
          stake: '100',
          params: { target: 50, direction: 'OVER' },
          idempotencyKey: keys[0],
        },
      },
      token,
    );
    expect(retry.data!.placeBet).toMatchObject({ replayed: true, bet: { id: reached.id, payout: reached.payout } });
    expect((await t.games.recovery.runOnce()).redriven).toBe(0);
    // Settling leaves a bet's recovery marker; a recovery run forgets the finished bets' markers in bulk.
    const markers = await t.db.query(
      `select count(*)::int as n from games.unsettled_bet u join games.bet b on b.id = u.bet_id where b.player_id = $1`,
      [playerId],
    );
    expect(markers.rows[0]).toEqual({ n: 0 });
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});
