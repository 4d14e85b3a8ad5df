import { randomUUID } from 'node:crypto';
import type { DepositCompletedEvent, WithdrawalRequestedEvent } from '@casinox/events';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BONUS_FIELDS,
  CLAIM,
  CREATE_CAMPAIGN,
  noDepositInput,
  startTestBonus,
  type TestBonus,
  walletInternal,
} from './support.js';

interface Bonus {
  id: string;
  state: string;
  kind: string | null;
  bonusAmount: string;
  wageringRequired: string;
  wagered: string;
  converted: string;
  forfeited: string;
  funded: boolean;
  lapsed: boolean;
  depositDeadline: string | null;
  spendOrder: string | null;
  bonusGames: string[] | null;
  periodKey: string | null;
  endReason: string | null;
}
interface ClaimResult {
  ok: boolean;
  code: string | null;
  enrolled: boolean;
  replayed: boolean;
  bonus: Bonus | null;
}

const FIELDS = `${BONUS_FIELDS} kind lapsed depositDeadline spendOrder bonusGames periodKey endReason`;
const CLAIM_FULL = CLAIM.replace(`bonus { ${BONUS_FIELDS} }`, `enrolled bonus { ${FIELDS} }`);
const MY_BONUSES = `{ myBonuses(first: 50) { edges { node { ${FIELDS} } } } }`;

let t: TestBonus;
beforeAll(async () => {
  t = await startTestBonus();
});
afterAll(async () => {
  await t?.stop();
});

