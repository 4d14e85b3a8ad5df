import { currentSigningKey } from '@casinox/identity/seed';
import { errorCode } from '@casinox/testkit';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, SESSION, signInOperator } from './support/actors.js';
import { SECRETS, startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const ME = '{ me { id email displayName tenant { slug } } }';

describe('player sessions through the gateway', () => {
  it('register → login → me → refresh → logout', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);

    const login = await platform.gql<{ loginPlayer: { session: { accessToken: string; refreshToken: string } } }>(
      `mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { ${SESSION} } } }`,
      { input: { tenantSlug: tenant.slug, email: player.email, password: player.password } },
    );
    const session = login.data!.loginPlayer.session;
    const me = await platform.gql<{ me: { email: string; tenant: { slug: string } } }>(
      ME,
      {},
      { token: session.accessToken },
    );
    expect(me.data?.me).toMatchObject({ email: player.email, tenant: { slug: tenant.slug } });

    const refreshed = await platform.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION} } }`,
      { t: session.refreshToken },
    );
    const next = refreshed.data!.refreshSession;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect((await platform.gql(ME, {}, { token: next.accessToken })).data?.me).toBeTruthy();

    const logout = await platform.gql<{ logout: boolean }>(`mutation($t: String!) { logout(refreshToken: $t) }`, {
      t: next.refreshToken,
    });
    expect(logout.data?.logout).toBe(true);
    const afterLogout = await platform.gql(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      { t: next.refreshToken },
    );
    expect(afterLogout.data).toBeNull();
    expect(errorCode(afterLogout)).toMatch(/SESSION_EXPIRED|REFRESH_TOKEN_REUSED|UNAUTHENTICATED/);
  });

  it('a refresh token used twice revokes the whole family', async () => {
    const tenant = await newTenant(platform);
    const { session } = await registerPlayer(platform, tenant.slug);
    const refresh = (token: string) =>
      platform.gql<{ refreshSession: { refreshToken: string } }>(
        `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION} } }`,
        { t: token },
      );
    const first = await refresh(session.refreshToken);
    const child = first.data!.refreshSession.refreshToken;
    const replay = await refresh(session.refreshToken);
    expect(errorCode(replay)).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate descendant dies with the family.
    expect(errorCode(await refresh(child))).toMatch(/REFRESH_TOKEN_REUSED|SESSION_EXPIRED/);
  });

  it('rejects tampered, alg:none and wrong-audience tokens with a coded 401 at the gateway', async () => {
    const tenant = await newTenant(platform);
    const { session } = await registerPlayer(platform, tenant.slug);
    const [header, payload, signature] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, pid: 'someone-else' })).toString('base64url')}.${signature}`;
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const otherAudience = `${header}.${Buffer.from(JSON.stringify({ ...claims, aud: 'casinox:admin' })).toString('base64url')}.${signature}`;
    for (const token of [forged, none, otherAudience, 'garbage']) {
      const res = await platform.gql(ME, {}, { token });
      expect(res.status).toBe(401);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    // Genuinely signed but expired: TOKEN_EXPIRED, so clients know to refresh.
    const { kid, key } = await currentSigningKey(platform.identityOrm, SECRETS.IDENTITY_SECRET);
    const expired = await new SignJWT({ ...claims, exp: Math.floor(Date.now() / 1000) - 30 })
      .setProtectedHeader({ alg: 'ES256', kid })
      .sign(key);
    const expiredRes = await platform.gql(ME, {}, { token: expired });
    expect(expiredRes.status).toBe(401);
    expect(errorCode(expiredRes)).toBe('TOKEN_EXPIRED');
    // A player token is not an operator token.
    expect(
      errorCode(await platform.gql('{ operators { edges { node { id } } } }', {}, { token: session.accessToken })),
    ).toBe('FORBIDDEN');
  });
});

