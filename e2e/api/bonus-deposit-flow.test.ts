import { randomUUID } from 'node:crypto';
import { ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, signInOperator } from './support/actors.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const WALLET = `{ myWallets { asset { code } balance bonusBalance } }`;
const BONUSES = `{ myBonuses(first: 5) { edges { node { id state bonusAmount wagered wageringRequired converted } } } }`;
type Bonus = {
  id: string;
  state: string;
  bonusAmount: string;
  wagered: string;
  wageringRequired: string;
  converted: string;
};

/**
 * Issue 5: "a bonus player's balance flows: deposit → match bonus → play through wagering → cash
 * converts; the ledger stays conserved throughout" — through the gateway, the sandbox checkout, the
 * wallet's deposit event, the bonus engine and games spending bonus money in the bets.
 */
describe('a deposit bonus, end to end', () => {
  it('matches a deposit, is spent bonus-first in bets, converts what is left once wagering is met, and never creates money', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    const owner = await signInOperator(platform, tenant.id, 'OWNER');
    const asPlayer = { token: player.session.accessToken };

    // 100 % of the deposit up to 20.00 EUR, wagered 2x on dice, bonus money spent first.
    const campaign = await platform.gql<{ createBonusCampaign: { id: string } }>(
      `mutation ($input: BonusCampaignInput!) { createBonusCampaign(input: $input) { id } }`,
      {
        input: {
          name: 'First deposit match',
          kind: 'DEPOSIT_MATCH',
          asset: 'EUR',
          percentBp: 10000,
          cap: '2000',
          minDeposit: '1000',
          wageringMultiplier: 2,
          contributionWeights: [{ game: 'DICE', percent: 100 }],
          expiresInDays: 7,
          spendOrder: 'BONUS_FIRST',
        },
      },
      { token: owner.session.accessToken },
    );
    expect(campaign.errors, JSON.stringify(campaign.errors)).toBeUndefined();

    // The player picks the offer before depositing: it waits, PENDING, for the deposit.
    const offers = await platform.gql<{ availableBonuses: { id: string }[] }>(
      `{ availableBonuses(kind: DEPOSIT_MATCH) { id } }`,
      {},
      asPlayer,
    );
    expect(offers.data!.availableBonuses.map((o) => o.id)).toContain(campaign.data!.createBonusCampaign.id);
    const claim = await platform.gql<{ claimBonus: { ok: boolean; bonus: Bonus } }>(
      `mutation ($id: ID, $key: String!) { claimBonus(campaignId: $id, idempotencyKey: $key) { ok bonus { id state bonusAmount wagered wageringRequired converted } } }`,
      { id: campaign.data!.createBonusCampaign.id, key: randomUUID() },
      asPlayer,
    );
    expect(claim.data!.claimBonus).toMatchObject({ ok: true, bonus: { state: 'PENDING', bonusAmount: '0' } });

    // A 30.00 EUR deposit paid on the sandbox checkout: the match is capped at 20.00.
    const deposit = await platform.gql<{ startDeposit: { id: string; checkoutUrl: string } }>(
      `mutation { startDeposit(asset: "EUR", amount: "3000", idempotencyKey: "first-deposit") { id checkoutUrl } }`,
      {},
      asPlayer,
    );
    expect(deposit.errors, JSON.stringify(deposit.errors)).toBeUndefined();
    const paid = await fetch(deposit.data!.startDeposit.checkoutUrl, {
      method: 'POST',
      body: new URLSearchParams({ action: 'pay', delivery: 'normal' }),
      redirect: 'manual',
    });
    expect(paid.status).toBeLessThan(400);

    const wallet = async () =>
      (
        await platform.gql<{ myWallets: { asset: { code: string }; balance: string; bonusBalance: string }[] }>(
          WALLET,
          {},
          asPlayer,
        )
      ).data!.myWallets.find((w) => w.asset.code === 'EUR');
    const bonus = async () =>
      (await platform.gql<{ myBonuses: { edges: { node: Bonus }[] } }>(BONUSES, {}, asPlayer)).data!.myBonuses.edges[0]!
        .node;
    await expect.poll(async () => (await bonus()).state, { timeout: 20_000 }).toBe('ACTIVE');
    expect(await bonus()).toMatchObject({ bonusAmount: '2000', wageringRequired: '4000' });
    await expect.poll(wallet, { timeout: 10_000 }).toMatchObject({ balance: '3000', bonusBalance: '2000' });
    await expect.poll(() => ledgerInvariants(platform.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });

    // The spend order reaches games through the event bus (bonus.wagering, off the bet's path) within about a second.
    await expect
      .poll(
        async () =>
          (
            await platform.db.query<{ spend_order: string }>(
              'select spend_order from games.player_bet_cap where tenant_id = $1 and player_id = $2',
              [tenant.id, player.playerId],
            )
          ).rows[0]?.spend_order,
        { timeout: 10_000 },
      )
      .toBe('BONUS_FIRST');

    // Bets of 1.00 EUR: bonus money pays first (the cash stays at 30.00 while bonus money lasts, wins
    // from bonus stakes are bonus money). 40 bets meet the 40.00 EUR requirement.
    const seen: { balance: string; bonusBalance: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const bet = await platform.gql<{ placeBet: { ok: boolean; code: string | null } }>(
        `mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok code } }`,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '100',
            params: { target: 50, direction: 'OVER' },
            idempotencyKey: randomUUID(),
          },
        },
        asPlayer,
      );
      expect(bet.data!.placeBet, JSON.stringify(bet)).toMatchObject({ ok: true });
      if (i < 3) seen.push((await wallet())!);
    }
    // While bonus money remained, cash was untouched.
    expect(seen[0]!.balance).toBe('3000');
    expect(BigInt(seen[0]!.bonusBalance)).toBeLessThan(2000n + 100n * 99n);

    // Wagering met: the bonus money left converts to cash exactly once and the bonus wallet is empty.
    await expect.poll(async () => (await bonus()).state, { timeout: 30_000 }).toBe('COMPLETED');
    const done = await bonus();
    expect(BigInt(done.wagered)).toBeGreaterThanOrEqual(4000n);
    const after = (await wallet())!;
    expect(after.bonusBalance).toBe('0');
    const conversions = await platform.db.query<{ n: number; amount: string }>(
      `select count(*)::int as n, coalesce(sum(e.amount), 0)::text as amount from wallet.transfer t join wallet.entry e on e.transfer_id = t.id join wallet.account a on a.id = e.account_id
        where t.tenant_id = $1 and t.kind = 'BONUS_CONVERSION' and a.type = 'PLAYER_CASH'`,
      [tenant.id],
    );
    expect(conversions.rows[0]!.n).toBeLessThanOrEqual(1);
    expect(conversions.rows[0]!.amount).toBe(done.converted);

    // Every bet's stake left the player's money (cash + bonus) exactly once, and nothing was created:
    // deposit + bonus granted + wins − stakes = cash + bonus now, to the cent.
    const bets = await platform.db.query<{ stakes: string; payouts: string; n: number }>(
      `select coalesce(sum(stake), 0)::text as stakes, coalesce(sum(payout), 0)::text as payouts, count(*)::int as n from games.bet where tenant_id = $1 and status = 'SETTLED'`,
      [tenant.id],
    );
    expect(bets.rows[0]!.n).toBe(40);
    const forfeited = await platform.db.query<{ amount: string }>(
      `select coalesce(sum(-e.amount), 0)::text as amount from wallet.transfer t join wallet.entry e on e.transfer_id = t.id join wallet.account a on a.id = e.account_id
        where t.tenant_id = $1 and t.kind = 'BONUS_FORFEIT' and a.type = 'PLAYER_BONUS'`,
      [tenant.id],
    );
    const expected =
      3000n + 2000n + BigInt(bets.rows[0]!.payouts) - BigInt(bets.rows[0]!.stakes) - BigInt(forfeited.rows[0]!.amount);
    expect(BigInt(after.balance) + BigInt(after.bonusBalance)).toBe(expected);
    expect(await ledgerInvariants(platform.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });

    // The deposit event was handled once: a second claim of the same campaign is refused.
    const again = await platform.gql<{ claimBonus: { ok: boolean; code: string } }>(
      `mutation ($id: ID, $key: String!) { claimBonus(campaignId: $id, idempotencyKey: $key) { ok code } }`,
      { id: campaign.data!.createBonusCampaign.id, key: randomUUID() },
      asPlayer,
    );
    expect(again.data!.claimBonus).toMatchObject({ ok: false, code: 'ALREADY_CLAIMED' });
  });
});
