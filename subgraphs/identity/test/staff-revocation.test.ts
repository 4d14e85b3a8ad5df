import { SIGNATURE_HEADER, ServiceSigner } from '@casinox/auth';
import { errorCode, testSigner } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_TOKENS_REVOKED_CHANNEL } from '../src/main.js';
import { type SeededOperator, seedOperator, seedPlatformAdmin, seedTenant } from '../src/seed/index.js';
import {
  claimsOf,
  SESSION_FIELDS,
  type SessionShape,
  staffSignIn,
  startTestIdentity,
  TEST_SECRETS,
  type TestIdentity,
} from './support.js';

let t: TestIdentity;
let listener: pg.Client;
const notices: { userId: string; version: number }[] = [];

beforeAll(async () => {
  t = await startTestIdentity();
  // As the gateway hears them: the listener role, LISTEN on the channel.
  listener = new pg.Client({ connectionString: t.db.listenerUrl });
  await listener.connect();
  listener.on('notification', (message) => {
    if (message.channel === STAFF_TOKENS_REVOKED_CHANNEL && message.payload)
      notices.push(JSON.parse(message.payload) as { userId: string; version: number });
  });
  await listener.query(`listen ${STAFF_TOKENS_REVOKED_CHANNEL}`);
});
afterAll(async () => {
  await listener?.end();
  await t?.stop();
});

const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;
const CHANGE_ROLE = `mutation($id: ID!, $role: OperatorRole!) { changeOperatorRole(operatorId: $id, role: $role) { role } }`;
const secret = TEST_SECRETS.IDENTITY_SECRET;

async function staffedTenant(...roles: SeededOperator['role'][]) {
  const tenant = await seedTenant(t.identity.orm);
  const staff: SeededOperator[] = [];
  for (const role of roles)
    staff.push(await seedOperator(t.identity.orm, { tenantId: tenant.id, role, totp: true, identitySecret: secret }));
  return { tenant, staff };
}

/** The notice identity sends for this user and version (after its transaction commits). */
async function noticeFor(userId: string, version: number): Promise<void> {
  await expect
    .poll(() => notices.some((n) => n.userId === userId && n.version === version), { timeout: 2000 })
    .toBe(true);
}
const noticesOf = (userId: string) => notices.filter((n) => n.userId === userId).map((n) => n.version);
const refresh = async (token: string) =>
  (await t.gql<{ refreshSession: SessionShape }>(REFRESH, { t: token })).data!.refreshSession;

