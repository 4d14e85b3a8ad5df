import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { verifyDropValue } from '../src/domain/index.js';
import { REPUBLISH_JACKPOT_EVENTS } from '../src/migrations/migration-20261225000000-republish-rules.js';
import {
  contributionsFor,
  CREATE_JACKPOT,
  JACKPOT_FIELDS,
  type JackpotData,
  mustDropInput,
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

interface WinData {
  id: string;
  jackpotId: string;
  tierCode: string;
  betId: string;
  playerId: string | null;
  amount: string;
  paid: boolean;
  proof: {
    serverSeed: string;
    serverSeedHash: string;
    clientSeed: string;
    nonce: number;
    seeding: number;
    dropValue: string;
    minDropValue: string;
    maxDropValue: string;
  } | null;
}

async function create(tenant: string, input: Record<string, unknown>): Promise<JackpotData> {
  const res = await t.gql<{ createJackpot: JackpotData }>(
    CREATE_JACKPOT,
    { input },
    await t.operatorToken(tenant, 'ADMIN'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createJackpot;
}

async function readJackpot(tenant: string, id: string): Promise<JackpotData> {
  const res = await t.gql<{ jackpot: JackpotData }>(
    `query ($id: ID!) { jackpot(id: $id) { ${JACKPOT_FIELDS} } }`,
    { id },
    await t.operatorToken(tenant, 'FINANCE'),
  );
  return res.data!.jackpot;
}

async function wins(tenant: string, jackpotId: string): Promise<WinData[]> {
  const res = await t.gql<{ jackpotWins: { edges: { node: WinData }[] } }>(
    `query ($id: ID) { jackpotWins(jackpotId: $id, first: 100) { edges { node { ${WIN_FIELDS} } } } }`,
    { id: jackpotId },
    await t.operatorToken(tenant, 'SUPPORT'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.jackpotWins.edges.map((edge) => edge.node);
}

/** Waits until the consumer has recorded AND funded every contribution of these bets. */
async function settled(tenant: string, betIds: string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const { rows } = await t.db.query<{ pending: string; bets: string }>(
          `select count(*) filter (where funded_at is null)::text as pending, count(distinct bet_id)::text as bets from jackpot.contribution where tenant_id = $1 and bet_id = any($2::uuid[])`,
          [tenant, betIds],
        );
        const { rows: unpaid } = await t.db.query(
          `select 1 from jackpot.jackpot_win where tenant_id = $1 and status = 'PENDING' union all select 1 from jackpot.pool_funding where tenant_id = $1 and funded_at is null`,
          [tenant],
        );
        return rows[0]!.pending === '0' && Number(rows[0]!.bets) === betIds.length && unpaid.length === 0;
      },
      { timeout: 20_000, interval: 100 },
    )
    .toBe(true);
}

const bet = (
  tenantId: string,
  playerId: string,
  stake: string,
  extra: Partial<{ game: string; asset: string; betId: string }> = {},
) => ({
  tenantId,
  playerId,
  betId: extra.betId ?? randomUUID(),
  game: extra.game ?? 'DICE',
  asset: extra.asset ?? 'EUR',
  stake,
  payout: '0',
});

describe('jackpot configuration', () => {
  it('lets OWNER and ADMIN create, seeds each tier in the ledger once per key, and refuses other roles', async () => {
    const tenant = randomUUID();
    const input = mustDropInput([
      ['MAJOR', '5000', '20000', '30000', 3000],
      ['MINI', '1000', '1500', '2000', 7000],
    ]);
    for (const role of ['SUPPORT', 'FINANCE', 'COMPLIANCE']) {
      const refused = await t.gql(CREATE_JACKPOT, { input }, await t.operatorToken(tenant, role));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const asPlayer = await t.gql(CREATE_JACKPOT, { input }, await t.playerToken(tenant, randomUUID()));
    expect(asPlayer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const created = await create(tenant, input);
    expect(created).toMatchObject({ type: 'MUST_DROP', status: 'ACTIVE', asset: 'EUR', gameCodes: null });
    expect(created.tiers.map((tier) => [tier.code, tier.pool, tier.seeding])).toEqual([
      ['MAJOR', '5000', 1],
      ['MINI', '1000', 1],
    ]);
    expect(created.tiers.every((tier) => /^[0-9a-f]{64}$/.test(tier.dropCommitment ?? ''))).toBe(true);
    expect(await t.ledgerPool(tenant, `${created.id}:MAJOR`)).toBe(5000n);
    expect(await t.ledgerPool(tenant, `${created.id}:MINI`)).toBe(1000n);

    // The same key is the same jackpot: nothing is created or funded twice.
    const replay = await t.gql<{ createJackpot: JackpotData }>(
      CREATE_JACKPOT,
      { input },
      await t.operatorToken(tenant, 'OWNER'),
    );
    expect(replay.data!.createJackpot.id).toBe(created.id);
    expect(await t.ledgerPool(tenant, `${created.id}:MAJOR`)).toBe(5000n);
    const reused = await t.gql(
      CREATE_JACKPOT,
      { input: { ...input, name: 'Other' } },
      await t.operatorToken(tenant, 'OWNER'),
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses an invalid configuration with every field problem', async () => {
    const tenant = randomUUID();
    const input = mustDropInput([['MINI', '1000', '900', '800', 5000]], { contributionBasisPoints: 0, name: ' ' });
    const res = await t.gql(CREATE_JACKPOT, { input }, await t.operatorToken(tenant, 'ADMIN'));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'contributionBasisPoints', 'tiers.0.minDropValue']));
    const list = await t.gql<{ jackpots: unknown[] }>(
      `{ jackpots { id } }`,
      {},
      await t.operatorToken(tenant, 'ADMIN'),
    );
    expect(list.data!.jackpots).toEqual([]);
  });

  it('pauses and resumes; players see active jackpots only, operators all, also on Tenant.jackpots', async () => {
    const tenant = randomUUID();
    const created = await create(tenant, mustDropInput([['MINI', '1000', '1500', '2000', 10_000]]));
    const admin = await t.operatorToken(tenant, 'ADMIN');
    const paused = await t.gql<{ pauseJackpot: { status: string } }>(
      `mutation ($id: ID!) { pauseJackpot(id: $id) { status } }`,
      { id: created.id },
      admin,
    );
    expect(paused.data!.pauseJackpot.status).toBe('PAUSED');
    const player = await t.playerToken(tenant, randomUUID());
    expect((await t.gql<{ jackpots: unknown[] }>(`{ jackpots { id } }`, {}, player)).data!.jackpots).toEqual([]);
    expect(
      (await t.gql<{ jackpots: unknown[] }>(`{ jackpots { id } }`, {}, await t.operatorToken(tenant, 'SUPPORT'))).data!
        .jackpots,
    ).toHaveLength(1);
    await t.gql(`mutation ($id: ID!) { resumeJackpot(id: $id) { status } }`, { id: created.id }, admin);
    const entities = await t.gql<{ _entities: ({ jackpots: { id: string; tiers: { pool: string }[] }[] } | null)[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Tenant { jackpots { id tiers { pool } } } } }`,
      {
        reps: [
          { __typename: 'Tenant', id: tenant },
          { __typename: 'Tenant', id: randomUUID() },
        ],
      },
      player,
    );
    expect(entities.data!._entities[0]!.jackpots).toEqual([{ id: created.id, tiers: [{ pool: '1000' }] }]);
    // Another tenant's reference resolves to nothing.
    expect(entities.data!._entities[1]).toBeNull();
    // Signed out, the lobby names the casino.
    const lobby = await t.gql<{ jackpots: { id: string }[] }>(
      `query ($tenantId: ID) { jackpots(tenantId: $tenantId) { id } }`,
      { tenantId: tenant },
    );
    expect(lobby.data!.jackpots.map((j) => j.id)).toEqual([created.id]);
  });

  it('funds a sponsored jackpot by hand once per key, and only a sponsored one', async () => {
    const tenant = randomUUID();
    const sponsored = await create(tenant, {
      type: 'SPONSORED',
      name: 'Weekend sponsor',
      asset: 'EUR',
      optIn: false,
      contributionBasisPoints: 0,
      tiers: [{ code: 'TOP', seedAmount: '0', contributionShareBasisPoints: 0 }],
      idempotencyKey: randomUUID(),
    });
    expect(sponsored.tiers[0]!.pool).toBe('0');
    const fund = `mutation ($input: FundJackpotInput!) { fundJackpot(input: $input) { tiers { code pool } } }`;
    const input = { jackpotId: sponsored.id, tierCode: 'TOP', amount: '50000', idempotencyKey: randomUUID() };
    const admin = await t.operatorToken(tenant, 'OWNER');
    expect((await t.gql(fund, { input }, await t.operatorToken(tenant, 'FINANCE'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    for (let i = 0; i < 2; i++) {
      const res = await t.gql<{ fundJackpot: { tiers: { pool: string }[] } }>(fund, { input }, admin);
      expect(res.data!.fundJackpot.tiers[0]!.pool).toBe('50000');
    }
    expect(await t.ledgerPool(tenant, `${sponsored.id}:TOP`)).toBe(50_000n);
    const drop = await create(tenant, mustDropInput([['MINI', '1000', '1500', '2000', 10_000]]));
    const refused = await t.gql(
      fund,
      { input: { ...input, jackpotId: drop.id, tierCode: 'MINI', idempotencyKey: randomUUID() } },
      admin,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_SPONSORED');
  });
});

const UPDATE_JACKPOT = `mutation ($id: ID!, $input: UpdateJackpotInput!) { updateJackpot(id: $id, input: $input) { ${JACKPOT_FIELDS} contributionBasisPoints resetMinuteUtc tiers { code hitOneIn nextMinDropValue nextMaxDropValue } } }`;
type UpdatedJackpot = JackpotData & {
  contributionBasisPoints: number;
  resetMinuteUtc: number | null;
  tiers: (JackpotData['tiers'][number] & {
    hitOneIn: number | null;
    nextMinDropValue: string | null;
    nextMaxDropValue: string | null;
  })[];
};

/** The `jackpot.rules` events written for one jackpot, oldest first. */
async function rulesEvents(tenant: string, jackpotId: string): Promise<Record<string, unknown>[]> {
  const { rows } = await t.db.query<{ payload: Record<string, unknown> }>(
    `select payload from jackpot.jackpot_event where tenant_id = $1 and kind = 'jackpot.rules' and payload->>'jackpotId' = $2 order by seq`,
    [tenant, jackpotId],
  );
  return rows.map((row) => row.payload);
}

describe('updateJackpot', () => {
  it('changes the rules without touching the pools, writes exactly one jackpot.rules event, and records who', async () => {
    const tenant = randomUUID();
    const jackpot = await create(
      tenant,
      mustDropInput([
        ['MAJOR', '5000', '20000', '30000', 3000],
        ['MINI', '1000', '1500', '2000', 7000],
      ]),
    );
    const { rows: before } = await t.db.query<{ code: string; drop_value: string; drop_commitment: string }>(
      `select code, drop_value::text, drop_commitment from jackpot.jackpot_tier where jackpot_id = $1 order by position`,
      [jackpot.id],
    );
    expect(await rulesEvents(tenant, jackpot.id)).toHaveLength(1);

    const input = {
      name: 'Mystery reloaded',
      optIn: true,
      gameCodes: ['DICE', 'SLOTS'],
      contributionBasisPoints: 250,
      tiers: [
        { code: 'MAJOR', contributionShareBasisPoints: 5000, seedAmount: '6000' },
        { code: 'MINI', contributionShareBasisPoints: 5000, minDropValue: '1800', maxDropValue: '2500' },
      ],
    };
    const res = await t.gql<{ updateJackpot: UpdatedJackpot }>(
      UPDATE_JACKPOT,
      { id: jackpot.id, input },
      await t.operatorToken(tenant, 'OWNER'),
    );
    expect(res.errors).toBeUndefined();
    const updated = res.data!.updateJackpot;
    expect(updated).toMatchObject({
      id: jackpot.id,
      name: 'Mystery reloaded',
      optIn: true,
      gameCodes: ['DICE', 'SLOTS'],
      contributionBasisPoints: 250,
      type: 'MUST_DROP',
      asset: 'EUR',
    });
    expect(
      updated.tiers.map((tier) => [
        tier.code,
        tier.pool,
        tier.seedAmount,
        tier.contributionShareBasisPoints,
        tier.seeding,
      ]),
    ).toEqual([
      ['MAJOR', '5000', '6000', 5000, 1],
      ['MINI', '1000', '1000', 5000, 1],
    ]);
    // The running seeding keeps its committed drop value and the range it was drawn in; the new range is the next seeding's.
    expect(updated.tiers[1]).toMatchObject({
      minDropValue: '1500',
      maxDropValue: '2000',
      nextMinDropValue: '1800',
      nextMaxDropValue: '2500',
    });
    const { rows: after } = await t.db.query<{ code: string; drop_value: string; drop_commitment: string }>(
      `select code, drop_value::text, drop_commitment from jackpot.jackpot_tier where jackpot_id = $1 order by position`,
      [jackpot.id],
    );
    expect(after).toEqual(before);
    expect(await t.ledgerPool(tenant, `${jackpot.id}:MAJOR`)).toBe(5000n);

    const events = await rulesEvents(tenant, jackpot.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      jackpotId: jackpot.id,
      active: true,
      optIn: true,
      gameCodes: ['DICE', 'SLOTS'],
      contributionBasisPoints: 250,
      tiers: [
        { code: 'MAJOR', shareBasisPoints: 5000 },
        { code: 'MINI', shareBasisPoints: 5000 },
      ],
    });
    const { rows: audit } = await t.db.query<{ updated_by: string | null; changed: boolean }>(
      `select updated_by, updated_at > created_at as changed from jackpot.jackpot where id = $1`,
      [jackpot.id],
    );
    expect(audit[0]!.updated_by).toMatch(/^[0-9a-f-]{36}$/);
    expect(audit[0]!.changed).toBe(true);

    // The same edit again is the same state: nothing more is written.
    const again = await t.gql<{ updateJackpot: UpdatedJackpot }>(
      UPDATE_JACKPOT,
      { id: jackpot.id, input },
      await t.operatorToken(tenant, 'ADMIN'),
    );
    expect(again.data!.updateJackpot.name).toBe('Mystery reloaded');
    expect(await rulesEvents(tenant, jackpot.id)).toHaveLength(2);

    // gameCodes null: every game again; other fields kept.
    const wide = await t.gql<{ updateJackpot: UpdatedJackpot }>(
      UPDATE_JACKPOT,
      { id: jackpot.id, input: { gameCodes: null } },
      await t.operatorToken(tenant, 'ADMIN'),
    );
    expect(wide.data!.updateJackpot).toMatchObject({
      gameCodes: null,
      name: 'Mystery reloaded',
      contributionBasisPoints: 250,
    });
    expect((await rulesEvents(tenant, jackpot.id)).at(-1)).toMatchObject({ gameCodes: null });
  });

  it('applies a new hit rate to progressive rules and a new draw minute from the next period only', async () => {
    const tenant = randomUUID();
    const admin = await t.operatorToken(tenant, 'ADMIN');
    const progressive = await create(tenant, {
      type: 'PROGRESSIVE',
      name: 'Prog',
      asset: 'EUR',
      optIn: false,
      contributionBasisPoints: 100,
      fairnessSlot: 7,
      tiers: [{ code: 'TOP', seedAmount: '100', contributionShareBasisPoints: 10_000, hitOneIn: 1000 }],
      idempotencyKey: randomUUID(),
    });
    const hit = await t.gql<{ updateJackpot: UpdatedJackpot }>(
      UPDATE_JACKPOT,
      { id: progressive.id, input: { fairnessSlot: 7, tiers: [{ code: 'TOP', hitOneIn: 250 }] } },
      admin,
    );
    expect(hit.errors).toBeUndefined();
    expect(hit.data!.updateJackpot.tiers[0]!.hitOneIn).toBe(250);
    expect((await rulesEvents(tenant, progressive.id)).at(-1)).toMatchObject({
      fairnessSlot: 7,
      tiers: [{ code: 'TOP', hitOneIn: 250 }],
    });

    const fixed = await create(tenant, {
      type: 'FIXED',
      name: 'Daily',
      asset: 'EUR',
      optIn: false,
      contributionBasisPoints: 0,
      resetMinuteUtc: 0,
      tiers: [{ code: 'DAILY', seedAmount: '2500', contributionShareBasisPoints: 0 }],
      idempotencyKey: randomUUID(),
    });
    const { rows: open } = await t.db.query<{ closes_at: Date }>(
      `select closes_at from jackpot.jackpot_draw where jackpot_id = $1 and status = 'OPEN'`,
      [fixed.id],
    );
    const minute = (new Date().getUTCHours() * 60 + new Date().getUTCMinutes() + 720) % 1440;
    const moved = await t.gql<{ updateJackpot: UpdatedJackpot }>(
      UPDATE_JACKPOT,
      { id: fixed.id, input: { resetMinuteUtc: minute, tiers: [{ code: 'DAILY', seedAmount: '5000' }] } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateJackpot).toMatchObject({
      resetMinuteUtc: minute,
      tiers: [{ code: 'DAILY', pool: '2500', seedAmount: '5000' }],
    });
    const { rows: still } = await t.db.query<{ closes_at: Date }>(
      `select closes_at from jackpot.jackpot_draw where jackpot_id = $1 and status = 'OPEN'`,
      [fixed.id],
    );
    expect(still).toEqual(open);
  });

  it('refuses what cannot change, and invalid settings, with the field and nothing written', async () => {
    const tenant = randomUUID();
    const admin = await t.operatorToken(tenant, 'ADMIN');
    const jackpot = await create(
      tenant,
      mustDropInput([
        ['MAJOR', '5000', '20000', '30000', 3000],
        ['MINI', '1000', '1500', '2000', 7000],
      ]),
    );
    const { rows: before } = await t.db.query(
      `select name, config, updated_at, updated_by from jackpot.jackpot where id = $1`,
      [jackpot.id],
    );
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'PROGRESSIVE' }, 'type'],
      [{ asset: 'USD' }, 'asset'],
      [{ fairnessSlot: 1 }, 'fairnessSlot'],
      [{ tiers: [{ code: 'MAJOR', contributionShareBasisPoints: 10_000 }] }, 'tiers'],
      [{ tiers: [{ code: 'MINI' }, { code: 'MAJOR' }] }, 'tiers'],
      [
        {
          tiers: [
            { code: 'MAJOR' },
            { code: 'MINI' },
            { code: 'EXTRA', seedAmount: '1', contributionShareBasisPoints: 0, minDropValue: '2', maxDropValue: '3' },
          ],
        },
        'tiers',
      ],
      [{ tiers: [{ code: 'MAJOR', contributionShareBasisPoints: 1000 }, { code: 'MINI' }] }, 'tiers'],
      [{ contributionBasisPoints: 1001 }, 'contributionBasisPoints'],
      [{ resetMinuteUtc: 60 }, 'resetMinuteUtc'],
      [{ tiers: [{ code: 'MAJOR', hitOneIn: 10 }, { code: 'MINI' }] }, 'tiers.0.hitOneIn'],
      [{ name: '' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(UPDATE_JACKPOT, { id: jackpot.id, input: { name: 'Should not stick', ...input } }, admin);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect((res.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field)).toContain(field);
    }
    expect(
      (await t.db.query(`select name, config, updated_at, updated_by from jackpot.jackpot where id = $1`, [jackpot.id]))
        .rows,
    ).toEqual(before);
    expect(await rulesEvents(tenant, jackpot.id)).toHaveLength(1);
  });

  it('is for OWNER and ADMIN of the casino only: other roles and players are refused, other casinos find nothing', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, mustDropInput([['MINI', '1000', '1500', '2000', 10_000]]));
    const input = { name: 'Renamed' };
    for (const role of ['SUPPORT', 'FINANCE', 'COMPLIANCE']) {
      expect(
        (await t.gql(UPDATE_JACKPOT, { id: jackpot.id, input }, await t.operatorToken(tenant, role))).errors?.[0]
          ?.extensions?.code,
      ).toBe('FORBIDDEN');
    }
    expect(
      (await t.gql(UPDATE_JACKPOT, { id: jackpot.id, input }, await t.playerToken(tenant, randomUUID()))).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE_JACKPOT, { id: jackpot.id, input })).errors?.[0]?.extensions?.code).toBeDefined();
    const other = await t.operatorToken(randomUUID(), 'OWNER');
    expect((await t.gql(UPDATE_JACKPOT, { id: jackpot.id, input }, other)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(UPDATE_JACKPOT, { id: 'not-a-uuid', input }, other)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await readJackpot(tenant, jackpot.id)).name).toBe('Mystery drop');
    expect(await rulesEvents(tenant, jackpot.id)).toHaveLength(1);
  });

  it('serialises concurrent edits: both apply, one after the other, each with its event', async () => {
    const tenant = randomUUID();
    const admin = await t.operatorToken(tenant, 'ADMIN');
    const jackpot = await create(tenant, mustDropInput([['MINI', '1000', '1500', '2000', 10_000]]));
    const results = await Promise.all([
      t.gql(UPDATE_JACKPOT, { id: jackpot.id, input: { name: 'Concurrent' } }, admin),
      t.gql(UPDATE_JACKPOT, { id: jackpot.id, input: { contributionBasisPoints: 42 } }, admin),
    ]);
    expect(results.map((res) => res.errors)).toEqual([undefined, undefined]);
    const read = await t.gql<{ jackpot: { name: string; contributionBasisPoints: number } }>(
      `query ($id: ID!) { jackpot(id: $id) { name contributionBasisPoints } }`,
      { id: jackpot.id },
      admin,
    );
    expect(read.data!.jackpot).toEqual({ name: 'Concurrent', contributionBasisPoints: 42 });
    const events = await rulesEvents(tenant, jackpot.id);
    expect(events).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({ contributionBasisPoints: 42 });
  });
});

describe('contributions and must-drop wins from bet.settled', () => {
  it('records each qualifying bet once per tier, and the ledger pools equal the read model', async () => {
    const tenant = randomUUID();
    const jackpot = await create(
      tenant,
      mustDropInput(
        [
          ['MAJOR', '5000', '900000000', '1000000000', 3333],
          ['MINI', '1000', '800000000', '900000000', 6667],
        ],
        { contributionBasisPoints: 137, gameCodes: ['DICE', 'LIMBO'] },
      ),
    );
    const player = randomUUID();
    const stakes = ['1000', '2371', '99', '123456', '5', '777777', '31415', '10000', '4242', '88888'];
    const split = [
      { code: 'MAJOR', share: 3333 },
      { code: 'MINI', share: 6667 },
    ];
    // Games computed the contributions and moved them into the pools inside each bet's wallet transfer.
    const events = stakes.map((stake, i) => ({
      ...bet(tenant, player, stake, { game: i % 2 ? 'LIMBO' : 'DICE' }),
      contributions: contributionsFor(jackpot.id, split, 137, BigInt(stake)),
    }));
    // Out of scope, another asset: games sends no contributions.
    const ignored = [bet(tenant, player, '100000', { game: 'SLOTS' }), bet(tenant, player, '100000', { asset: 'BTC' })];
    for (const event of events) await t.settleBet(event);
    for (const event of ignored) await t.publishBet(event);
    // One delivered twice: counted once.
    await t.publishBet(events[3]!);
    await settled(
      tenant,
      events.filter((e) => (BigInt(e.stake) * 137n) / 10_000n > 0n).map((e) => e.betId),
    );

    const expectedTotal = stakes.reduce((sum, stake) => sum + (BigInt(stake) * 137n) / 10_000n, 0n);
    const { rows } = await t.db.query<{ tier_code: string; sum: string; n: string }>(
      `select tier_code, sum(amount)::text as sum, count(*)::text as n from jackpot.contribution where tenant_id = $1 group by tier_code order by tier_code`,
      [tenant],
    );
    expect(rows.reduce((sum, row) => sum + BigInt(row.sum), 0n)).toBe(expectedTotal);
    const view = await readJackpot(tenant, jackpot.id);
    for (const tier of view.tiers) {
      const contributed = BigInt(rows.find((row) => row.tier_code === tier.code)?.sum ?? '0');
      expect(BigInt(tier.pool)).toBe(BigInt(tier.seedAmount) + contributed);
      // The ledger pool holds exactly the seed plus the contributions the bets' transfers moved in.
      expect(await t.ledgerPool(tenant, `${jackpot.id}:${tier.code}`)).toBe(BigInt(tier.pool));
    }
    expect(await wins(tenant, jackpot.id)).toEqual([]);
  });

  it('always drops at or before the maximum, pays the winner once, reseeds with a new commitment, and the drop verifies', async () => {
    const tenant = randomUUID();
    // Drops after 6–10 bets; the at most 4 bets left then cannot reach the next seeding's minimum.
    const jackpot = await create(tenant, mustDropInput([['MINI', '1000', '1600', '2000', 10_000]]));
    const commitment = jackpot.tiers[0]!.dropCommitment!;
    const player = randomUUID();
    await t.registerPlayer(tenant, player, 'EUR');
    const before = await t.cash(tenant, player, 'EUR');
    // 10 % of 1,000 = 100 per bet: the pool reaches the 2,000 maximum after at most 10 bets.
    const events = Array.from({ length: 10 }, () => {
      const settled = bet(tenant, player, '1000');
      return {
        ...settled,
        contributions: contributionsFor(jackpot.id, [{ code: 'MINI', share: 10_000 }], 1000, 1000n),
      };
    });
    for (const event of events) await t.settleBet(event);
    await settled(
      tenant,
      events.map((e) => e.betId),
    );

    const [win, ...more] = await wins(tenant, jackpot.id);
    expect(more).toEqual([]);
    expect(win).toMatchObject({ tierCode: 'MINI', playerId: player, paid: true });
    const proof = win!.proof!;
    expect(proof.serverSeedHash).toBe(commitment);
    expect(BigInt(proof.dropValue)).toBeGreaterThanOrEqual(1600n);
    expect(BigInt(proof.dropValue)).toBeLessThanOrEqual(2000n);
    // The winning bet is the first whose contribution took the pool to the drop value.
    const { rows: contributions } = await t.db.query<{ bet_id: string; pool_after: string }>(
      `select bet_id, pool_after from jackpot.contribution where tenant_id = $1 and jackpot_id = $2`,
      [tenant, jackpot.id],
    );
    expect(contributions.find((c) => c.bet_id === win!.betId)?.pool_after).toBe(win!.amount);
    expect(BigInt(win!.amount)).toBeGreaterThanOrEqual(BigInt(proof.dropValue));
    expect(BigInt(win!.amount) - 100n).toBeLessThan(BigInt(proof.dropValue));
    // The pool paid is seed + the contributions of the bets up to and including the winner.
    expect((BigInt(win!.amount) - 1000n) % 100n).toBe(0n);

    const verification = verifyDropValue({
      serverSeed: proof.serverSeed,
      jackpotId: jackpot.id,
      tierCode: 'MINI',
      seedingNumber: proof.seeding,
      minDropValue: BigInt(proof.minDropValue),
      maxDropValue: BigInt(proof.maxDropValue),
      commitment: proof.serverSeedHash,
      dropValue: BigInt(proof.dropValue),
    });
    expect(verification).toMatchObject({ valid: true, problems: [] });
    expect(proof.clientSeed).toBe(`${jackpot.id}/MINI/1`);

    // Each bet's stake was granted and staked (a loss), so the cash moved by the win only.
    expect(await t.cash(tenant, player, 'EUR')).toBe(before + BigInt(win!.amount));
    const after = await readJackpot(tenant, jackpot.id);
    const tier = after.tiers[0]!;
    expect(tier.seeding).toBe(2);
    expect(tier.dropCommitment).not.toBe(commitment);
    // Seed + the contributions of the bets after the winner; the ledger agrees.
    const betsAfterWin = 10n - (BigInt(win!.amount) - 1000n) / 100n;
    expect(BigInt(tier.pool)).toBe(1000n + 100n * betsAfterWin);
    expect(await t.ledgerPool(tenant, `${jackpot.id}:MINI`)).toBe(BigInt(tier.pool));
  });

  it('pays a drop once when the winning event is redelivered and handled concurrently', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, mustDropInput([['MINI', '1000', '1001', '1001', 10_000]]));
    const player = randomUUID();
    await t.registerPlayer(tenant, player, 'EUR');
    const before = await t.cash(tenant, player, 'EUR');
    const winning = {
      ...bet(tenant, player, '50000'),
      contributions: contributionsFor(jackpot.id, [{ code: 'MINI', share: 10_000 }], 1000, 50_000n),
      seq: '1',
      settledAt: new Date().toISOString(),
    };
    // The same event through the bus twice and by hand three times at once.
    await t.settleBet(winning);
    await t.publishBet(winning);
    await Promise.all([1, 2, 3].map(() => t.jackpot.services.consumer.handle(winning)));
    await settled(tenant, [winning.betId]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const paid = await wins(tenant, jackpot.id);
    expect(paid).toHaveLength(1);
    expect(paid[0]!.amount).toBe('6000');
    expect(await t.cash(tenant, player, 'EUR')).toBe(before + 6000n);
    // Reseeded to the seed, in the read model and the ledger.
    expect((await readJackpot(tenant, jackpot.id)).tiers[0]!.pool).toBe('1000');
    expect(await t.ledgerPool(tenant, `${jackpot.id}:MINI`)).toBe(1000n);
  });

  it('records contributions the event carries even for a paused jackpot (the money is in the pool), and drops nothing while paused', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, mustDropInput([['MINI', '1000', '1001', '1001', 10_000]]));
    const admin = await t.operatorToken(tenant, 'ADMIN');
    await t.gql(`mutation ($id: ID!) { pauseJackpot(id: $id) { status } }`, { id: jackpot.id }, admin);
    const player = randomUUID();
    await t.registerPlayer(tenant, player, 'EUR');
    // A bet games settled with the rules it had before it learned of the pause.
    const late = {
      ...bet(tenant, player, '1000'),
      contributions: contributionsFor(jackpot.id, [{ code: 'MINI', share: 10_000 }], 1000, 1000n),
    };
    await t.settleBet(late);
    await settled(tenant, [late.betId]);
    expect((await readJackpot(tenant, jackpot.id)).tiers[0]!.pool).toBe('1100');
    expect(await t.ledgerPool(tenant, `${jackpot.id}:MINI`)).toBe(1100n);
    expect(await wins(tenant, jackpot.id)).toEqual([]);
    // Resumed: the next contribution finds the pool past the drop value and wins.
    await t.gql(`mutation ($id: ID!) { resumeJackpot(id: $id) { status } }`, { id: jackpot.id }, admin);
    const next = {
      ...bet(tenant, player, '10'),
      contributions: contributionsFor(jackpot.id, [{ code: 'MINI', share: 10_000 }], 1000, 10n),
    };
    await t.settleBet(next);
    await settled(tenant, [late.betId, next.betId]);
    const [win] = await wins(tenant, jackpot.id);
    expect(win).toMatchObject({ betId: next.betId, amount: '1101', paid: true });
    expect(await t.ledgerPool(tenant, `${jackpot.id}:MINI`)).toBe(1000n);
  });
});

describe('secrets and tenancy', () => {
  it('never shows the hidden drop value or its seed before the drop', async () => {
    const tenant = randomUUID();
    const jackpot = await create(tenant, mustDropInput([['MINI', '1000', '1500', '2000000', 10_000]]));
    const { rows } = await t.db.query<{ drop_value: string; drop_server_seed: string }>(
      `select drop_value::text, drop_server_seed from jackpot.jackpot_tier where jackpot_id = $1`,
      [jackpot.id],
    );
    const secret = rows[0]!;
    const player = await t.playerToken(tenant, randomUUID());
    const responses = [
      await t.gql(`{ jackpots { ${JACKPOT_FIELDS} } }`, {}, player),
      await t.gql(
        `query ($id: ID!) { jackpot(id: $id) { ${JACKPOT_FIELDS} } }`,
        { id: jackpot.id },
        await t.operatorToken(tenant, 'OWNER'),
      ),
      await t.gql(`{ jackpotWins { edges { node { ${WIN_FIELDS} } } } }`, {}, player),
    ];
    for (const res of responses) {
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toContain(secret.drop_server_seed);
      expect(JSON.stringify(res.data)).not.toContain(`"${secret.drop_value}"`);
    }
    const introspection = await t.gql<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "JackpotTier") { fields { name } } }`,
    );
    expect(introspection.data!.__type.fields.map((f) => f.name)).not.toEqual(expect.arrayContaining(['dropValue']));
    expect(
      introspection.data!.__type.fields.map((f) => f.name).some((name) => /seed$/i.test(name) && name !== 'seedAmount'),
    ).toBe(false);
  });

  it("gives another tenant's jackpot ids nothing", async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const jackpot = await create(tenantA, {
      type: 'SPONSORED',
      name: 'A only',
      asset: 'EUR',
      optIn: true,
      contributionBasisPoints: 0,
      tiers: [{ code: 'TOP', seedAmount: '0', contributionShareBasisPoints: 0 }],
      idempotencyKey: randomUUID(),
    });
    const operatorB = await t.operatorToken(tenantB, 'OWNER');
    const playerB = await t.playerToken(tenantB, randomUUID());
    expect(
      (await t.gql<{ jackpot: unknown }>(`query ($id: ID!) { jackpot(id: $id) { id } }`, { id: jackpot.id }, operatorB))
        .data!.jackpot,
    ).toBeNull();
    expect(
      (await t.gql<{ jackpot: unknown }>(`query ($id: ID!) { jackpot(id: $id) { id } }`, { id: jackpot.id }, playerB))
        .data!.jackpot,
    ).toBeNull();
    expect((await t.gql<{ jackpots: unknown[] }>(`{ jackpots { id } }`, {}, operatorB)).data!.jackpots).toEqual([]);
    expect(
      (await t.gql(`mutation ($id: ID!) { pauseJackpot(id: $id) { id } }`, { id: jackpot.id }, operatorB)).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    const fund = await t.gql(
      `mutation ($input: FundJackpotInput!) { fundJackpot(input: $input) { id } }`,
      { input: { jackpotId: jackpot.id, tierCode: 'TOP', amount: '100', idempotencyKey: randomUUID() } },
      operatorB,
    );
    expect(fund.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await t.gql(
          `mutation ($id: ID!) { setJackpotOptIn(jackpotId: $id, optIn: true) { id } }`,
          { id: jackpot.id },
          playerB,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    const winsB = await t.gql<{ jackpotWins: { edges: unknown[] } }>(
      `query ($id: ID) { jackpotWins(jackpotId: $id) { edges { cursor } } }`,
      { id: jackpot.id },
      operatorB,
    );
    expect(winsB.data!.jackpotWins.edges).toEqual([]);
    // Naming another casino while signed in is refused.
    expect(
      (await t.gql(`query ($tenantId: ID) { jackpots(tenantId: $tenantId) { id } }`, { tenantId: tenantA }, playerB))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    // Nothing changed in A.
    expect((await readJackpot(tenantA, jackpot.id)).status).toBe('ACTIVE');
    expect(await t.ledgerPool(tenantA, `${jackpot.id}:TOP`)).toBe(0n);
  });
});

describe('upgrading a database that held jackpots before the rules events', () => {
  it('republishes exactly the events the service writes, once, for jackpots and opt-ins that have none', async () => {
    const tenant = randomUUID();
    const progressive = await create(tenant, {
      type: 'PROGRESSIVE',
      name: 'Old progressive',
      asset: 'EUR',
      optIn: true,
      gameCodes: ['DICE', 'SLOTS'],
      contributionBasisPoints: 150,
      fairnessSlot: 9,
      tiers: [
        { code: 'MAJOR', seedAmount: '5000', contributionShareBasisPoints: 7000, hitOneIn: 1_000_000 },
        { code: 'MINI', seedAmount: '100', contributionShareBasisPoints: 3000, hitOneIn: 100 },
      ],
      idempotencyKey: randomUUID(),
    });
    const mustDrop = await create(tenant, mustDropInput([['MAJOR', '5000', '20000', '30000', 10_000]]));
    await t.gql(
      `mutation ($id: ID!) { pauseJackpot(id: $id) { id } }`,
      { id: mustDrop.id },
      await t.operatorToken(tenant, 'ADMIN'),
    );
    const player = randomUUID();
    await t.registerPlayer(tenant, player, 'EUR');
    await t.gql(
      `mutation ($id: ID!) { setJackpotOptIn(jackpotId: $id, optIn: true) { id } }`,
      { id: progressive.id },
      await t.playerToken(tenant, player),
    );

    const events = async () =>
      (
        await t.db.query<{ kind: string; payload: Record<string, unknown> }>(
          `select kind, payload from jackpot.jackpot_event where tenant_id = $1 order by seq`,
          [tenant],
        )
      ).rows;
    const written = await events();
    const latest = (kind: string, id: string) =>
      written.filter((e) => e.kind === kind && e.payload.jackpotId === id).at(-1)!.payload;
    const expected = [
      latest('jackpot.rules', progressive.id),
      latest('jackpot.rules', mustDrop.id),
      latest('jackpot.opt-in', progressive.id),
    ];

    // As if the jackpots predated the outbox: no event for them (the outbox is append-only, hence the replica role).
    await t.db.query(
      `begin; set local session_replication_role = replica; delete from jackpot.jackpot_event where tenant_id = '${tenant}'; commit;`,
    );
    const owner = new pg.Client({ connectionString: t.db.urlFor('jackpot', 'owner') });
    await owner.connect();
    const republish = async () => {
      await owner.query('begin');
      for (const sql of REPUBLISH_JACKPOT_EVENTS) await owner.query(sql);
      await owner.query('commit');
    };
    try {
      await republish();
      await republish(); // a second run finds every event present and adds nothing
    } finally {
      await owner.end();
    }
    const republished = await events();
    expect(republished.map((e) => e.kind).sort()).toEqual(['jackpot.opt-in', 'jackpot.rules', 'jackpot.rules']);
    for (const payload of expected) expect(republished.map((e) => e.payload)).toContainEqual(payload);
    // Row-level security is forced again for the owner.
    const { rows } = await t.db.query<{ relforcerowsecurity: boolean }>(
      `select relforcerowsecurity from pg_class where oid in ('jackpot.jackpot'::regclass, 'jackpot.player_opt_in'::regclass)`,
    );
    expect(rows.every((row) => row.relforcerowsecurity)).toBe(true);
  });
});
