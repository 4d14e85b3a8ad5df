import { randomUUID } from 'node:crypto';
import { ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, signInOperator } from './support/actors.js';
import { collect, liveClients } from './support/live.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
const live = liveClients(() => platform.wsUrl);
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await live.dispose();
  await platform?.stop();
});

const PLACE_BET = `mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok bet { id } } }`;

describe('bonus and jackpot through the gateway, live', () => {
  it('a claimed bonus moves its wagering bar with every bet and converts to cash; a must-drop jackpot ticks up and announces its win', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    const owner = await signInOperator(platform, tenant.id, 'OWNER');
    const ownerToken = { token: owner.session.accessToken };
    const playerToken = { token: player.session.accessToken };
    await platform.walletCall('grant', {
      tenantId: tenant.id,
      playerId: player.playerId,
      asset: 'EUR',
      amount: '100000',
      idempotencyKey: `fund-${player.playerId}`,
    });

    // A no-deposit bonus of 10.00 EUR, wagered 2x on dice at 100 %.
    const campaign = await platform.gql<{ createBonusCampaign: { id: string } }>(
      `mutation ($input: BonusCampaignInput!) { createBonusCampaign(input: $input) { id } }`,
      {
        input: {
          name: 'Welcome spins',
          kind: 'NO_DEPOSIT',
          asset: 'EUR',
          amount: '1000',
          wageringMultiplier: 2,
          contributionWeights: [{ game: 'DICE', percent: 100 }],
          maxBet: [{ asset: 'EUR', amount: '200' }],
          expiresInDays: 7,
        },
      },
      ownerToken,
    );
    expect(campaign.errors, JSON.stringify(campaign.errors)).toBeUndefined();

    // A must-drop jackpot on dice whose hidden drop value lies between 1.10 and 1.20 EUR (seeded with 1.00).
    const jackpot = await platform.gql<{ createJackpot: { id: string; tiers: { pool: string }[] } }>(
      `mutation ($input: CreateJackpotInput!) { createJackpot(input: $input) { id tiers { code pool } } }`,
      {
        input: {
          name: 'Mystery',
          type: 'MUST_DROP',
          asset: 'EUR',
          gameCodes: ['DICE'],
          optIn: false,
          contributionBasisPoints: 500,
          idempotencyKey: randomUUID(),
          tiers: [
            {
              code: 'MINI',
              seedAmount: '100',
              contributionShareBasisPoints: 10000,
              minDropValue: '110',
              maxDropValue: '120',
            },
          ],
        },
      },
      ownerToken,
    );
    expect(jackpot.errors, JSON.stringify(jackpot.errors)).toBeUndefined();
    const jackpotId = jackpot.data!.createJackpot.id;

    const before = platform.liveSubscribers();
    const bonusFeed = collect<{
      bonusUpdated: { id: string; state: string; wagered: string; wageringPercent: number };
    }>(live.connect(player.session.accessToken), 'subscription { bonusUpdated { id state wagered wageringPercent } }');
    const ticker = collect<{ jackpotUpdated: { id: string; tiers: { pool: string }[] } }>(
      live.connect(player.session.accessToken),
      'subscription { jackpotUpdated { id tiers { pool } } }',
    );
    const wins = collect<{
      jackpotWon: { jackpotId: string; amount: string; proof: { serverSeed: string | null } | null };
    }>(
      live.connect(player.session.accessToken),
      'subscription { jackpotWon { jackpotId amount proof { serverSeed } } }',
    );
    await expect.poll(() => platform.liveSubscribers()).toBe(before + 3);

    const claim = await platform.gql<{ claimBonus: { ok: boolean; code: string | null; bonus: { id: string } } }>(
      `mutation ($id: ID, $key: String!) { claimBonus(campaignId: $id, idempotencyKey: $key) { ok code bonus { id } } }`,
      { id: campaign.data!.createBonusCampaign.id, key: randomUUID() },
      playerToken,
    );
    expect(claim.data!.claimBonus).toMatchObject({ ok: true });
    await expect
      .poll(() => bonusFeed.results.some((r) => r.bonusUpdated.state === 'ACTIVE'), { timeout: 10_000 })
      .toBe(true);

    // While the bonus wagers, its max bet (2.00 EUR) applies in games, before any money moves. The
    // rule reaches games through the event bus (off the bet's path), within about a second.
    const big = () =>
      platform.gql<{ placeBet: { ok: boolean; code: string | null; maxStake: string | null } }>(
        `mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok code maxStake } }`,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '500',
            params: { target: 50, direction: 'OVER' },
            idempotencyKey: randomUUID(),
          },
        },
        playerToken,
      );
    await expect.poll(async () => (await big()).data?.placeBet.code, { timeout: 10_000 }).toBe('MAX_BET_EXCEEDED');
    const bigBets = async () =>
      (
        await platform.db.query<{ n: number }>(
          `select count(*)::int as n from games.bet where tenant_id = $1 and stake = 500`,
          [tenant.id],
        )
      ).rows[0]!.n;
    const recorded = await bigBets();
    expect((await big()).data!.placeBet).toMatchObject({ ok: false, code: 'MAX_BET_EXCEEDED', maxStake: '200' });
    expect(await bigBets()).toBe(recorded);

    // 25 bets of 1.00 EUR: 20.00 EUR of wagering completes the bonus; 5 % of each feeds the jackpot.
    for (let i = 0; i < 25; i++) {
      const res = await platform.gql<{ placeBet: { ok: boolean } }>(
        PLACE_BET,
        {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake: '100',
            params: { target: 50, direction: 'OVER' },
            idempotencyKey: randomUUID(),
          },
        },
        playerToken,
      );
      expect(res.data?.placeBet.ok).toBe(true);
    }
    await expect
      .poll(() => bonusFeed.results.some((r) => r.bonusUpdated.state === 'COMPLETED'), { timeout: 20_000 })
      .toBe(true);
    const progress = bonusFeed.results.map((r) => r.bonusUpdated.wageringPercent);
    expect(progress.some((p) => p > 0 && p < 100)).toBe(true);
    // The bonus is over: the max bet no longer applies.
    await expect.poll(async () => (await big()).data?.placeBet.ok, { timeout: 10_000 }).toBe(true);

    await expect.poll(() => wins.results.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    expect(wins.results[0]!.jackpotWon).toMatchObject({
      jackpotId,
      proof: { serverSeed: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(ticker.results.length).toBeGreaterThanOrEqual(1);
    const wall = await platform.gql<{ jackpotWins: { edges: { node: { jackpotId: string } }[] } }>(
      `{ jackpotWins(first: 10) { edges { node { jackpotId } } } }`,
      {},
      playerToken,
    );
    expect(wall.data!.jackpotWins.edges.map((e) => e.node.jackpotId)).toContain(jackpotId);
    expect(ticker.results.length).toBeLessThan(25 * 2);

    // The conversion reached the cash wallet once; the ledger balances.
    const transfers = await platform.db.query<{ kind: string; n: number }>(
      `select kind, count(*)::int as n from wallet.transfer where tenant_id = $1 and kind in ('BONUS_CONVERSION', 'JACKPOT_WIN') group by kind order by kind`,
      [tenant.id],
    );
    expect(transfers.rows[0]).toEqual({ kind: 'BONUS_CONVERSION', n: 1 });
    expect(transfers.rows[1]).toMatchObject({ kind: 'JACKPOT_WIN' });
    expect(transfers.rows[1]!.n).toBeGreaterThanOrEqual(1);
    expect(await ledgerInvariants(platform.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});
