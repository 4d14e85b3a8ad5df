import { randomUUID } from 'node:crypto';
import { hashServerSeed } from '@casinox/fairness';
import { BUS_EVENTS } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDraw } from '../src/domain/index.js';
import {
  contributionsFor,
  CREATE_JACKPOT,
  DRAW_FIELDS,
  type JackpotData,
  startTestJackpot,
  type TestJackpot,
  WIN_FIELDS,
} from './support.js';

let t: TestJackpot;
beforeAll(async () => {
  t = await startTestJackpot();
});
afterAll(async () => {
  await t?.stop();
});

interface DrawData {
  id: string;
  jackpotId: string;
  tierCode: string;
  status: string;
  commitment: string;
  serverSeed: string | null;
  clientSeed: string;
  nonce: number;
  entries: number;
  closesAt: string;
  totalTickets: string | null;
  entriesDigest: string | null;
  ticket: string | null;
  winnerBetId: string | null;
  winnerPlayerId: string | null;
  winId: string | null;
  prize: string | null;
  entryList?: { betId: string; stake: string; playerId: string | null }[] | null;
}

async function create(tenant: string, input: Record<string, unknown>): Promise<JackpotData> {
  const res = await t.gql<{ createJackpot: JackpotData }>(
    CREATE_JACKPOT,
    { input: { idempotencyKey: randomUUID(), ...input } },
    await t.operatorToken(tenant, 'ADMIN'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createJackpot;
}

const fixedInput = (extra: Record<string, unknown> = {}) => ({
  type: 'FIXED',
  name: 'Daily prize',
  asset: 'EUR',
  optIn: false,
  contributionBasisPoints: 0,
  resetMinuteUtc: 0,
  tiers: [{ code: 'DAILY', seedAmount: '10000', contributionShareBasisPoints: 0 }],
  ...extra,
});

const bet = (tenantId: string, playerId: string, stake: string, game = 'DICE') => ({
  tenantId,
  playerId,
  betId: randomUUID(),
  game,
  asset: 'EUR',
  stake,
  payout: '0',
});

async function nextDraw(tenant: string, jackpotId: string, token?: string): Promise<DrawData> {
  const res = await t.gql<{ jackpot: { nextDraw: DrawData } }>(
    `query ($id: ID!) { jackpot(id: $id) { nextDraw { ${DRAW_FIELDS} } } }`,
    { id: jackpotId },
    token ?? (await t.operatorToken(tenant, 'SUPPORT')),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.jackpot.nextDraw;
}

async function drawNow(tenant: string, jackpotId: string, role = 'ADMIN', tierCode?: string) {
  return t.gql<{ drawJackpotNow: DrawData[] }>(
    `mutation ($id: ID!, $tier: String) { drawJackpotNow(jackpotId: $id, tierCode: $tier) { ${DRAW_FIELDS} entryList { betId stake playerId } } }`,
    { id: jackpotId, tier: tierCode ?? null },
    await t.operatorToken(tenant, role),
  );
}

async function handled(betIds: string[]): Promise<void> {
  await expect
    .poll(
      async () =>
        (
          await t.db.query(
            `select 1 from ${BUS_EVENTS}
              where j.name = 'jackpot.bet-settled' and j.state = 'completed' and e ->> 'betId' = any($1::text[])`,
            [betIds],
          )
        ).rowCount,
      { timeout: 20_000, interval: 100 },
    )
    .toBeGreaterThanOrEqual(betIds.length);
}

describe('progressive hits from bet.settled', () => {
  it('decides with the odds the bet was placed under (sent with its round), not the current ones', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, {
      type: 'PROGRESSIVE',
      name: 'Edited later',
      asset: 'EUR',
      optIn: false,
      contributionBasisPoints: 100,
      fairnessSlot: 2,
      tiers: [
        { code: 'MAJOR', seedAmount: '5000', contributionShareBasisPoints: 7000, hitOneIn: 1_000_000 },
        { code: 'MINI', seedAmount: '100', contributionShareBasisPoints: 3000, hitOneIn: 10 },
      ],
    });
    const player = randomUUID();
    await t.registerPlayer(tenant, player, 'EUR');
    // Every word is 0xffffffff: a miss at 1 in 10 (today's MINI), a hit at 1 in 1 (the odds the bet carries).
    const placed = {
      ...bet(tenant, player, '100'),
      jackpotRounds: [
        {
          jackpotId: jackpot.id,
          round: 1002,
          block: 'ff'.repeat(32),
          odds: [
            { code: 'MAJOR', hitOneIn: 1_000_000 },
            { code: 'MINI', hitOneIn: 1 },
          ],
        },
      ],
    };
    await t.settleBet(placed);
    await handled([placed.betId]);
    const res = await t.gql<{
      jackpotWins: { edges: { node: { tierCode: string; progressiveProof: { hitOneIn: number } } }[] };
    }>(
      `query ($id: ID) { jackpotWins(jackpotId: $id, first: 10) { edges { node { tierCode progressiveProof { hitOneIn } } } } }`,
      { id: jackpot.id },
      await t.operatorToken(tenant, 'SUPPORT'),
    );
    expect(res.data!.jackpotWins.edges.map((edge) => edge.node)).toEqual([
      { tierCode: 'MINI', progressiveProof: { hitOneIn: 1 } },
    ]);
  });

  it('records one win from a hitting block, pays it once however often delivered, reseeds from the house, and keeps the proof', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, {
      type: 'PROGRESSIVE',
      name: 'Lobby progressive',
      asset: 'EUR',
      optIn: false,
      contributionBasisPoints: 100,
      fairnessSlot: 4,
      tiers: [
        { code: 'MAJOR', seedAmount: '5000', contributionShareBasisPoints: 7000, hitOneIn: 1_000_000 },
        { code: 'MINI', seedAmount: '100', contributionShareBasisPoints: 3000, hitOneIn: 10 },
      ],
    });
    const split = [
      { code: 'MAJOR', share: 7000 },
      { code: 'MINI', share: 3000 },
    ];
    const player = randomUUID();
    await t.registerPlayer(tenant, player, 'EUR');
    const before = await t.cash(tenant, player, 'EUR');
    // MAJOR reads word 0 (hits whatever N), MINI reads 0xffffffff (hits only 1 in 1).
    const hitting = {
      ...bet(tenant, player, '10000'),
      contributions: contributionsFor(jackpot.id, split, 100, 10_000n),
      jackpotRounds: [{ jackpotId: jackpot.id, round: 1004, block: `00000000${'ff'.repeat(28)}` }],
    };
    const missing = {
      ...bet(tenant, player, '10000'),
      contributions: contributionsFor(jackpot.id, split, 100, 10_000n),
      jackpotRounds: [{ jackpotId: jackpot.id, round: 1004, block: 'ff'.repeat(32) }],
    };
    // A round that is not the jackpot's (another slot) decides nothing.
    const wrongRound = {
      ...bet(tenant, player, '10000'),
      jackpotRounds: [{ jackpotId: jackpot.id, round: 1003, block: '00'.repeat(32) }],
    };
    await t.settleBet(missing);
    await handled([missing.betId]); // events are unordered: the miss first, so the hit finds both contributions
    await t.settleBet(hitting);
    await t.publishBet(hitting);
    await t.publishBet(wrongRound);
    const full = { ...hitting, seq: '1', settledAt: new Date().toISOString() };
    await Promise.all([1, 2, 3].map(() => t.jackpot.services.consumer.handle(full)));
    await handled([missing.betId, hitting.betId, wrongRound.betId]);

    const res = await t.gql<{
      jackpotWins: { edges: { node: Record<string, unknown> & { amount: string; paid: boolean } }[] };
    }>(
      `query ($id: ID) { jackpotWins(jackpotId: $id, first: 10) { edges { node { ${WIN_FIELDS} progressiveProof { round byteOffset word hitOneIn } } } } }`,
      { id: jackpot.id },
      await t.operatorToken(tenant, 'SUPPORT'),
    );
    expect(res.errors).toBeUndefined();
    const all = res.data!.jackpotWins.edges.map((edge) => edge.node);
    expect(all).toHaveLength(1);
    // The pool at the hit: seed + both bets' MAJOR parts (70 each).
    expect(all[0]).toMatchObject({
      tierCode: 'MAJOR',
      betId: hitting.betId,
      playerId: player,
      amount: '5140',
      progressiveProof: { round: 1004, byteOffset: 0, word: 0, hitOneIn: 1_000_000 },
    });
    await expect.poll(async () => (await t.cash(tenant, player, 'EUR')) - before, { timeout: 10_000 }).toBe(5140n);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await t.cash(tenant, player, 'EUR')) - before).toBe(5140n);
    const view = await t.gql<{
      jackpot: { tiers: { code: string; pool: string; ledgerBalance: string | null; reconciled: boolean | null }[] };
    }>(
      `query ($id: ID!) { jackpot(id: $id) { tiers { code pool ledgerBalance reconciled } } }`,
      { id: jackpot.id },
      await t.operatorToken(tenant, 'FINANCE'),
    );
    expect(view.data!.jackpot.tiers.map((tier) => [tier.code, tier.pool])).toEqual([
      ['MAJOR', '5000'],
      ['MINI', '160'],
    ]);
    expect(await t.ledgerPool(tenant, `${jackpot.id}:MAJOR`)).toBe(5000n);
    expect(await t.ledgerPool(tenant, `${jackpot.id}:MINI`)).toBe(160n);
    // The wallet's pool balances (wallet `pools` op) agree with the read model.
    expect(view.errors).toBeUndefined();
    expect(view.data!.jackpot.tiers.map((tier) => [tier.ledgerBalance, tier.reconciled])).toEqual([
      ['5000', true],
      ['160', true],
    ]);
  });
});

