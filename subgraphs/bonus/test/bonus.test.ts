import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BONUS_FIELDS,
  CAMPAIGN_FIELDS,
  CLAIM,
  CREATE_CAMPAIGN,
  MY_BONUSES,
  noDepositInput,
  startTestBonus,
  type TestBonus,
} from './support.js';

interface Campaign {
  id: string;
  status: string;
  claims: number;
  optInCode: string | null;
}
interface Bonus {
  id: string;
  state: string;
  bonusAmount: string;
  wageringRequired: string;
  wagered: string;
  wageringPercent: number;
  converted: string;
  forfeited: string;
  funded: boolean;
}
interface Claim {
  claimBonus: { ok: boolean; code: string | null; replayed: boolean; retryAfter: string | null; bonus: Bonus | null };
}

let t: TestBonus;
beforeAll(async () => {
  t = await startTestBonus();
});
afterAll(async () => {
  await t?.stop();
});

async function createCampaign(tenantId: string, overrides: Record<string, unknown> = {}): Promise<Campaign> {
  const res = await t.gql<{ createBonusCampaign: Campaign }>(
    CREATE_CAMPAIGN,
    { input: noDepositInput(overrides) },
    await t.operatorToken(tenantId, 'ADMIN'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createBonusCampaign;
}

async function claim(
  tenantId: string,
  playerId: string,
  variables: { campaignId?: string; code?: string; key?: string },
) {
  const res = await t.gql<Claim>(CLAIM, { key: randomUUID(), ...variables }, await t.playerToken(tenantId, playerId));
  expect(res.errors).toBeUndefined();
  return res.data!.claimBonus;
}

async function myBonus(tenantId: string, playerId: string, id: string): Promise<Bonus> {
  const res = await t.gql<{ myBonuses: { edges: { node: Bonus }[] } }>(
    MY_BONUSES,
    {},
    await t.playerToken(tenantId, playerId),
  );
  return res.data!.myBonuses.edges.map((edge) => edge.node).find((bonus) => bonus.id === id)!;
}

const bet = (tenantId: string, playerId: string, game: string, stake: bigint, asset = 'EUR') =>
  t.publishBet({ tenantId, playerId, betId: randomUUID(), game, asset, stake: stake.toString(), payout: '0' });

describe('campaigns (operators)', () => {
  it('creates, edits, pauses and ends a campaign with role checks', async () => {
    const tenant = randomUUID();
    const support = await t.operatorToken(tenant, 'SUPPORT');
    const refused = await t.gql(CREATE_CAMPAIGN, { input: noDepositInput() }, support);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const asPlayer = await t.gql(
      CREATE_CAMPAIGN,
      { input: noDepositInput() },
      await t.playerToken(tenant, randomUUID()),
    );
    expect(errorCode(asPlayer)).toBe('FORBIDDEN');

    const campaign = await createCampaign(tenant, { optInCode: 'spring-10' });
    expect(campaign).toMatchObject({ status: 'ACTIVE', claims: 0, optInCode: 'spring-10' });

    // Any operator reads.
    const list = await t.gql<{ bonusCampaigns: { edges: { node: Campaign }[] } }>(
      `{ bonusCampaigns(first: 10) { edges { node { ${CAMPAIGN_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      {},
      support,
    );
    expect(list.data!.bonusCampaigns.edges.map((edge) => edge.node.id)).toEqual([campaign.id]);

    const admin = await t.operatorToken(tenant, 'OWNER');
    const updated = await t.gql<{ updateBonusCampaign: { name: string; amount: string; status: string } }>(
      `mutation ($id: ID!, $input: BonusCampaignInput!) { updateBonusCampaign(id: $id, input: $input) { name amount status } }`,
      { id: campaign.id, input: noDepositInput({ name: 'Renamed', amount: '2000' }) },
      admin,
    );
    expect(updated.data!.updateBonusCampaign).toEqual({ name: 'Renamed', amount: '2000', status: 'ACTIVE' });

    const setStatus = (status: string, token = admin) =>
      t.gql<{ setBonusCampaignStatus: { status: string } }>(
        `mutation ($id: ID!, $s: BonusCampaignStatus!) { setBonusCampaignStatus(id: $id, status: $s) { status } }`,
        { id: campaign.id, s: status },
        token,
      );
    expect(errorCode(await setStatus('PAUSED', support))).toBe('FORBIDDEN');
    expect((await setStatus('PAUSED')).data!.setBonusCampaignStatus.status).toBe('PAUSED');
    expect((await claim(tenant, randomUUID(), { campaignId: campaign.id, code: 'SPRING-10' })).code).toBe(
      'CAMPAIGN_NOT_ACTIVE',
    );
    expect((await setStatus('ENDED')).data!.setBonusCampaignStatus.status).toBe('ENDED');
    expect(errorCode(await setStatus('ACTIVE'))).toBe('CAMPAIGN_ENDED');
  });

  it('refuses an invalid campaign with every bad field at once, within the tenant’s wagering cap', async () => {
    const tenant = randomUUID();
    const admin = await t.operatorToken(tenant, 'ADMIN');
    const bad = await t.gql(
      CREATE_CAMPAIGN,
      {
        input: noDepositInput({
          amount: null,
          wageringMultiplier: 20,
          contributionWeights: [{ game: 'POKER', percent: 50 }],
          expiresInDays: 0,
        }),
      },
      admin,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = (bad.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['terms.amount', 'wageringMultiplier', 'contributionWeights.POKER', 'expiresInDays']),
    );

    // The tenant raises its cap: 20× is then allowed.
    const settings = await t.gql(
      `mutation { updateBonusSettings(maxWageringMultiplier: 20, maxClaimsPerDay: 3) { maxWageringMultiplier } }`,
      {},
      admin,
    );
    expect(settings.errors).toBeUndefined();
    expect((await createCampaign(tenant, { wageringMultiplier: 20 })).id).toBeTruthy();
  });
});

describe('claims (players)', () => {
  it('credits the bonus wallet once, queues a second bonus, and applies the abuse rules', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const first = await createCampaign(tenant);
    const coded = await createCampaign(tenant, { optInCode: 'VIP-2026', amount: '300' });
    const newOnly = await createCampaign(tenant, { newPlayersOnly: true });

    const offers = await t.gql<{
      availableBonuses: { id: string; optInCode: string | null; requiresOptInCode: boolean }[];
    }>(`{ availableBonuses { id optInCode requiresOptInCode } }`, {}, await t.playerToken(tenant, player));
    expect(offers.data!.availableBonuses.map((o) => o.id).sort()).toEqual([first.id, coded.id, newOnly.id].sort());
    // Players never read a code from the API.
    expect(offers.data!.availableBonuses.find((o) => o.id === coded.id)).toMatchObject({
      optInCode: null,
      requiresOptInCode: true,
    });

    const key = randomUUID();
    const claimed = await claim(tenant, player, { campaignId: first.id, key });
    expect(claimed).toMatchObject({
      ok: true,
      replayed: false,
      bonus: { state: 'ACTIVE', bonusAmount: '1000', wageringRequired: '5000', funded: true },
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(1000n);
    expect(await claim(tenant, player, { campaignId: first.id, key })).toMatchObject({
      ok: true,
      replayed: true,
      bonus: { id: claimed.bonus!.id },
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(1000n);
    expect((await claim(tenant, player, { campaignId: first.id })).code).toBe('ALREADY_CLAIMED');

    expect((await claim(tenant, player, { campaignId: newOnly.id })).code).toBe('NEW_PLAYERS_ONLY');
    expect((await claim(tenant, player, { campaignId: coded.id })).code).toBe('OPT_IN_CODE_REQUIRED');
    expect((await claim(tenant, player, { campaignId: coded.id, code: 'nope' })).code).toBe('INVALID_OPT_IN_CODE');
    expect((await claim(tenant, player, { code: 'nope' })).code).toBe('CAMPAIGN_NOT_FOUND');
    const queued = await claim(tenant, player, { code: 'vip-2026' });
    // One bonus in play at a time: the second waits, and no money moves for it yet.
    expect(queued).toMatchObject({ ok: true, bonus: { state: 'GRANTED', funded: false } });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(1000n);

    // Velocity: at most 3 claims in 24 h (2 made so far).
    const third = await createCampaign(tenant);
    const fourth = await createCampaign(tenant);
    expect((await claim(tenant, player, { campaignId: third.id })).ok).toBe(true);
    const tooMany = await claim(tenant, player, { campaignId: fourth.id });
    expect(tooMany.code).toBe('CLAIM_VELOCITY_EXCEEDED');
    expect(new Date(tooMany.retryAfter!).getTime()).toBeGreaterThan(Date.now());
    const after = await t.gql<{ bonusCampaign: Campaign }>(
      `query ($id: ID!) { bonusCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`,
      { id: first.id },
      await t.operatorToken(tenant, 'SUPPORT'),
    );
    expect(after.data!.bonusCampaign.claims).toBe(1);
  });

  it('cancels the active bonus: forfeited to the house, the next one starts', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const a = await claim(tenant, player, { campaignId: (await createCampaign(tenant)).id });
    const b = await claim(tenant, player, { campaignId: (await createCampaign(tenant, { amount: '400' })).id });
    const token = await t.playerToken(tenant, player);
    const CANCEL = `mutation ($id: ID!) { cancelBonus(bonusId: $id) { ok code bonus { ${BONUS_FIELDS} } } }`;
    const cancelled = await t.gql<{ cancelBonus: { ok: boolean; code: string | null; bonus: Bonus } }>(
      CANCEL,
      { id: a.bonus!.id },
      token,
    );
    expect(cancelled.data!.cancelBonus).toMatchObject({
      ok: true,
      bonus: { state: 'CANCELLED', forfeited: '1000', converted: '0' },
    });
    expect(await myBonus(tenant, player, b.bonus!.id)).toMatchObject({ state: 'ACTIVE', funded: true });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(400n);
    const again = await t.gql<{ cancelBonus: { ok: boolean; code: string | null } }>(
      CANCEL,
      { id: a.bonus!.id },
      token,
    );
    expect(again.data!.cancelBonus).toMatchObject({ ok: false, code: 'NOT_CANCELLABLE' });
  });
});

describe('wagering from bet.settled', () => {
  it('counts stakes by game weight, each bet once, and converts exactly once up to the max cash-out', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const campaign = await createCampaign(tenant, { maxCashOut: '800' });
    const { bonus } = await claim(tenant, player, { campaignId: campaign.id });
    const id = bonus!.id;

    const roulette = await bet(tenant, player, 'ROULETTE', 1000n); // 10 % → 100
    await bet(tenant, player, 'DICE', 1000n); // not listed → 0
    await bet(tenant, player, 'SLOTS', 1000n, 'USD'); // another asset → 0
    await expect
      .poll(
        async () =>
          (await t.db.query(`select count(*)::int as n from bonus.grant_wager where grant_id = $1`, [id])).rows[0]!.n,
        { timeout: 15_000 },
      )
      .toBe(3);
    // The same event delivered again (and twice at once, straight to the handler) counts once.
    await t.publishBet(roulette);
    await Promise.all([t.bonus.consumer.handle(roulette), t.bonus.consumer.handle(roulette)]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await myBonus(tenant, player, id)).toMatchObject({ state: 'ACTIVE', wagered: '100', wageringPercent: 2 });

    const last = await bet(tenant, player, 'SLOTS', 4900n);
    await expect.poll(async () => (await myBonus(tenant, player, id)).state, { timeout: 15_000 }).toBe('COMPLETED');
    expect(await myBonus(tenant, player, id)).toMatchObject({
      wagered: '5000',
      wageringPercent: 100,
      converted: '800',
      forfeited: '200',
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_CASH')).toBe(800n);
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(0n);

    // Redelivering the winning bet and sweeping changes nothing: converted exactly once.
    await t.publishBet(last);
    await t.bonus.consumer.handle(last);
    await t.bonus.lifecycle.sweep();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_CASH')).toBe(800n);
    const { rows } = await t.db.query(
      `select count(*)::int as n from wallet.transfer where tenant_id = $1 and kind = 'BONUS_CONVERSION'`,
      [tenant],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('expires an active bonus past its time: forfeited, later bets do not count', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const { bonus } = await claim(tenant, player, { campaignId: (await createCampaign(tenant)).id });
    await t.db.query(`update bonus.bonus_grant set expires_at = now() - interval '1 minute' where id = $1`, [
      bonus!.id,
    ]);
    await t.db.query(`update bonus.grant_task set due_at = now() - interval '1 minute' where grant_id = $1`, [
      bonus!.id,
    ]);
    await t.bonus.consumer.handle({
      seq: '1',
      tenantId: tenant,
      playerId: player,
      betId: randomUUID(),
      game: 'SLOTS',
      asset: 'EUR',
      stake: '100',
      payout: '0',
      settledAt: new Date().toISOString(),
    });
    expect(await t.bonus.lifecycle.sweep()).toBeGreaterThanOrEqual(1);
    expect(await myBonus(tenant, player, bonus!.id)).toMatchObject({
      state: 'EXPIRED',
      wagered: '0',
      forfeited: '1000',
      converted: '0',
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(0n);
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_CASH')).toBe(0n);
    const { rowCount } = await t.db.query(`select 1 from bonus.grant_task where grant_id = $1`, [bonus!.id]);
    expect(rowCount).toBe(0);
  });
});

describe('tenancy', () => {
  it("another tenant's campaign and bonus ids find nothing", async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const playerA = randomUUID();
    const playerB = randomUUID();
    const campaign = await createCampaign(tenantA);
    const { bonus } = await claim(tenantA, playerA, { campaignId: campaign.id });
    const operatorB = await t.operatorToken(tenantB, 'OWNER');

    const read = await t.gql<{ bonusCampaign: Campaign | null }>(
      `query ($id: ID!) { bonusCampaign(id: $id) { id } }`,
      { id: campaign.id },
      operatorB,
    );
    expect(read.data!.bonusCampaign).toBeNull();
    const list = await t.gql<{ bonusCampaigns: { edges: unknown[] } }>(
      `{ bonusCampaigns { edges { cursor } } }`,
      {},
      operatorB,
    );
    expect(list.data!.bonusCampaigns.edges).toEqual([]);
    const edit = await t.gql(
      `mutation ($id: ID!, $input: BonusCampaignInput!) { updateBonusCampaign(id: $id, input: $input) { id } }`,
      { id: campaign.id, input: noDepositInput() },
      operatorB,
    );
    expect(errorCode(edit)).toBe('NOT_FOUND');
    const pause = await t.gql(
      `mutation ($id: ID!) { setBonusCampaignStatus(id: $id, status: PAUSED) { id } }`,
      { id: campaign.id },
      operatorB,
    );
    expect(errorCode(pause)).toBe('NOT_FOUND');
    expect((await claim(tenantB, playerB, { campaignId: campaign.id })).code).toBe('CAMPAIGN_NOT_FOUND');
    const cancel = await t.gql(
      `mutation ($id: ID!) { cancelBonus(bonusId: $id) { ok } }`,
      { id: bonus!.id },
      await t.playerToken(tenantB, playerA),
    );
    expect(errorCode(cancel)).toBe('NOT_FOUND');

    // Player.bonuses through the federation entry point: the operator of B sees nothing of A's player.
    const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Player { id bonuses { edges { node { id state } } } } } }`;
    const reps = [{ __typename: 'Player', id: playerA }];
    const viaB = await t.gql<{ _entities: ({ bonuses: { edges: unknown[] } } | null)[] }>(
      ENTITIES,
      { reps },
      operatorB,
    );
    expect(viaB.data!._entities[0]!.bonuses.edges).toEqual([]);
    const viaA = await t.gql<{ _entities: ({ bonuses: { edges: { node: { id: string } }[] } } | null)[] }>(
      ENTITIES,
      { reps },
      await t.operatorToken(tenantA, 'SUPPORT'),
    );
    expect(viaA.data!._entities[0]!.bonuses.edges.map((e) => e.node.id)).toEqual([bonus!.id]);
    const otherPlayer = await t.gql<{ _entities: unknown[] }>(
      ENTITIES,
      { reps },
      await t.playerToken(tenantA, randomUUID()),
    );
    expect(otherPlayer.data!._entities[0]).toBeNull();

    // A bet event naming tenant B for A's player moves nothing.
    await t.bonus.consumer.handle({
      seq: '1',
      tenantId: tenantB,
      playerId: playerA,
      betId: randomUUID(),
      game: 'SLOTS',
      asset: 'EUR',
      stake: '5000',
      payout: '0',
      settledAt: new Date().toISOString(),
    });
    expect(await myBonus(tenantA, playerA, bonus!.id)).toMatchObject({ state: 'ACTIVE', wagered: '0' });
  });
});