describe('tenancy', () => {
  it("a player of tenant A cannot log into tenant B or see B's data", async () => {
    const a = await newTenant(platform);
    const b = await newTenant(platform);
    const player = await registerPlayer(platform, a.slug);
    const intoB = await platform.gql(
      `mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { accessToken } } }`,
      {
        input: { tenantSlug: b.slug, email: player.email, password: player.password },
      },
    );
    expect(errorCode(intoB)).toBe('INVALID_CREDENTIALS');
    const me = await platform.gql<{ me: { tenant: { slug: string } } }>(ME, {}, { token: player.session.accessToken });
    expect(me.data?.me.tenant.slug).toBe(a.slug);
  });

  it("an operator of tenant A cannot touch tenant B's staff", async () => {
    const a = await newTenant(platform);
    const b = await newTenant(platform);
    const ownerA = await signInOperator(platform, a.id, 'OWNER');
    const ownerB = await signInOperator(platform, b.id, 'OWNER');
    const listA = await platform.gql<{ operators: { edges: { node: { id: string } }[] } }>(
      '{ operators { edges { node { id } } } }',
      {},
      { token: ownerA.session.accessToken },
    );
    expect(listA.data?.operators.edges.map((e) => e.node.id)).toEqual([ownerA.id]);
    for (const mutation of [
      `mutation($id: ID!) { disableOperator(operatorId: $id) { id } }`,
      `mutation($id: ID!) { changeOperatorRole(operatorId: $id, role: SUPPORT) { id } }`,
    ]) {
      const res = await platform.gql(mutation, { id: ownerB.id }, { token: ownerA.session.accessToken });
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    expect(
      errorCode(
        await platform.gql(
          'mutation { switchTenant(tenantId: "' + b.id + '") { session { accessToken } } }',
          {},
          { token: ownerA.session.accessToken },
        ),
      ),
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it('a SUPPORT operator cannot invite operators', async () => {
    const tenant = await newTenant(platform);
    const support = await signInOperator(platform, tenant.id, 'SUPPORT');
    const res = await platform.gql(
      `mutation($input: InviteOperatorInput!) { inviteOperator(input: $input) { inviteToken } }`,
      { input: { email: 'new.staff@example.test', displayName: 'New Staff', role: 'SUPPORT' } },
      { token: support.session.accessToken },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    const rows = await platform.db.query(`select count(*)::int as n from identity.operator where tenant_id = $1`, [
      tenant.id,
    ]);
    expect(rows.rows[0]?.n).toBe(1);
  });
});

describe('partner API keys through the gateway', () => {
  it('a key is shown once, works via X-Api-Key for its tenant only, and stops working when revoked', async () => {
    const tenant = await newTenant(platform);
    const owner = await signInOperator(platform, tenant.id, 'OWNER');
    const created = await platform.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
      { input: { name: 'Reporting partner', scopes: ['players:read'] } },
      { token: owner.session.accessToken },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    const stored = await platform.db.query(`select * from identity.api_key where id = $1`, [apiKey.id]);
    expect(JSON.stringify(stored.rows)).not.toContain(secret);

    const viaKey = await platform.gql<{ tenant: { slug: string } }>(
      `query($s: String!) { tenant(slug: $s) { slug } }`,
      { s: tenant.slug },
      { apiKey: secret },
    );
    expect(viaKey.status).toBe(200);
    expect(viaKey.data?.tenant.slug).toBe(tenant.slug);
    // A partner principal is not staff.
    expect(errorCode(await platform.gql('{ operators { edges { node { id } } } }', {}, { apiKey: secret }))).toBe(
      'FORBIDDEN',
    );

    await platform.gql(
      `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`,
      { id: apiKey.id },
      { token: owner.session.accessToken },
    );
    // The gateway cached the exchange; identity's revocation notice must end it at once.
    await new Promise((r) => setTimeout(r, 200));
    const revoked = await platform.gql(
      `query($s: String!) { tenant(slug: $s) { slug } }`,
      { s: tenant.slug },
      { apiKey: secret },
    );
    expect(revoked.status).toBe(401);
    expect(errorCode(revoked)).toBe('UNAUTHENTICATED');
    expect((await platform.gql('{ __typename }', {}, { apiKey: `${secret}x` })).status).toBe(401);
  });
});