describe('scheduled draws (FIXED, SPONSORED)', () => {
  it('commits before entries, draws a verifiable winner, pays the prize once, tops it up and opens the next period', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, fixedInput({ gameCodes: ['DICE', 'LIMBO'] }));
    const first = await nextDraw(tenant, jackpot.id);
    expect(first).toMatchObject({
      tierCode: 'DAILY',
      status: 'OPEN',
      serverSeed: null,
      entries: 0,
      clientSeed: first.id,
      nonce: 0,
    });
    expect(first.commitment).toMatch(/^[0-9a-f]{64}$/);
    const players = [randomUUID(), randomUUID(), randomUUID()];
    for (const player of players) await t.registerPlayer(tenant, player, 'EUR');
    const before = await Promise.all(players.map((player) => t.cash(tenant, player, 'EUR')));
    const indexOf = (player: string) => players.findIndex((candidate) => candidate === player);
    const bets = [
      bet(tenant, players[0]!, '500'),
      bet(tenant, players[1]!, '1500', 'LIMBO'),
      bet(tenant, players[2]!, '3000'),
      bet(tenant, players[0]!, '700'),
    ];
    const outOfScope = bet(tenant, players[1]!, '99999', 'SLOTS');
    for (const event of [...bets, outOfScope]) await t.publishBet(event);
    await t.publishBet(bets[2]!); // redelivered: one entry
    await handled([...bets, outOfScope].map((b) => b.betId));
    expect((await nextDraw(tenant, jackpot.id)).entries).toBe(4);

    for (const role of ['SUPPORT', 'FINANCE', 'COMPLIANCE'])
      expect((await drawNow(tenant, jackpot.id, role)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await drawNow(tenant, jackpot.id, 'OWNER');
    expect(res.errors).toBeUndefined();
    const [draw] = res.data!.drawJackpotNow;
    expect(draw).toMatchObject({
      id: first.id,
      status: 'DRAWN',
      commitment: first.commitment,
      entries: 4,
      totalTickets: '5700',
      prize: '10000',
    });
    expect(hashServerSeed(draw!.serverSeed!)).toBe(first.commitment);
    // Anyone can recompute the draw from the revealed seed and the entry list.
    const verification = verifyDraw({
      commitment: draw!.commitment,
      serverSeed: draw!.serverSeed!,
      clientSeed: draw!.clientSeed,
      entries: draw!.entryList!.map((entry) => ({ betId: entry.betId, stake: BigInt(entry.stake) })),
      entriesDigest: draw!.entriesDigest!,
      winnerBetId: draw!.winnerBetId,
      ticket: draw!.ticket === null ? null : BigInt(draw!.ticket),
    });
    expect(verification).toMatchObject({ valid: true, problems: [] });
    expect(draw!.entryList!.map((entry) => entry.betId)).toEqual(bets.map((b) => b.betId).sort());

    const winner = bets.find((b) => b.betId === draw!.winnerBetId)!;
    expect(draw!.winnerPlayerId).toBe(winner.playerId);
    await expect
      .poll(async () => (await t.cash(tenant, winner.playerId, 'EUR')) - before[indexOf(winner.playerId)]!, {
        timeout: 10_000,
      })
      .toBe(10_000n);
    // Once: running the schedule again pays nothing more.
    await t.jackpot.services.draws.runDue();
    for (const [i, player] of players.entries())
      expect((await t.cash(tenant, player, 'EUR')) - before[i]!).toBe(player === winner.playerId ? 10_000n : 0n);
    // The prize is back (topped up from the house), in the read model and the ledger.
    expect(await t.ledgerPool(tenant, `${jackpot.id}:DAILY`)).toBe(10_000n);
    const next = await nextDraw(tenant, jackpot.id);
    expect(next).toMatchObject({ status: 'OPEN', entries: 0, serverSeed: null });
    expect(next.id).not.toBe(first.id);
    expect(next.commitment).not.toBe(first.commitment);
    // The win carries the draw.
    const wins = await t.gql<{ jackpotWins: { edges: { node: { drawId: string; amount: string; betId: string } }[] } }>(
      `query ($id: ID) { jackpotWins(jackpotId: $id) { edges { node { drawId amount betId } } } }`,
      { id: jackpot.id },
      await t.operatorToken(tenant, 'SUPPORT'),
    );
    expect(wins.data!.jackpotWins.edges.map((edge) => edge.node)).toEqual([
      { drawId: first.id, amount: '10000', betId: winner.betId },
    ]);
    // A player sees the history, but not other players' ids.
    const history = await t.gql<{ jackpotDraws: { edges: { node: DrawData }[] } }>(
      `query ($id: ID!) { jackpotDraws(jackpotId: $id) { edges { node { ${DRAW_FIELDS} entryList { betId playerId } } } } }`,
      { id: jackpot.id },
      await t.playerToken(tenant, randomUUID()),
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.jackpotDraws.edges.map((edge) => edge.node.status)).toEqual(['OPEN', 'DRAWN']);
    const drawn = history.data!.jackpotDraws.edges[1]!.node;
    expect(drawn.winnerPlayerId).toBeNull();
    expect(drawn.entryList!.every((entry) => entry.playerId === null)).toBe(true);
    expect(history.data!.jackpotDraws.edges[0]!.node.entryList).toBeNull();
  });

  it('rolls a period without entries over: no winner, recorded, the prize stays', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, {
      type: 'SPONSORED',
      name: 'Sponsor',
      asset: 'EUR',
      optIn: false,
      contributionBasisPoints: 0,
      resetMinuteUtc: 720,
      tiers: [{ code: 'TOP', seedAmount: '0', contributionShareBasisPoints: 0 }],
    });
    const open = await nextDraw(tenant, jackpot.id);
    expect(new Date(open.closesAt).getUTCHours()).toBe(12);
    const res = await drawNow(tenant, jackpot.id, 'ADMIN', 'TOP');
    expect(res.errors).toBeUndefined();
    expect(res.data!.drawJackpotNow).toEqual([
      expect.objectContaining({
        id: open.id,
        status: 'ROLLED_OVER',
        entries: 0,
        winnerBetId: null,
        winId: null,
        ticket: null,
        entryList: [],
      }),
    ]);
    expect(hashServerSeed(res.data!.drawJackpotNow[0]!.serverSeed!)).toBe(open.commitment);
    expect((await nextDraw(tenant, jackpot.id)).id).not.toBe(open.id);
    const history = await t.gql<{ jackpotDraws: { edges: { node: { status: string } }[] } }>(
      `query ($id: ID!) { jackpotDraws(jackpotId: $id) { edges { node { status } } } }`,
      { id: jackpot.id },
      await t.operatorToken(tenant, 'SUPPORT'),
    );
    expect(history.data!.jackpotDraws.edges.map((edge) => edge.node.status)).toEqual(['OPEN', 'ROLLED_OVER']);
    expect(await t.ledgerPool(tenant, `${jackpot.id}:TOP`)).toBe(0n);
    // Unknown tier, not a drawn jackpot.
    expect((await drawNow(tenant, jackpot.id, 'ADMIN', 'NOPE')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('closes a due period from the schedule', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, fixedInput());
    const open = await nextDraw(tenant, jackpot.id);
    const player = randomUUID();
    await t.registerPlayer(tenant, player, 'EUR');
    const entry = bet(tenant, player, '100');
    await t.publishBet(entry);
    await handled([entry.betId]);
    // Make the period due (as if the reset instant passed) and run the schedule once.
    await t.db.query(
      `update jackpot.jackpot_draw set opened_at = now() - interval '2 days', closes_at = now() - interval '1 day' where id = $1`,
      [open.id],
    );
    await t.db.query(`update jackpot.draw_task set due_at = now() - interval '1 day' where draw_id = $1`, [open.id]);
    await t.jackpot.services.draws.runDue();
    const history = await t.gql<{ jackpotDraw: DrawData }>(
      `query ($id: ID!) { jackpotDraw(id: $id) { ${DRAW_FIELDS} } }`,
      { id: open.id },
      await t.operatorToken(tenant, 'SUPPORT'),
    );
    expect(history.data!.jackpotDraw).toMatchObject({
      status: 'DRAWN',
      winnerBetId: entry.betId,
      winnerPlayerId: player,
      prize: '10000',
    });
    await expect
      .poll(
        async () =>
          (await t.db.query(`select 1 from jackpot.jackpot_win where draw_id = $1 and status = 'PAID'`, [open.id]))
            .rowCount,
        { timeout: 10_000 },
      )
      .toBe(1);
  });

  it("refuses other tenants' jackpots and draws, and non-drawn jackpots", async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const jackpot = await create(tenantA, fixedInput());
    const open = await nextDraw(tenantA, jackpot.id);
    expect((await drawNow(tenantB, jackpot.id, 'OWNER')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const operatorB = await t.operatorToken(tenantB, 'OWNER');
    expect(
      (
        await t.gql<{ jackpotDraw: unknown }>(
          `query ($id: ID!) { jackpotDraw(id: $id) { id } }`,
          { id: open.id },
          operatorB,
        )
      ).data!.jackpotDraw,
    ).toBeNull();
    expect(
      (
        await t.gql<{ jackpotDraws: { edges: unknown[] } }>(
          `query ($id: ID!) { jackpotDraws(jackpotId: $id) { edges { cursor } } }`,
          { id: jackpot.id },
          operatorB,
        )
      ).data!.jackpotDraws.edges,
    ).toEqual([]);
    // A bet of tenant B never enters tenant A's draw.
    const other = { ...bet(tenantB, randomUUID(), '100') };
    await t.publishBet(other);
    await handled([other.betId]);
    expect((await nextDraw(tenantA, jackpot.id)).entries).toBe(0);
    expect((await nextDraw(tenantA, jackpot.id)).id).toBe(open.id);
    const progressive = await create(tenantA, {
      type: 'PROGRESSIVE',
      name: 'P',
      asset: 'EUR',
      optIn: false,
      contributionBasisPoints: 100,
      fairnessSlot: 9,
      tiers: [{ code: 'MAJOR', seedAmount: '0', contributionShareBasisPoints: 10_000, hitOneIn: 100 }],
    });
    expect((await drawNow(tenantA, progressive.id)).errors?.[0]?.extensions?.code).toBe('NOT_DRAWN');
  });

  it('enters bets of an opt-in jackpot only after the player opted in', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, fixedInput({ optIn: true }));
    const player = randomUUID();
    const early = bet(tenant, player, '100');
    await t.publishBet(early);
    await handled([early.betId]);
    expect((await nextDraw(tenant, jackpot.id)).entries).toBe(0);
    const opt = await t.gql(
      `mutation ($id: ID!) { setJackpotOptIn(jackpotId: $id, optIn: true) { optedIn } }`,
      { id: jackpot.id },
      await t.playerToken(tenant, player),
    );
    expect(opt.errors).toBeUndefined();
    const later = bet(tenant, player, '100');
    await t.publishBet(later);
    await handled([later.betId]);
    expect((await nextDraw(tenant, jackpot.id)).entries).toBe(1);
  });
});