describe('staff token versions', () => {
  it('are carried by staff tokens as `ver` (0 before any revocation), never by player tokens', async () => {
    const { staff } = await staffedTenant('SUPPORT');
    const session = await staffSignIn(t, staff[0]!);
    expect(claimsOf(session.session.accessToken)).toMatchObject({ kind: 'operator', ver: 0 });
    expect(claimsOf((await refresh(session.session.refreshToken)).accessToken)).toMatchObject({ ver: 0 });
    const tenant = await seedTenant(t.identity.orm);
    const registered = await t.gql<{ registerPlayer: { session: SessionShape } }>(
      `mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { session { ${SESSION_FIELDS} } } }`,
      {
        input: {
          tenantSlug: tenant.slug,
          email: `p-${Date.now()}@example.test`,
          password: 'correct-horse-battery',
          displayName: 'P',
        },
      },
    );
    const player = registered.data!.registerPlayer.session;
    expect(claimsOf(player.accessToken)).not.toHaveProperty('ver');
    // A player's logout ends the session, but their access tokens are not tracked.
    await t.gql(LOGOUT, { t: player.refreshToken });
    expect(
      (
        await t.db.query('select 1 from identity.staff_token_version where user_id = $1', [
          claimsOf(player.accessToken).sub,
        ])
      ).rowCount,
    ).toBe(0);
  });

  it('logout bumps the version and notifies on commit; other sessions of the user refresh into the new version', async () => {
    const { staff } = await staffedTenant('ADMIN');
    const admin = staff[0]!;
    const phone = await staffSignIn(t, admin);
    const laptop = await staffSignIn(t, admin);
    expect((await t.gql(LOGOUT, { t: phone.session.refreshToken })).data).toEqual({ logout: true });
    await noticeFor(admin.userId, 1);
    expect(errorCode(await t.gql(REFRESH, { t: phone.session.refreshToken }))).toBe('SESSION_EXPIRED');
    // The laptop's access token is refused at the gateway (ver 0 < 1); its refresh gives ver 1.
    expect(claimsOf(laptop.session.accessToken).ver).toBe(0);
    expect(claimsOf((await refresh(laptop.session.refreshToken)).accessToken)).toMatchObject({ ver: 1, oid: admin.id });
  });

  it('a role change bumps the version: the refreshed token has the new role and version', async () => {
    const { staff } = await staffedTenant('OWNER', 'ADMIN');
    const [owner, admin] = staff as [SeededOperator, SeededOperator];
    const ownerToken = (await staffSignIn(t, owner)).session.accessToken;
    const session = await staffSignIn(t, admin);
    expect((await t.gql(CHANGE_ROLE, { id: admin.id, role: 'SUPPORT' }, { token: ownerToken })).data).toEqual({
      changeOperatorRole: { role: 'SUPPORT' },
    });
    await noticeFor(admin.userId, 1);
    expect(claimsOf((await refresh(session.session.refreshToken)).accessToken)).toMatchObject({
      role: 'SUPPORT',
      ver: 1,
    });
    // Setting the role it already has revokes nothing.
    await t.gql(CHANGE_ROLE, { id: admin.id, role: 'SUPPORT' }, { token: ownerToken });
    await new Promise((r) => setTimeout(r, 200));
    expect(noticesOf(admin.userId)).toEqual([1]);
    expect(noticesOf(owner.userId)).toEqual([]);
  });

  it('disabling an operator bumps the version and ends their sessions', async () => {
    const { staff } = await staffedTenant('OWNER', 'FINANCE');
    const [owner, finance] = staff as [SeededOperator, SeededOperator];
    const ownerToken = (await staffSignIn(t, owner)).session.accessToken;
    const session = await staffSignIn(t, finance);
    await t.gql(
      'mutation($id: ID!) { disableOperator(operatorId: $id) { id } }',
      { id: finance.id },
      { token: ownerToken },
    );
    await noticeFor(finance.userId, 1);
    expect(errorCode(await t.gql(REFRESH, { t: session.session.refreshToken }))).toBe('SESSION_EXPIRED');
  });

  it('a reused staff refresh token (a stolen session) bumps the version', async () => {
    const { staff } = await staffedTenant('COMPLIANCE');
    const session = await staffSignIn(t, staff[0]!);
    await refresh(session.session.refreshToken);
    expect(errorCode(await t.gql(REFRESH, { t: session.session.refreshToken }))).toBe('REFRESH_TOKEN_REUSED');
    await noticeFor(staff[0]!.userId, 1);
  });

  it("suspending a tenant bumps the version of its staff with live sessions, and nobody else's", async () => {
    const { tenant, staff } = await staffedTenant('OWNER', 'SUPPORT');
    const [owner, support] = staff as [SeededOperator, SeededOperator];
    await staffSignIn(t, owner);
    const other = await staffedTenant('OWNER');
    await staffSignIn(t, other.staff[0]!);
    const admin = await seedPlatformAdmin(t.identity.orm, { totp: true, identitySecret: secret });
    const adminToken = (await staffSignIn(t, admin)).session.accessToken;
    const suspended = await t.gql(
      'mutation($id: ID!) { setTenantStatus(tenantId: $id, status: SUSPENDED) { status } }',
      { id: tenant.id },
      { token: adminToken },
    );
    expect(suspended.data).toEqual({ setTenantStatus: { status: 'SUSPENDED' } });
    await noticeFor(owner.userId, 1);
    expect(noticesOf(support.userId)).toEqual([]); // never signed in: no token to revoke
    expect(noticesOf(other.staff[0]!.userId)).toEqual([]);
  });
});

describe('GET /internal/staff-token-versions', () => {
  const PATH = '/internal/staff-token-versions';
  /** The gateway's call on identity's internal listener, signed by `signer` (none: unsigned). */
  const versionsCall = (signer: ServiceSigner | null = testSigner('gateway')) => {
    const signature = signer?.sign('identity', { method: 'GET', path: PATH, body: '' });
    return fetch(`${t.identity.internalUrl}${PATH}`, { headers: signature ? { [SIGNATURE_HEADER]: signature } : {} });
  };

  it('answers the gateway only, on the internal listener', async () => {
    expect((await versionsCall(null)).status).toBe(401);
    expect((await versionsCall(new ServiceSigner('gateway', 'not-the-gateway-key-0123456789abcdef'))).status).toBe(401);
    expect((await versionsCall(testSigner('games'))).status).toBe(401);
    expect((await fetch(t.identity.url.replace('/graphql', PATH))).status).toBe(404);
  });

  it('lists the versions bumped lately (what a gateway may have missed)', async () => {
    const { staff } = await staffedTenant('ADMIN');
    const session = await staffSignIn(t, staff[0]!);
    await t.gql(LOGOUT, { t: session.session.refreshToken });
    await noticeFor(staff[0]!.userId, 1);
    const res = await versionsCall();
    expect(res.status).toBe(200);
    const { versions } = (await res.json()) as { versions: Record<string, number> };
    expect(versions[staff[0]!.userId]).toBe(1);
    // A bump older than every access token's life no longer matters, so it is not listed.
    await t.db.query(
      `update identity.staff_token_version set updated_at = now() - interval '1 hour' where user_id = $1`,
      [staff[0]!.userId],
    );
    const later = (await (await versionsCall()).json()) as { versions: Record<string, number> };
    expect(later.versions).not.toHaveProperty(staff[0]!.userId);
  });
});