async function createCampaign(tenantId: string, overrides: Record<string, unknown>): Promise<{ id: string }> {
  const res = await t.gql<{ createBonusCampaign: { id: string } }>(
    CREATE_CAMPAIGN,
    { input: noDepositInput(overrides) },
    await t.operatorToken(tenantId, 'ADMIN'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createBonusCampaign;
}

async function claim(tenantId: string, playerId: string, campaignId: string, key = randomUUID()): Promise<ClaimResult> {
  const res = await t.gql<{ claimBonus: ClaimResult }>(
    CLAIM_FULL,
    { campaignId, key },
    await t.playerToken(tenantId, playerId),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.claimBonus;
}

async function bonuses(tenantId: string, playerId: string): Promise<Bonus[]> {
  const res = await t.gql<{ myBonuses: { edges: { node: Bonus }[] } }>(
    MY_BONUSES,
    {},
    await t.playerToken(tenantId, playerId),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.myBonuses.edges.map((edge) => edge.node);
}
const bonus = async (tenantId: string, playerId: string, id: string) =>
  (await bonuses(tenantId, playerId)).find((b) => b.id === id)!;

const deposit = (
  tenantId: string,
  playerId: string,
  amount: bigint,
  overrides: Partial<DepositCompletedEvent> = {},
): DepositCompletedEvent => ({
  seq: '1',
  tenantId,
  playerId,
  depositId: randomUUID(),
  asset: 'EUR',
  amount: amount.toString(),
  firstDeposit: true,
  completedAt: new Date().toISOString(),
  ...overrides,
});

const depositMatch = (overrides: Record<string, unknown> = {}) => ({
  kind: 'DEPOSIT_MATCH',
  amount: null,
  percentBp: 10_000,
  cap: '5000',
  minDeposit: '1000',
  ...overrides,
});

describe('deposit bonuses', () => {
  it('waits PENDING, ignores a deposit below the minimum, is granted once by a qualifying deposit with the matched, capped amount', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const campaign = await createCampaign(tenant, depositMatch());
    const offers = await t.gql<{
      availableBonuses: { id: string; kind: string; percentBp: number; cap: string; minDeposit: string }[];
    }>(
      `{ availableBonuses(kind: DEPOSIT_MATCH) { id kind percentBp cap minDeposit } }`,
      {},
      await t.playerToken(tenant, player),
    );
    expect(offers.data!.availableBonuses).toEqual([
      { id: campaign.id, kind: 'DEPOSIT_MATCH', percentBp: 10_000, cap: '5000', minDeposit: '1000' },
    ]);

    const claimed = await claim(tenant, player, campaign.id);
    expect(claimed).toMatchObject({
      ok: true,
      enrolled: false,
      bonus: { state: 'PENDING', kind: 'DEPOSIT_MATCH', bonusAmount: '0', funded: false, lapsed: false },
    });
    expect(new Date(claimed.bonus!.depositDeadline!).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    const id = claimed.bonus!.id;

    // Below the minimum: recorded, but the bonus keeps waiting.
    await t.bonus.deposits.handle(deposit(tenant, player, 999n));
    expect(await bonus(tenant, player, id)).toMatchObject({ state: 'PENDING', bonusAmount: '0' });
    // Another asset does not qualify it either.
    await t.bonus.deposits.handle(deposit(tenant, player, 3000n, { asset: 'USD', firstDeposit: false }));
    expect((await bonus(tenant, player, id)).state).toBe('PENDING');

    // 8000 matched at 100 % is capped at 5000; through the bus, as the wallet publishes it.
    const qualifying = deposit(tenant, player, 8000n, { firstDeposit: false });
    await t.publish('wallet.deposit-completed', qualifying);
    await expect.poll(async () => (await bonus(tenant, player, id)).funded, { timeout: 15_000 }).toBe(true);
    expect(await bonus(tenant, player, id)).toMatchObject({
      state: 'ACTIVE',
      bonusAmount: '5000',
      wageringRequired: '25000',
      depositDeadline: null,
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(5000n);

    // Redelivered (and twice at once, straight to the handler): counted once.
    await t.publish('wallet.deposit-completed', qualifying);
    await Promise.all([t.bonus.deposits.handle(qualifying), t.bonus.deposits.handle(qualifying)]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { rows } = await t.db.query(
      `select count(*)::int as n, max(grant_id::text) as grant_id from bonus.player_deposit where deposit_id = $1`,
      [qualifying.depositId],
    );
    expect(rows[0]).toEqual({ n: 1, grant_id: id });
    expect(await bonus(tenant, player, id)).toMatchObject({ state: 'ACTIVE', bonusAmount: '5000' });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(5000n);
  });

  it('new-players-only is refused after a deposit; RELOAD needs one; a pending bonus of an ended campaign lapses', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const welcome = await createCampaign(tenant, depositMatch({ newPlayersOnly: true }));
    const reload = await createCampaign(tenant, {
      kind: 'RELOAD',
      amount: null,
      percentBp: 5000,
      cap: '3000',
      reloadMinDeposit: '2000',
    });
    const token = await t.playerToken(tenant, player);
    const offers = async () =>
      (
        await t.gql<{ availableBonuses: { id: string }[] }>(`{ availableBonuses { id } }`, {}, token)
      ).data!.availableBonuses.map((offer) => offer.id);

    expect(await offers()).toEqual([welcome.id]);
    expect((await claim(tenant, player, reload.id)).code).toBe('DEPOSIT_REQUIRED');

    await t.bonus.deposits.handle(deposit(tenant, player, 1500n));
    expect(await offers()).toEqual([reload.id]);
    expect((await claim(tenant, player, welcome.id)).code).toBe('NEW_PLAYERS_ONLY');

    const pending = await claim(tenant, player, reload.id);
    expect(pending).toMatchObject({ ok: true, bonus: { state: 'PENDING', kind: 'RELOAD' } });
    // RELOAD's own minimum (2000) applies.
    await t.bonus.deposits.handle(deposit(tenant, player, 1999n, { firstDeposit: false }));
    expect((await bonus(tenant, player, pending.bonus!.id)).state).toBe('PENDING');

    // The campaign ends: the pending bonus lapses (still PENDING; no deposit grants it any more).
    const ended = await t.gql(
      `mutation ($id: ID!) { setBonusCampaignStatus(id: $id, status: ENDED) { id } }`,
      { id: reload.id },
      await t.operatorToken(tenant, 'ADMIN'),
    );
    expect(ended.errors).toBeUndefined();
    await t.bonus.deposits.handle(deposit(tenant, player, 5000n, { firstDeposit: false }));
    expect(await bonus(tenant, player, pending.bonus!.id)).toMatchObject({
      state: 'PENDING',
      lapsed: true,
      bonusAmount: '0',
    });
  });
});

describe('free bets', () => {
  it('grants count × stake, max bet = the stake, only its game, bonus money first and only on that game', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const campaign = await createCampaign(tenant, {
      kind: 'FREE_BETS',
      amount: null,
      freeBetGame: 'DICE',
      freeBetCount: 10,
      freeBetStake: '200',
      contributionWeights: [{ game: 'SLOTS', percent: 100 }],
      maxBet: [{ asset: 'EUR', amount: '500' }],
      spendOrder: 'REAL_FIRST',
    });
    const claimed = await claim(tenant, player, campaign.id);
    expect(claimed).toMatchObject({
      ok: true,
      bonus: {
        state: 'ACTIVE',
        kind: 'FREE_BETS',
        bonusAmount: '2000',
        wageringRequired: '10000',
        funded: true,
        spendOrder: 'BONUS_FIRST',
        bonusGames: ['DICE'],
      },
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(2000n);
    const { rows } = await t.db.query(`select weights, max_bet from bonus.bonus_grant where id = $1`, [
      claimed.bonus!.id,
    ]);
    expect(rows[0]).toEqual({ weights: { DICE: 100 }, max_bet: { EUR: '200' } });
    // The wallet learns the spend order and games from bonus.wagering.
    const outbox = await t.db.query(
      `select payload from bonus.outbox_event where kind = 'bonus.wagering' and payload ->> 'grantId' = $1`,
      [claimed.bonus!.id],
    );
    expect(outbox.rows.map((row) => row.payload)).toEqual([
      {
        playerId: player,
        grantId: claimed.bonus!.id,
        asset: 'EUR',
        maxBet: '200',
        active: true,
        spendOrder: 'BONUS_FIRST',
        bonusGames: ['DICE'],
      },
    ]);
  });

  it('every other kind publishes the campaign’s spend order and every game', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const claimed = await claim(tenant, player, (await createCampaign(tenant, { spendOrder: 'BONUS_FIRST' })).id);
    const outbox = await t.db.query(`select payload from bonus.outbox_event where payload ->> 'grantId' = $1`, [
      claimed.bonus!.id,
    ]);
    expect(outbox.rows[0]!.payload).toMatchObject({
      active: true,
      spendOrder: 'BONUS_FIRST',
      bonusGames: null,
      maxBet: '500',
    });
  });
});

describe('cashback', () => {
  it('enrols on claim; the job closes a finished period once, granting a share of the real-money net loss', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const idle = randomUUID();
    const campaign = await createCampaign(tenant, {
      kind: 'CASHBACK',
      amount: null,
      percentBp: 1000,
      cap: '10000',
      cashbackPeriod: 'DAILY',
      wageringMultiplier: 1,
    });
    const enrolled = await claim(tenant, player, campaign.id);
    expect(enrolled).toMatchObject({ ok: true, enrolled: true, bonus: null });
    expect((await claim(tenant, player, campaign.id)).code).toBe('ALREADY_CLAIMED');
    expect((await claim(tenant, idle, campaign.id)).enrolled).toBe(true);

    // Move the enrolment into yesterday, so yesterday is a finished period to close.
    const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
    const yesterday = new Date(today.getTime() - 24 * 3600 * 1000);
    await t.db.query(
      `update bonus.cashback_enrolment set enrolled_at = $2, closed_through = $2 where campaign_id = $1`,
      [campaign.id, yesterday],
    );
    await t.db.query(`update bonus.cashback_schedule set due_at = $2 where campaign_id = $1`, [campaign.id, today]);

    const at = new Date(yesterday.getTime() + 3600 * 1000).toISOString();
    const bet = { seq: '1', tenantId: tenant, playerId: player, game: 'DICE', asset: 'EUR', settledAt: at };
    const lost = { ...bet, betId: randomUUID(), stake: '5000', payout: '1000' };
    await t.bonus.consumer.handle(lost);
    await t.bonus.consumer.handle(lost); // redelivered: counted once
    // Half of this stake was bonus money and its win went back to bonus: only 1000 staked / 0 paid count.
    await t.bonus.consumer.handle({
      ...bet,
      betId: randomUUID(),
      stake: '2000',
      payout: '3000',
      bonusSplit: { stakeFromBonus: '1000', winToBonus: '3000' },
    });
    await t.bonus.consumer.handle({ ...bet, betId: randomUUID(), stake: '9000', payout: '0', asset: 'USD' }); // another asset
    await t.bonus.consumer.handle({
      ...bet,
      betId: randomUUID(),
      stake: '9000',
      payout: '0',
      settledAt: new Date().toISOString(),
    }); // today's period

    expect(await t.bonus.cashback.run()).toBe(1);
    // net loss 5000 − 1000 + 1000 − 0 = 5000 → 10 % = 500.
    const granted = (await bonuses(tenant, player)).filter((b) => b.kind === 'CASHBACK');
    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatchObject({
      state: 'ACTIVE',
      bonusAmount: '500',
      wageringRequired: '500',
      funded: true,
      periodKey: `DAILY:${yesterday.toISOString().slice(0, 10)}`,
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(500n);
    expect(await bonuses(tenant, idle)).toEqual([]); // no loss, no grant

    // Closed once: the schedule moved on to today's end; forcing it back grants nothing twice.
    expect(await t.bonus.cashback.run()).toBe(0);
    await t.db.query(`update bonus.cashback_schedule set due_at = $2 where campaign_id = $1`, [campaign.id, today]);
    await t.db.query(`update bonus.cashback_enrolment set closed_through = $2 where campaign_id = $1`, [
      campaign.id,
      yesterday,
    ]);
    await t.bonus.cashback.run();
    expect((await bonuses(tenant, player)).filter((b) => b.kind === 'CASHBACK')).toHaveLength(1);
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(500n);

    // A cashback grant is not a claim: the player may still claim another bonus as a "claim" of the day.
    const other = await createCampaign(tenant, {});
    expect((await claim(tenant, player, other.id)).ok).toBe(true);
  });
});

describe('withdrawal forfeit', () => {
  it('cancels the active bonus once with the forfeited amount, moves no money, and starts the next one', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const first = await claim(tenant, player, (await createCampaign(tenant, {})).id);
    const second = await claim(tenant, player, (await createCampaign(tenant, { amount: '400' })).id);
    expect(second.bonus!.state).toBe('GRANTED');

    const event: WithdrawalRequestedEvent = {
      seq: '1',
      tenantId: tenant,
      playerId: player,
      withdrawalId: randomUUID(),
      asset: 'EUR',
      amount: '100',
      bonusForfeited: '1000',
      requestedAt: new Date().toISOString(),
    };
    // Nothing forfeited, or another asset's money: nothing to end.
    await t.bonus.withdrawals.handle({ ...event, withdrawalId: randomUUID(), bonusForfeited: '0' });
    await t.bonus.withdrawals.handle({ ...event, withdrawalId: randomUUID(), asset: 'USD' });
    expect((await bonus(tenant, player, first.bonus!.id)).state).toBe('ACTIVE');

    const transfers = async () =>
      (await t.db.query(`select count(*)::int as n from wallet.transfer where tenant_id = $1`, [tenant])).rows[0]!
        .n as number;
    const before = await transfers();
    await t.publish('wallet.withdrawal-requested', event);
    await expect
      .poll(async () => (await bonus(tenant, player, second.bonus!.id)).funded, { timeout: 15_000 })
      .toBe(true);
    await Promise.all([t.bonus.withdrawals.handle(event), t.bonus.withdrawals.handle(event)]);
    expect(await bonus(tenant, player, first.bonus!.id)).toMatchObject({
      state: 'CANCELLED',
      forfeited: '1000',
      converted: '0',
    });
    expect(await bonus(tenant, player, second.bonus!.id)).toMatchObject({ state: 'ACTIVE', funded: true });
    // One transfer: the next bonus's funding; none for the forfeit (the wallet did it in the withdrawal).
    expect(await transfers()).toBe(before + 1);
    await t.bonus.lifecycle.sweep();
    expect((await bonus(tenant, player, first.bonus!.id)).forfeited).toBe('1000');
  });
});

describe('conversion reads the wallet balance', () => {
  it('converts what the bonus account holds (wins included), up to the max cash-out; the rest is forfeited', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const claimed = await claim(
      tenant,
      player,
      (await createCampaign(tenant, { maxCashOut: '1200', wageringMultiplier: 1 })).id,
    );
    // The bonus money won in bets (as the wallet credits a win's bonus share): 1000 → 1500.
    await walletInternal(t.walletUrl, 'grant', {
      tenantId: tenant,
      playerId: player,
      asset: 'EUR',
      amount: '500',
      wallet: 'BONUS',
      idempotencyKey: randomUUID(),
      reason: 'test: a bonus win',
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(1500n);
    await t.bonus.consumer.handle({
      seq: '1',
      tenantId: tenant,
      playerId: player,
      betId: randomUUID(),
      game: 'SLOTS',
      asset: 'EUR',
      stake: '1000',
      payout: '0',
      settledAt: new Date().toISOString(),
    });
    await expect
      .poll(async () => (await bonus(tenant, player, claimed.bonus!.id)).state, { timeout: 15_000 })
      .toBe('COMPLETED');
    expect(await bonus(tenant, player, claimed.bonus!.id)).toMatchObject({
      bonusAmount: '1000',
      converted: '1200',
      forfeited: '300',
    });
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(0n);
    expect(await t.balance(tenant, player, 'EUR', 'PLAYER_CASH')).toBe(1200n);
  });
});

describe('operator figures', () => {
  it('campaign stats for a page of campaigns, and playerBonuses with role and tenant checks', async () => {
    const tenant = randomUUID();
    const [p1, p2, p3] = [randomUUID(), randomUUID(), randomUUID()];
    const a = await createCampaign(tenant, { amount: '1000' });
    const b = await createCampaign(tenant, depositMatch());
    const c1 = await claim(tenant, p1, a.id);
    await claim(tenant, p2, a.id);
    await claim(tenant, p3, b.id); // PENDING
    await t.bonus.withdrawals.handle({
      seq: '1',
      tenantId: tenant,
      playerId: p1,
      withdrawalId: randomUUID(),
      asset: 'EUR',
      amount: '1',
      bonusForfeited: '1000',
      requestedAt: new Date().toISOString(),
    });
    expect((await bonus(tenant, p1, c1.bonus!.id)).state).toBe('CANCELLED');

    const support = await t.operatorToken(tenant, 'SUPPORT');
    const STATS = `{ bonusCampaigns(first: 10) { edges { node { id stats { grants pending active completed expired cancelled granted converted forfeited conversionRate } } } } }`;
    const res = await t.gql<{ bonusCampaigns: { edges: { node: { id: string; stats: Record<string, unknown> } }[] } }>(
      STATS,
      {},
      support,
    );
    expect(res.errors).toBeUndefined();
    const stats = Object.fromEntries(res.data!.bonusCampaigns.edges.map((edge) => [edge.node.id, edge.node.stats]));
    expect(stats[a.id]).toEqual({
      grants: 2,
      pending: 0,
      active: 1,
      completed: 0,
      expired: 0,
      cancelled: 1,
      granted: '2000',
      converted: '0',
      forfeited: '1000',
      conversionRate: 0,
    });
    expect(stats[b.id]).toEqual({
      grants: 0,
      pending: 1,
      active: 0,
      completed: 0,
      expired: 0,
      cancelled: 0,
      granted: '0',
      converted: '0',
      forfeited: '0',
      conversionRate: null,
    });
    // Players never see the figures.
    const asPlayer = await t.gql<{ availableBonuses: { stats: unknown }[] }>(
      `{ availableBonuses { id stats { grants } } }`,
      {},
      await t.playerToken(tenant, randomUUID()),
    );
    expect(asPlayer.data!.availableBonuses.every((offer) => offer.stats === null)).toBe(true);

    const PLAYER_BONUSES = `query ($p: ID!) { playerBonuses(playerId: $p, first: 10) { edges { node { id state } } pageInfo { hasNextPage } } }`;
    const seen = await t.gql<{ playerBonuses: { edges: { node: { id: string; state: string } }[] } }>(
      PLAYER_BONUSES,
      { p: p1 },
      support,
    );
    expect(seen.data!.playerBonuses.edges.map((edge) => edge.node)).toEqual([{ id: c1.bonus!.id, state: 'CANCELLED' }]);
    const otherTenant = await t.gql<{ playerBonuses: { edges: unknown[] } }>(
      PLAYER_BONUSES,
      { p: p1 },
      await t.operatorToken(randomUUID(), 'OWNER'),
    );
    expect(otherTenant.data!.playerBonuses.edges).toEqual([]);
    expect(errorCode(await t.gql(PLAYER_BONUSES, { p: p1 }, await t.playerToken(tenant, p1)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PLAYER_BONUSES, { p: p1 }))).toBe('UNAUTHENTICATED');
  });
});

describe('bonus money spent', () => {
  it('ends the bonus when its money is all staked and lost, so its max bet stops and the next bonus starts', async () => {
    const tenant = randomUUID();
    const player = randomUUID();
    const first = await createCampaign(tenant, { spendOrder: 'BONUS_FIRST', amount: '1000' });
    const second = await createCampaign(tenant, { amount: '500' });
    const a = (await claim(tenant, player, first.id)).bonus!;
    const b = (await claim(tenant, player, second.id)).bonus!;
    expect([a.state, b.state]).toEqual(['ACTIVE', 'GRANTED']);
    await expect.poll(() => t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(1000n);

    // Bets posted as games posts them (bonus money first), then their bet.settled events.
    const lose = async (stake: string) => {
      const betId = randomUUID();
      await walletInternal(t.walletUrl, 'bet-win', {
        tenantId: tenant,
        playerId: player,
        asset: 'EUR',
        betId,
        stake,
        win: '0',
        spendOrder: 'BONUS_FIRST',
      });
      await t.publishBet({
        tenantId: tenant,
        betId,
        playerId: player,
        game: 'SLOTS',
        asset: 'EUR',
        stake,
        payout: '0',
        bonusSplit: { stakeFromBonus: stake, winToBonus: '0' },
      });
    };
    // A loss that leaves bonus money changes nothing but the wagering.
    await lose('100');
    await expect.poll(async () => (await bonus(tenant, player, a.id)).wagered, { timeout: 15_000 }).toBe('100');
    expect((await bonus(tenant, player, a.id)).state).toBe('ACTIVE');

    // The loss that spends the last of it ends the bonus (nothing left to forfeit) and starts the next.
    await lose('900');
    await expect.poll(async () => (await bonus(tenant, player, a.id)).state, { timeout: 15_000 }).toBe('CANCELLED');
    expect(await bonus(tenant, player, a.id)).toMatchObject({
      endReason: 'BONUS_MONEY_SPENT',
      wagered: '1000',
      forfeited: '0',
      converted: '0',
    });
    await expect.poll(async () => (await bonus(tenant, player, b.id)).state, { timeout: 15_000 }).toBe('ACTIVE');
    await expect.poll(() => t.balance(tenant, player, 'EUR', 'PLAYER_BONUS')).toBe(500n);
  });
});
