import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/main.js';
import { seedOperator, seedPlayer, seedTenant, type SeededTenant } from '../src/seed/index.js';
import {
  OPERATOR_LOGIN,
  OPERATOR_VERIFY,
  type OperatorChallenge,
  randomIp,
  startTestIdentity,
  TEST_SECRETS,
  type TestIdentity,
} from './support.js';

let t: TestIdentity;
let tenant: SeededTenant;

const LOGIN = 'mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { player { id } } }';
const REGISTER = 'mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { player { id } } }';

beforeAll(async () => {
  t = await startTestIdentity();
  tenant = await seedTenant(t.identity.orm);
});
afterAll(() => t?.stop());

const login = (email: string, password: string, ip = randomIp()) =>
  t.gql(LOGIN, { input: { tenantSlug: tenant.slug, email, password } }, { ip });

describe('sign-in rate limits', () => {
  it('locks an account after 10 failures, from any address, even for the right password', async () => {
    const player = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
    for (let i = 0; i < 10; i += 1)
      expect(errorCode(await login(player.email, `wrong-password-${i}`))).toBe('INVALID_CREDENTIALS');
    const blocked = await login(player.email, player.password);
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // The lock is per account: the same address signs in another account fine.
    const other = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
    expect((await login(other.email, other.password)).errors).toBeUndefined();
  });

  it('forgets an account’s failures after a successful sign-in', async () => {
    const player = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
    for (let i = 0; i < 9; i += 1) await login(player.email, 'wrong-password');
    expect((await login(player.email, player.password)).errors).toBeUndefined();
    for (let i = 0; i < 9; i += 1) await login(player.email, 'wrong-password');
    expect((await login(player.email, player.password)).errors).toBeUndefined();
  });

  it('blocks an address after 50 failures across many accounts', async () => {
    const ip = randomIp();
    for (let i = 0; i < 50; i += 1)
      expect(errorCode(await login(`nobody-${i}@spray.test`, 'guess-password', ip))).toBe('INVALID_CREDENTIALS');
    const player = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
    expect(errorCode(await login(player.email, player.password, ip))).toBe('RATE_LIMITED');
    expect((await login(player.email, player.password)).errors).toBeUndefined();
  });

  it('limits TOTP guesses per user', async () => {
    const owner = await seedOperator(t.identity.orm, {
      tenantId: tenant.id,
      role: 'OWNER',
      totp: true,
      identitySecret: TEST_SECRETS.IDENTITY_SECRET,
    });
    const challenge = await t.gql<{ operatorLogin: OperatorChallenge }>(OPERATOR_LOGIN, {
      input: { email: owner.email, password: owner.password },
    });
    const challengeToken = challenge.data!.operatorLogin.challengeToken;
    const right = totpCode(owner.totpSecret!);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1)
      expect(errorCode(await t.gql(OPERATOR_VERIFY, { input: { challengeToken, code: wrong } }))).toBe('INVALID_TOTP');
    expect(errorCode(await t.gql(OPERATOR_VERIFY, { input: { challengeToken, code: right } }))).toBe('RATE_LIMITED');
  });

  it('limits registrations per address to 20 an hour', async () => {
    const ip = randomIp();
    const register = (i: number) =>
      t.gql(
        REGISTER,
        {
          input: {
            tenantSlug: tenant.slug,
            email: `reg-${Date.now()}-${i}@flood.test`,
            password: 'a-fine-password',
            displayName: `R${i}`,
          },
        },
        { ip },
      );
    for (let i = 0; i < 20; i += 1) expect((await register(i)).errors).toBeUndefined();
    expect(errorCode(await register(20))).toBe('RATE_LIMITED');
  });

  it('keeps the counters in Postgres, where every replica sees them', async () => {
    const rows = await t.db.query<{ key: string }>(
      `select key from identity.rate_limit where key like 'login-account:%'`,
    );
    expect(rows.rowCount).toBeGreaterThan(0);
  });
});
