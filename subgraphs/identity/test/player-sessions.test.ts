import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlayer, seedTenant, type SeededTenant } from '../src/seed/index.js';
import {
  claimsOf,
  countRows,
  SESSION_FIELDS,
  type SessionShape,
  startTestIdentity,
  type TestIdentity,
} from './support.js';

let t: TestIdentity;
let aurora: SeededTenant;

beforeAll(async () => {
  t = await startTestIdentity();
  aurora = await seedTenant(t.identity.orm, { currencies: ['EUR', 'USD'] });
});
afterAll(() => t?.stop());

const REGISTER = `mutation($input: RegisterPlayerInput!) {
  registerPlayer(input: $input) { session { ${SESSION_FIELDS} } player { id tenantId displayName email status tenant { slug mainCurrency } } }
}`;
const LOGIN = `mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { ${SESSION_FIELDS} } player { id } } }`;
const ME = '{ me { id tenantId displayName email tenant { id slug } } }';
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';

type Registered = {
  registerPlayer: { session: SessionShape; player: { id: string; tenantId: string; email: string } };
};
type LoggedIn = { loginPlayer: { session: SessionShape; player: { id: string } } };
type Refreshed = { refreshSession: SessionShape };

let emailCounter = 0;
const newEmail = () => `Player.${Date.now()}.${(emailCounter += 1)}@Example.TEST`;

