import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, signInOperator } from './support/actors.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const DEPOSIT = `mutation($asset: String!, $amount: Money!, $key: String!) { startDeposit(asset: $asset, amount: $amount, idempotencyKey: $key) { id } }`;
const PLACE_BET = `mutation($input: PlaceBetInput!) { placeBet(input: $input) { ok code bet { id status payout outcome } } }`;
const MY_BETS = `{ myBets(first: 10) { edges { node { status payout multiplier outcome } } } }`;
const CREATE_JACKPOT = `mutation($input: CreateJackpotInput!) { createJackpot(input: $input) { id } }`;
const FUND = `mutation($input: FundJackpotInput!) { fundJackpot(input: $input) { tiers { pool } } }`;

const readModelsKnow = async (tenantId: string) => {
  for (const schema of ['wallet', 'games', 'bonus', 'jackpot']) {
    const { rowCount } = await platform.db.query(`select 1 from ${schema}.tenant_currency where tenant_id = $1`, [
      tenantId,
    ]);
    if (!rowCount) return false;
  }
  return true;
};

describe('money inputs through the gateway (security issue item 8)', () => {
  it('an EUR/USD tenant: GBP deposits and bets are ASSET_NOT_OFFERED, a refused bet shows no outcome or payout', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    const token = player.session.accessToken;
    await expect.poll(() => readModelsKnow(tenant.id), { timeout: 20_000 }).toBe(true);
    expect(errorCode(await platform.gql(DEPOSIT, { asset: 'GBP', amount: '1000', key: randomUUID() }, { token }))).toBe(
      'ASSET_NOT_OFFERED',
    );
    await platform.walletCall('grant', {
      tenantId: tenant.id,
      playerId: player.playerId,
      asset: 'GBP',
      amount: '10000',
      idempotencyKey: `g-${randomUUID()}`,
    });
    const gbp = await platform.gql<{ placeBet: { ok: boolean; code: string } }>(
      PLACE_BET,
      {
        input: {
          game: 'DICE',
          asset: 'GBP',
          stake: '100',
          params: { target: 50, direction: 'UNDER' },
          idempotencyKey: randomUUID(),
        },
      },
      { token },
    );
    expect(gbp.data!.placeBet).toMatchObject({ ok: false, code: 'ASSET_NOT_OFFERED' });
    // EUR is offered but the player has none: the bet is refused by the wallet and recorded REJECTED.
    const poor = await platform.gql<{ placeBet: { ok: boolean; code: string } }>(
      PLACE_BET,
      {
        input: {
          game: 'DICE',
          asset: 'EUR',
          stake: '100',
          params: { target: 50, direction: 'UNDER' },
          idempotencyKey: randomUUID(),
        },
      },
      { token },
    );
    expect(poor.data!.placeBet).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS' });
    const bets = (
      await platform.gql<{ myBets: { edges: { node: Record<string, unknown> }[] } }>(MY_BETS, {}, { token })
    ).data!.myBets.edges.map((e) => e.node);
    expect(bets).toEqual([{ status: 'REJECTED', payout: null, multiplier: null, outcome: null }]);
  });

  it('fundJackpot and createJackpot are bounded by the asset catalogue and the tenant currencies', async () => {
    const tenant = await newTenant(platform);
    const admin = (await signInOperator(platform, tenant.id, 'ADMIN')).session.accessToken;
    await expect.poll(() => readModelsKnow(tenant.id), { timeout: 20_000 }).toBe(true);
    const input = (asset: string) => ({
      type: 'SPONSORED',
      name: 'Sponsor',
      asset,
      optIn: false,
      contributionBasisPoints: 0,
      tiers: [{ code: 'TOP', seedAmount: '0', contributionShareBasisPoints: 0 }],
      idempotencyKey: randomUUID(),
    });
    expect(errorCode(await platform.gql(CREATE_JACKPOT, { input: input('GBP') }, { token: admin }))).toBe(
      'ASSET_NOT_OFFERED',
    );
    expect(errorCode(await platform.gql(CREATE_JACKPOT, { input: input('DOGE') }, { token: admin }))).toBe(
      'BAD_USER_INPUT',
    );
    const created = await platform.gql<{ createJackpot: { id: string } }>(
      CREATE_JACKPOT,
      { input: input('EUR') },
      { token: admin },
    );
    const jackpotId = created.data!.createJackpot.id;
    const fund = (amount: string) =>
      platform.gql(
        FUND,
        { input: { jackpotId, tierCode: 'TOP', amount, idempotencyKey: randomUUID() } },
        { token: admin },
      );
    expect(errorCode(await fund('9223372036854775807'))).toBe('BAD_USER_INPUT');
    const house = await platform.db.query<{ balance: string }>(
      `select coalesce(sum(e.amount), 0)::text as balance from wallet.entry e join wallet.account a on a.id = e.account_id where a.tenant_id = $1 and a.type = 'HOUSE'`,
      [tenant.id],
    );
    expect(house.rows[0]!.balance).toBe('0');
  });
});