describe('rules and opt-ins for games (outbox)', () => {
  it('publishes jackpot.rules on create, pause and resume, and jackpot.opt-in on each choice, in commit order', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, {
      type: 'PROGRESSIVE',
      name: 'Rules',
      asset: 'EUR',
      optIn: true,
      gameCodes: ['DICE'],
      contributionBasisPoints: 150,
      fairnessSlot: 2,
      tiers: [{ code: 'MAJOR', seedAmount: '100', contributionShareBasisPoints: 10_000, hitOneIn: 1000 }],
    });
    const admin = await t.operatorToken(tenant, 'ADMIN');
    await t.gql(`mutation ($id: ID!) { pauseJackpot(id: $id) { status } }`, { id: jackpot.id }, admin);
    await t.gql(`mutation ($id: ID!) { resumeJackpot(id: $id) { status } }`, { id: jackpot.id }, admin);
    const player = randomUUID();
    const token = await t.playerToken(tenant, player);
    await t.gql(
      `mutation ($id: ID!) { setJackpotOptIn(jackpotId: $id, optIn: true) { id } }`,
      { id: jackpot.id },
      token,
    );
    await t.gql(
      `mutation ($id: ID!) { setJackpotOptIn(jackpotId: $id, optIn: false) { id } }`,
      { id: jackpot.id },
      token,
    );
    await t.jackpot.relay();
    const rules = await t.db.query<{ data: Record<string, unknown> }>(
      `select e as data from ${BUS_EVENTS}
        where j.name = 'games.jackpot-rules' and e->>'jackpotId' = $1 order by (e->>'seq')::bigint`,
      [jackpot.id],
    );
    expect(rules.rows.map((row) => row.data.active)).toEqual([true, false, true]);
    expect(rules.rows[0]!.data).toMatchObject({
      tenantId: tenant,
      jackpotId: jackpot.id,
      type: 'PROGRESSIVE',
      asset: 'EUR',
      gameCodes: ['DICE'],
      optIn: true,
      contributionBasisPoints: 150,
      fairnessSlot: 2,
      tiers: [{ code: 'MAJOR', pool: `${jackpot.id}:MAJOR`, shareBasisPoints: 10_000, hitOneIn: 1000 }],
    });
    const optIns = await t.db.query<{ data: Record<string, unknown> }>(
      `select e as data from ${BUS_EVENTS}
        where j.name = 'games.jackpot-opt-in' and e->>'jackpotId' = $1 order by (e->>'seq')::bigint`,
      [jackpot.id],
    );
    expect(optIns.rows.map((row) => [row.data.playerId, row.data.optedIn, row.data.tenantId])).toEqual([
      [player, true, tenant],
      [player, false, tenant],
    ]);
  });
});

