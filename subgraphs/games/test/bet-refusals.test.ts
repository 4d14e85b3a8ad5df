import { randomUUID } from 'node:crypto';
import { errorCode, insertTenant, ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BET_FIELDS, PLACE_BET, startTestGames, type TestGames } from './support.js';

type Bet = {
  id: string;
  status: string;
  payout: string | null;
  multiplier: string | null;
  outcome: Record<string, unknown> | null;
  rejectionCode: string | null;
};
type Result = { ok: boolean; code: string | null; maxStake: string | null; bet: Bet | null };

const MY_BETS = `query { myBets(first: 20) { edges { node { ${BET_FIELDS} } } } }`;
const CASH_OUT = `mutation ($id: ID!) { cashOut(betId: $id) { ok code bet { id status } } }`;
const PLAY = `mutation ($id: ID!, $action: JSONObject!) { playRound(betId: $id, action: $action) { ok code bet { id status } } }`;
const CONFIGURE = `mutation ($input: ConfigureGameInput!) { configureGame(input: $input) { code limits { asset maxStake } } }`;

let t: TestGames;
const tenant = randomUUID();
beforeAll(async () => {
  t = await startTestGames();
});
afterAll(() => t?.stop());

async function newPlayer(amount: bigint, tenantId = tenant) {
  const playerId = randomUUID();
  if (amount > 0n) await t.fund(tenantId, playerId, 'EUR', amount);
  return { playerId, token: await t.playerToken(tenantId, playerId) };
}

const place = (token: string, input: Record<string, unknown>) =>
  t.gql<{ placeBet: Result }>(
    PLACE_BET,
    {
      input: {
        game: 'DICE',
        asset: 'EUR',
        params: { target: 50, direction: 'UNDER' },
        idempotencyKey: randomUUID(),
        ...input,
      },
    },
    token,
  );

describe('a refused bet has no outcome and no payout', () => {
  it('INSUFFICIENT_FUNDS: myBets lists it REJECTED with payout, multiplier and outcome all null', async () => {
    const { token } = await newPlayer(1_00n);
    const refused = await place(token, { stake: '5000' });
    expect(refused.data!.placeBet).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS' });
    const won = await place(token, { stake: '50' });
    expect(won.data!.placeBet.ok).toBe(true);
    const bets = (await t.gql<{ myBets: { edges: { node: Bet }[] } }>(MY_BETS, {}, token)).data!.myBets.edges.map(
      (e) => e.node,
    );
    const rejected = bets.filter((bet) => bet.status === 'REJECTED');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      payout: null,
      multiplier: null,
      outcome: null,
      rejectionCode: 'INSUFFICIENT_FUNDS',
    });
    // The settled one keeps everything.
    const settled = bets.find((bet) => bet.status === 'SETTLED')!;
    expect(settled.payout).not.toBeNull();
    expect(settled.outcome).not.toBeNull();
  });
});

describe('playRound and cashOut are for open rounds only', () => {
  it('on a settled instant bet they are refused with ROUND_NOT_ACTIVE and move no money', async () => {
    const { playerId, token } = await newPlayer(10_00n);
    const bet = (await place(token, { stake: '100' })).data!.placeBet.bet!;
    expect(bet.status).toBe('SETTLED');
    const before = await t.balance(tenant, playerId, 'EUR');
    const cashed = await t.gql<{ cashOut: Result }>(CASH_OUT, { id: bet.id }, token);
    expect(cashed.data!.cashOut).toMatchObject({ ok: false, code: 'ROUND_NOT_ACTIVE', bet: null });
    const played = await t.gql<{ playRound: Result }>(PLAY, { id: bet.id, action: { reveal: 3 } }, token);
    expect(played.data!.playRound).toMatchObject({ ok: false, code: 'ROUND_NOT_ACTIVE', bet: null });
    expect(await t.balance(tenant, playerId, 'EUR')).toBe(before);
  });
});

describe('stakes and possible wins stay within the asset maximum (EUR: 10^12 minor units)', () => {
  it('configureGame refuses a maxStake above the asset maximum and accepts it at the maximum', async () => {
    const admin = await t.operatorToken(randomUUID());
    const over = await t.gql(
      CONFIGURE,
      {
        input: { game: 'LIMBO', enabled: true, limits: [{ asset: 'EUR', minStake: '10', maxStake: '1000000000001' }] },
      },
      admin,
    );
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    const at = await t.gql<{ configureGame: { limits: { asset: string; maxStake: string }[] } }>(
      CONFIGURE,
      {
        input: { game: 'LIMBO', enabled: true, limits: [{ asset: 'EUR', minStake: '10', maxStake: '1000000000000' }] },
      },
      admin,
    );
    expect(at.errors).toBeUndefined();
    expect(at.data!.configureGame.limits.find((l) => l.asset === 'EUR')!.maxStake).toBe('1000000000000');
  });

  it('a stake whose top win would exceed the maximum is refused before anything is written', async () => {
    const tenantId = randomUUID();
    await t.gql(
      CONFIGURE,
      {
        input: { game: 'LIMBO', enabled: true, limits: [{ asset: 'EUR', minStake: '10', maxStake: '1000000000000' }] },
      },
      await t.operatorToken(tenantId),
    );
    const { playerId, token } = await newPlayer(10_000_000n, tenantId);
    // 1,000,000× on 2,000,000 would pay 2·10^12.
    const limbo = (stake: string) => place(token, { game: 'LIMBO', stake, params: { target: 1_000_000 } });
    const refused = (await limbo('2000000')).data!.placeBet;
    expect(refused).toMatchObject({ ok: false, code: 'STAKE_OUT_OF_LIMITS', maxStake: '1000000' });
    const { rows } = await t.db.query(`select count(*)::int as n from games.bet where tenant_id = $1`, [tenantId]);
    expect(rows[0]!.n).toBe(0);
    expect((await limbo('1000000')).data!.placeBet.ok).toBe(true);
    expect(await t.balance(tenantId, playerId, 'EUR')).toBeLessThanOrEqual(10_000_000n);
    expect(await ledgerInvariants(t.db)).toEqual({ unbalanced: 0, mismatched: 0, negative: 0 });
  });
});

describe("a tenant's currency list is enforced on the bet path", () => {
  it('an EUR/USD tenant refuses a GBP bet with ASSET_NOT_OFFERED, writing nothing, even with GBP in the wallet', async () => {
    const tenantId = await insertTenant(t.db, ['EUR', 'USD']);
    await expect
      .poll(
        async () => (await t.db.query(`select 1 from games.tenant_currency where tenant_id = $1`, [tenantId])).rowCount,
        { timeout: 15_000 },
      )
      .toBe(1);
    const playerId = randomUUID();
    await t.fund(tenantId, playerId, 'GBP', 10_00n);
    await t.fund(tenantId, playerId, 'EUR', 10_00n);
    const token = await t.playerToken(tenantId, playerId);
    expect((await place(token, { asset: 'GBP', stake: '100' })).data!.placeBet).toMatchObject({
      ok: false,
      code: 'ASSET_NOT_OFFERED',
    });
    const { rows } = await t.db.query(`select count(*)::int as n from games.bet where tenant_id = $1`, [tenantId]);
    expect(rows[0]!.n).toBe(0);
    expect(await t.balance(tenantId, playerId, 'GBP')).toBe(10_00n);
    expect((await place(token, { asset: 'EUR', stake: '100' })).data!.placeBet.ok).toBe(true);
  });
});
