import { randomUUID } from 'node:crypto';
import { errorCode, ledgerInvariants } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACE_BET, startTestGames, type TestGames } from './support.js';

type Result = { ok: boolean; code: string | null; maxStake: string | null };

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
  t.gql<{ placeBet: Result }>(PLACE_BET, { input: { game: 'DICE', asset: 'EUR', params: { target: 50, direction: 'UNDER' }, idempotencyKey: randomUUID(), ...input } }, token);

describe('stakes and possible wins stay within the asset maximum (EUR: 10^12 minor units)', () => {
  it('configureGame refuses a maxStake above the asset maximum and accepts it at the maximum', async () => {
    const admin = await t.operatorToken(randomUUID());
    const over = await t.gql(CONFIGURE, { input: { game: 'LIMBO', enabled: true, limits: [{ asset: 'EUR', minStake: '10', maxStake: '1000000000001' }] } }, admin);
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    const at = await t.gql<{ configureGame: { limits: { asset: string; maxStake: string }[] } }>(
      CONFIGURE,
      { input: { game: 'LIMBO', enabled: true, limits: [{ asset: 'EUR', minStake: '10', maxStake: '1000000000000' }] } },
      admin,
    );
    expect(at.errors).toBeUndefined();
    expect(at.data!.configureGame.limits.find((l) => l.asset === 'EUR')!.maxStake).toBe('1000000000000');
  });

  it('a stake whose top win would exceed the maximum is refused before anything is written', async () => {
    const tenantId = randomUUID();
    await t.gql(CONFIGURE, { input: { game: 'LIMBO', enabled: true, limits: [{ asset: 'EUR', minStake: '10', maxStake: '1000000000000' }] } }, await t.operatorToken(tenantId));
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
