import { errorCode, type GraphQLResponse } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, SESSION, type Session, signInOperator } from './support/actors.js';
import { liveClients } from './support/live.js';
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

const VIEWER = '{ operatorViewer { operator { id role } } }';
type Viewer = { operatorViewer: { operator: { id: string; role: string } | null } };
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION} } }`;

/**
 * Revocation reaches the gateway by a Postgres notification, delivered a moment after identity's
 * transaction commits: poll for up to two seconds (an access token lives ten minutes).
 */
async function refusedSoon(token: string): Promise<GraphQLResponse<Viewer>> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const res = await platform.gql<Viewer>(VIEWER, {}, { token });
    if (res.status === 401 || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A staff socket watching the tenant's bet feed; `closed` resolves with its close code. */
async function openStaffSocket(token: string): Promise<{ closed: Promise<number> }> {
  const before = platform.liveSubscribers();
  let closed!: (code: number) => void;
  const closedWith = new Promise<number>((resolve) => (closed = resolve));
  const client = live.connect(token, (code) => closed(code));
  client.subscribe(
    { query: 'subscription { betSettled { id } }' },
    { next: () => {}, error: () => {}, complete: () => {} },
  );
  await expect.poll(() => platform.liveSubscribers()).toBe(before + 1);
  return { closed: closedWith };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms)),
  ]);

describe("revoking a staff member's access tokens at once (through the gateway)", () => {
  it('logout: the access token is refused over HTTP at once, and an open socket closes with 4401', async () => {
    const tenant = await newTenant(platform);
    const operator = await signInOperator(platform, tenant.id, 'ADMIN');
    const token = operator.session.accessToken;
    expect((await platform.gql<Viewer>(VIEWER, {}, { token })).data?.operatorViewer.operator?.id).toBe(operator.id);
    const { closed: socketClosed } = await openStaffSocket(token);

    expect((await platform.gql(LOGOUT, { t: operator.session.refreshToken })).data).toEqual({ logout: true });

    const refused = await refusedSoon(token);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('TOKEN_REVOKED');
    expect(await within(socketClosed, 2000)).toBe(4401);
    // A new socket with the revoked token is refused too.
    let reopened!: (code: number) => void;
    const reopenedWith = new Promise<number>((resolve) => (reopened = resolve));
    live.connect(token, (code) => reopened(code));
    expect(await within(reopenedWith, 2000)).toBe(4401);
    // And the session cannot be refreshed back (this part held before).
    expect(errorCode(await platform.gql(REFRESH, { t: operator.session.refreshToken }))).toBe('SESSION_EXPIRED');
  });

  it("role removal: the old role's token stops working at once; a refresh carries the new role", async () => {
    const tenant = await newTenant(platform);
    const owner = await signInOperator(platform, tenant.id, 'OWNER');
    const admin = await signInOperator(platform, tenant.id, 'ADMIN');
    const { closed: socketClosed } = await openStaffSocket(admin.session.accessToken);

    const demoted = await platform.gql(
      `mutation($id: ID!) { changeOperatorRole(operatorId: $id, role: SUPPORT) { role } }`,
      { id: admin.id },
      { token: owner.session.accessToken },
    );
    expect(demoted.data).toEqual({ changeOperatorRole: { role: 'SUPPORT' } });

    const refused = await refusedSoon(admin.session.accessToken);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('TOKEN_REVOKED');
    expect(await within(socketClosed, 2000)).toBe(4401);
    // A role change is not a sign-out: the session refreshes into a token with the new role.
    const refreshed = await platform.gql<{ refreshSession: Session }>(REFRESH, { t: admin.session.refreshToken });
    const fresh = refreshed.data!.refreshSession.accessToken;
    expect((await platform.gql<Viewer>(VIEWER, {}, { token: fresh })).data?.operatorViewer.operator).toEqual({
      id: admin.id,
      role: 'SUPPORT',
    });
    // The owner who made the change is untouched.
    expect((await platform.gql<Viewer>(VIEWER, {}, { token: owner.session.accessToken })).status).toBe(200);
  });

  it('disabling an operator refuses their token at once, and their refresh fails', async () => {
    const tenant = await newTenant(platform);
    const owner = await signInOperator(platform, tenant.id, 'OWNER');
    const support = await signInOperator(platform, tenant.id, 'SUPPORT');
    await platform.gql(
      `mutation($id: ID!) { disableOperator(operatorId: $id) { id } }`,
      { id: support.id },
      { token: owner.session.accessToken },
    );
    expect(errorCode(await refusedSoon(support.session.accessToken))).toBe('TOKEN_REVOKED');
    expect(errorCode(await platform.gql(REFRESH, { t: support.session.refreshToken }))).toBe('SESSION_EXPIRED');
  });

  it('learns a revocation it missed while its listener was disconnected', async () => {
    const tenant = await newTenant(platform);
    const operator = await signInOperator(platform, tenant.id, 'ADMIN');
    const bystander = await signInOperator(platform, tenant.id, 'SUPPORT');
    const token = operator.session.accessToken;
    const database = new URL(platform.db.adminUrl).pathname.slice(1);
    // Keep the listener out while the revocation commits, so its notification is really lost.
    await platform.db.query(`revoke connect on database "${database}" from listener`);
    try {
      const dropped = await platform.db.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'casinox-gateway-listener'`,
        [database],
      );
      expect(dropped.rowCount).toBe(1);
      expect((await platform.gql(LOGOUT, { t: operator.session.refreshToken })).data).toEqual({ logout: true });
    } finally {
      await platform.db.query(`grant connect on database "${database}" to listener`);
    }
    const deadline = Date.now() + 15_000;
    let res = await platform.gql<Viewer>(VIEWER, {}, { token });
    while (res.status !== 401 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      res = await platform.gql<Viewer>(VIEWER, {}, { token });
    }
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('TOKEN_REVOKED');
    // Once identity's snapshot has loaded, older staff tokens work again (until then the gateway
    // refuses them all), and the revoked one stays refused: the snapshot held the missed revocation.
    await expect
      .poll(async () => (await platform.gql<Viewer>(VIEWER, {}, { token: bystander.session.accessToken })).status, {
        timeout: 10_000,
      })
      .toBe(200);
    expect(errorCode(await platform.gql<Viewer>(VIEWER, {}, { token }))).toBe('TOKEN_REVOKED');
  });

  it("a player's access token keeps its short life after logout (documented: players are not checked)", async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    await platform.gql(LOGOUT, { t: player.session.refreshToken });
    await new Promise((r) => setTimeout(r, 300));
    expect((await platform.gql('{ me { id } }', {}, { token: player.session.accessToken })).status).toBe(200);
  });
});