describe('Game.jackpots', () => {
  it("lists the caller's casino's active jackpots whose scope includes the game", async () => {
    const tenant = randomUUID();
    const wide = await create(tenant, fixedInput());
    const diceOnly = await create(tenant, fixedInput({ gameCodes: ['DICE'], name: 'Dice only' }));
    const paused = await create(tenant, fixedInput({ name: 'Paused' }));
    await t.gql(
      `mutation ($id: ID!) { pauseJackpot(id: $id) { status } }`,
      { id: paused.id },
      await t.operatorToken(tenant, 'ADMIN'),
    );
    await create(randomUUID(), fixedInput({ name: 'Other casino' }));
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Game { code jackpots { id } } } }`;
    const reps = [
      { __typename: 'Game', code: 'DICE' },
      { __typename: 'Game', code: 'SLOTS' },
    ];
    const res = await t.gql<{ _entities: { code: string; jackpots: { id: string }[] }[] }>(
      query,
      { reps },
      await t.playerToken(tenant, randomUUID()),
    );
    expect(res.errors).toBeUndefined();
    const ids = (i: number) => res.data!._entities[i]!.jackpots.map((j) => j.id).sort();
    expect(ids(0)).toEqual([wide.id, diceOnly.id].sort());
    expect(ids(1)).toEqual([wide.id]);
    const signedOut = await t.gql<{ _entities: { jackpots: unknown[] }[] }>(query, { reps });
    expect(signedOut.data!._entities.map((e) => e.jackpots)).toEqual([[], []]);
  });
});