describe('a player session, end to end', () => {
  it('registers, logs in, reads me, refreshes and logs out', async () => {
    const email = newEmail();
    const registered = await t.gql<Registered>(REGISTER, {
      input: { tenantSlug: aurora.slug, email, password: 'correct horse battery', displayName: '  Lucky Luke ' },
    });
    expect(registered.errors).toBeUndefined();
    const { session, player } = registered.data!.registerPlayer;
    expect(player).toMatchObject({
      tenantId: aurora.id,
      email: email.toLowerCase(),
      displayName: 'Lucky Luke',
      status: 'ACTIVE',
      tenant: { slug: aurora.slug, mainCurrency: 'EUR' },
    });
    expect(session.tokenType).toBe('Bearer');
    expect(session.refreshToken).toMatch(/^cxr_/);

    // The access token is an ES256 JWT with the documented claims, living 10 minutes.
    const header = JSON.parse(Buffer.from(session.accessToken.split('.')[0]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(header).toMatchObject({ alg: 'ES256', kid: expect.any(String) });
    const claims = claimsOf(session.accessToken);
    expect(claims).toMatchObject({
      iss: 'casinox-identity',
      aud: 'casinox:player',
      kind: 'player',
      tid: aurora.id,
      pid: player.id,
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(600);
    expect(claims).not.toHaveProperty('oid');
    const sessionDays = (Date.parse(session.refreshTokenExpiresAt) - Date.now()) / 86_400_000;
    expect(sessionDays).toBeGreaterThan(29.9);
    expect(sessionDays).toBeLessThanOrEqual(30);

    const login = await t.gql<LoggedIn>(LOGIN, {
      input: { tenantSlug: aurora.slug, email: email.toUpperCase(), password: 'correct horse battery' },
    });
    expect(login.errors).toBeUndefined();
    expect(login.data!.loginPlayer.player.id).toBe(player.id);

    const me = await t.gql(ME, undefined, { token: login.data!.loginPlayer.session.accessToken });
    expect(me.data).toEqual({
      me: {
        id: player.id,
        tenantId: aurora.id,
        displayName: 'Lucky Luke',
        email: email.toLowerCase(),
        tenant: { id: aurora.id, slug: aurora.slug },
      },
    });

    const refreshed = await t.gql<Refreshed>(REFRESH, { t: login.data!.loginPlayer.session.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    const next = refreshed.data!.refreshSession;
    expect(next.refreshToken).not.toBe(login.data!.loginPlayer.session.refreshToken);
    // The session's end does not move on refresh.
    expect(next.refreshTokenExpiresAt).toBe(login.data!.loginPlayer.session.refreshTokenExpiresAt);
    expect((await t.gql(ME, undefined, { token: next.accessToken })).data).toMatchObject({ me: { id: player.id } });

    expect((await t.gql(LOGOUT, { t: next.refreshToken })).data).toEqual({ logout: true });
    expect(errorCode(await t.gql(REFRESH, { t: next.refreshToken }))).toBe('SESSION_EXPIRED');
    // The registration's own session is a separate family and still works.
    expect((await t.gql(REFRESH, { t: session.refreshToken })).errors).toBeUndefined();
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const player = await seedPlayer(t.identity.orm, { tenantId: aurora.id });
    const login = await t.gql<LoggedIn>(LOGIN, {
      input: { tenantSlug: aurora.slug, email: player.email, password: player.password },
    });
    const first = login.data!.loginPlayer.session.refreshToken;
    const second = (await t.gql<Refreshed>(REFRESH, { t: first })).data!.refreshSession.refreshToken;
    const third = (await t.gql<Refreshed>(REFRESH, { t: second })).data!.refreshSession.refreshToken;

    // An attacker replays the first token: reuse is detected…
    expect(errorCode(await t.gql(REFRESH, { t: first }))).toBe('REFRESH_TOKEN_REUSED');
    // …and the legitimate newest token is dead too.
    expect(errorCode(await t.gql(REFRESH, { t: third }))).toBe('SESSION_EXPIRED');
    const family = await t.db.query<{ revoked: string; total: string }>(
      `select count(*) filter (where revoked_at is not null)::text as revoked, count(*)::text as total
         from identity.refresh_token where family_id = (select family_id from identity.refresh_token where player_id = $1 limit 1)`,
      [player.id],
    );
    expect(family.rows[0]).toEqual({ revoked: '3', total: '3' });
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const player = await seedPlayer(t.identity.orm, { tenantId: aurora.id });
    const login = await t.gql<LoggedIn>(LOGIN, {
      input: { tenantSlug: aurora.slug, email: player.email, password: player.password },
    });
    const token = login.data!.loginPlayer.session.refreshToken;
    const results = await Promise.all([t.gql(REFRESH, { t: token }), t.gql(REFRESH, { t: token })]);
    expect(results.map((result) => errorCode(result) ?? 'OK').sort()).toEqual(['OK', 'REFRESH_TOKEN_REUSED']);
  });

  it('answers UNAUTHENTICATED for a refresh token it never issued', async () => {
    expect(errorCode(await t.gql(REFRESH, { t: 'cxr_not-a-real-token' }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGOUT, { t: 'cxr_not-a-real-token' })).data).toEqual({ logout: true });
  });

  it('ends a disabled player’s session at the next refresh', async () => {
    const player = await seedPlayer(t.identity.orm, { tenantId: aurora.id });
    const login = await t.gql<LoggedIn>(LOGIN, {
      input: { tenantSlug: aurora.slug, email: player.email, password: player.password },
    });
    await t.db.query(`update identity.player set status = 'DISABLED' where id = $1`, [player.id]);
    expect(errorCode(await t.gql(REFRESH, { t: login.data!.loginPlayer.session.refreshToken }))).toBe(
      'ACCOUNT_DISABLED',
    );
    expect(
      errorCode(
        await t.gql(LOGIN, { input: { tenantSlug: aurora.slug, email: player.email, password: player.password } }),
      ),
    ).toBe('ACCOUNT_DISABLED');
  });
});

describe('registration and sign-in failures', () => {
  const valid = () => ({ tenantSlug: aurora.slug, email: newEmail(), password: 'a-good-password', displayName: 'Jo' });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty email', { email: '' }, 'email'],
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['an oversized email', { email: `${'a'.repeat(250)}@example.test` }, 'email'],
    ['an empty password', { password: '' }, 'password'],
    ['a short password', { password: 'short' }, 'password'],
    ['an oversized password', { password: 'p'.repeat(129) }, 'password'],
    ['an empty display name', { displayName: '' }, 'displayName'],
    ['a blank display name', { displayName: '   ' }, 'displayName'],
    ['an oversized display name', { displayName: 'n'.repeat(65) }, 'displayName'],
    ['a malformed tenant slug', { tenantSlug: 'Not A Slug' }, 'tenantSlug'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, override, field) => {
    const before = { users: await countRows(t.db, 'user_account'), players: await countRows(t.db, 'player') };
    const response = await t.gql(REGISTER, { input: { ...valid(), ...override } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field })]),
    );
    expect({ users: await countRows(t.db, 'user_account'), players: await countRows(t.db, 'player') }).toEqual(before);
  });

  it('rejects an unknown tenant with TENANT_NOT_FOUND and writes nothing', async () => {
    const before = await countRows(t.db, 'user_account');
    expect(errorCode(await t.gql(REGISTER, { input: { ...valid(), tenantSlug: 'no-such-casino' } }))).toBe(
      'TENANT_NOT_FOUND',
    );
    expect(
      errorCode(
        await t.gql(LOGIN, {
          input: { tenantSlug: 'no-such-casino', email: 'a@b.test', password: 'whatever-password' },
        }),
      ),
    ).toBe('TENANT_NOT_FOUND');
    expect(await countRows(t.db, 'user_account')).toBe(before);
  });

  it('rejects a suspended tenant with TENANT_SUSPENDED', async () => {
    const closed = await seedTenant(t.identity.orm, { status: 'SUSPENDED' });
    expect(errorCode(await t.gql(REGISTER, { input: { ...valid(), tenantSlug: closed.slug } }))).toBe(
      'TENANT_SUSPENDED',
    );
  });

  it('rejects a duplicate registration with EMAIL_TAKEN (any case) and writes nothing', async () => {
    const input = valid();
    expect((await t.gql(REGISTER, { input })).errors).toBeUndefined();
    const before = {
      users: await countRows(t.db, 'user_account'),
      players: await countRows(t.db, 'player'),
      tokens: await countRows(t.db, 'refresh_token'),
    };
    expect(errorCode(await t.gql(REGISTER, { input: { ...input, email: input.email.toUpperCase() } }))).toBe(
      'EMAIL_TAKEN',
    );
    expect(errorCode(await t.gql(REGISTER, { input: { ...input, password: 'another-password' } }))).toBe('EMAIL_TAKEN');
    expect({
      users: await countRows(t.db, 'user_account'),
      players: await countRows(t.db, 'player'),
      tokens: await countRows(t.db, 'refresh_token'),
    }).toEqual(before);
  });

  it('lets an existing account join another tenant with its own password only', async () => {
    const other = await seedTenant(t.identity.orm);
    const player = await seedPlayer(t.identity.orm, { tenantId: aurora.id });
    const wrong = await t.gql(REGISTER, {
      input: { tenantSlug: other.slug, email: player.email, password: 'not-their-password', displayName: 'X' },
    });
    expect(errorCode(wrong)).toBe('EMAIL_TAKEN');
    expect(await countRows(t.db, 'player', 'user_id = $1', [player.userId])).toBe(1);
    const joined = await t.gql<Registered>(REGISTER, {
      input: { tenantSlug: other.slug, email: player.email, password: player.password, displayName: 'X' },
    });
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.registerPlayer.player.tenantId).toBe(other.id);
    expect(await countRows(t.db, 'user_account', 'email = $1', [player.email])).toBe(1);
    expect(await countRows(t.db, 'player', 'user_id = $1', [player.userId])).toBe(2);
  });

  it('writes one account when the same email registers twice at once', async () => {
    const input = valid();
    const results = await Promise.all([t.gql(REGISTER, { input }), t.gql(REGISTER, { input })]);
    expect(results.map((result) => errorCode(result) ?? 'OK').sort()).toEqual(['EMAIL_TAKEN', 'OK']);
    expect(await countRows(t.db, 'user_account', 'email = $1', [input.email.toLowerCase()])).toBe(1);
  });

  it('answers INVALID_CREDENTIALS alike for a wrong password and an unknown email', async () => {
    const player = await seedPlayer(t.identity.orm, { tenantId: aurora.id });
    const wrong = await t.gql(LOGIN, {
      input: { tenantSlug: aurora.slug, email: player.email, password: 'wrong-password' },
    });
    const unknown = await t.gql(LOGIN, {
      input: { tenantSlug: aurora.slug, email: 'nobody@nowhere.test', password: 'wrong-password' },
    });
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('stores passwords as argon2id hashes only', async () => {
    const player = await seedPlayer(t.identity.orm, { tenantId: aurora.id });
    const row = await t.db.query<{ password_hash: string }>(
      'select password_hash from identity.user_account where id = $1',
      [player.userId],
    );
    expect(row.rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.rows[0]?.password_hash).not.toContain(player.password);
  });
});
