import { bearer, createTestDatabase, errorCode, graphql, type TestDatabase } from '@casinox/testkit';
import { type CryptoKey, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIdentityEnv, type RunningIdentity, startIdentity, totpCode } from '../src/main.js';
import { seedOperator, seedPlayer, seedTenant } from '../src/seed/index.js';
import {
  claimsOf,
  countRows,
  serviceSigningKey,
  SESSION_FIELDS,
  type SessionShape,
  startTestIdentity,
  TEST_SECRETS,
  type TestIdentity,
} from './support.js';

let t: TestIdentity;
let tenantId: string;
let playerId: string;
let playerToken: string;

const LOGIN = `mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { ${SESSION_FIELDS} } } }`;
const ME = '{ me { id } }';

beforeAll(async () => {
  t = await startTestIdentity();
  const tenant = await seedTenant(t.identity.orm);
  tenantId = tenant.id;
  const player = await seedPlayer(t.identity.orm, { tenantId });
  playerId = player.id;
  const login = await t.gql<{ loginPlayer: { session: SessionShape } }>(LOGIN, {
    input: { tenantSlug: tenant.slug, email: player.email, password: player.password },
  });
  playerToken = login.data!.loginPlayer.session.accessToken;
});
afterAll(() => t?.stop());

async function forge(
  claims: Record<string, unknown>,
  options: { aud?: string; exp?: number; key?: { kid: string; key: CryptoKey } } = {},
) {
  const { kid, key } = options.key ?? (await serviceSigningKey(t));
  return new SignJWT({ kind: 'player', tid: tenantId, pid: playerId, ...claims })
    .setProtectedHeader({ alg: 'ES256', kid })
    .setIssuer('casinox-identity')
    .setSubject('someone')
    .setAudience(options.aud ?? 'casinox:player')
    .setIssuedAt()
    .setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 300)
    .sign(key);
}

describe('incoming access tokens', () => {
  it('accept a genuine token', async () => {
    expect((await t.gql(ME, undefined, { token: playerToken })).data).toEqual({ me: { id: playerId } });
  });

  it('refuse a tampered payload with UNAUTHENTICATED (HTTP 401)', async () => {
    const [header, payload, signature] = playerToken.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...claimsOf(playerToken), tid: '00000000-0000-0000-0000-000000000001' }),
    ).toString('base64url');
    const response = await t.gql(ME, undefined, { token: `${header}.${forged}.${signature}` });
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(payload).not.toBe(forged);
  });

  it('refuse an expired token with TOKEN_EXPIRED', async () => {
    const expired = await forge({}, { exp: Math.floor(Date.now() / 1000) - 60 });
    expect(errorCode(await t.gql(ME, undefined, { token: expired }))).toBe('TOKEN_EXPIRED');
  });

  it('refuse alg: none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify(claimsOf(playerToken))).toString('base64url');
    expect(errorCode(await t.gql(ME, undefined, { token: `${header}.${body}.` }))).toBe('UNAUTHENTICATED');
  });

  it('refuse a foreign audience, a kind that does not match its audience, and a TOTP challenge', async () => {
    expect(errorCode(await t.gql(ME, undefined, { token: await forge({}, { aud: 'someone-else' }) }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql(ME, undefined, { token: await forge({}, { aud: 'casinox:admin' }) }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql(ME, undefined, { token: await forge({}, { aud: 'casinox:totp-challenge' }) }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuse a token signed by a key identity never published', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await forge({}, { key: { kid: 'rogue', key: privateKey } });
    expect(errorCode(await t.gql(ME, undefined, { token }))).toBe('UNAUTHENTICATED');
  });

  it('refuse a player token where staff are required with FORBIDDEN', async () => {
    expect(errorCode(await t.gql('{ operators { edges { node { id } } } }', undefined, { token: playerToken }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql('{ operatorViewer { platformAdmin } }', undefined, { token: playerToken }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('operator tokens', () => {
  it('carry tid, oid and role for staff and are refused by the player-only query', async () => {
    const tenant = await seedTenant(t.identity.orm);
    const owner = await seedOperator(t.identity.orm, {
      tenantId: tenant.id,
      role: 'OWNER',
      totp: true,
      identitySecret: TEST_SECRETS.IDENTITY_SECRET,
    });
    const challenge = await t.gql<{ operatorLogin: { challengeToken: string } }>(
      'mutation($i: OperatorLoginInput!) { operatorLogin(input: $i) { challengeToken } }',
      {
        i: { email: owner.email, password: owner.password },
      },
    );
    const verified = await t.gql<{ operatorVerifyTotp: { session: SessionShape } }>(
      `mutation($i: OperatorVerifyTotpInput!) { operatorVerifyTotp(input: $i) { session { ${SESSION_FIELDS} } } }`,
      { i: { challengeToken: challenge.data!.operatorLogin.challengeToken, code: totpCode(owner.totpSecret!) } },
    );
    const token = verified.data!.operatorVerifyTotp.session.accessToken;
    expect(claimsOf(token)).toMatchObject({
      aud: 'casinox:admin',
      kind: 'operator',
      tid: tenant.id,
      oid: owner.id,
      role: 'OWNER',
      sub: owner.userId,
    });
    expect(errorCode(await t.gql(ME, undefined, { token }))).toBe('FORBIDDEN');
    // The challenge itself is never an access token.
    expect(errorCode(await t.gql(ME, undefined, { token: challenge.data!.operatorLogin.challengeToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('signing keys', () => {
  it('publish only public ES256 keys in the JWKS, and store the private key encrypted', async () => {
    const response = await fetch(t.identity.jwksUrl);
    expect(response.headers.get('cache-control')).toMatch(/max-age=60/);
    const { keys } = (await response.json()) as { keys: JWK[] };
    expect(keys.length).toBeGreaterThanOrEqual(1);
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.any(String) });
      expect(key).not.toHaveProperty('d');
    }
    const rows = await t.db.query<{ private_jwk: string }>('select private_jwk from identity.signing_key');
    for (const row of rows.rows) {
      expect(row.private_jwk).toMatch(/^v1\./);
      expect(row.private_jwk).not.toContain('"d"');
    }
  });

  it('rotation publishes the next key before signing with it, and old tokens keep verifying', async () => {
    const before = headerOf(playerToken).kid;
    const kid = await t.identity.rotateSigningKey();
    expect(kid).not.toBe(before);
    const { keys } = (await (await fetch(t.identity.jwksUrl)).json()) as { keys: JWK[] };
    expect(keys.map((key) => key.kid)).toEqual(expect.arrayContaining([before, kid]));
    // Within the publish-ahead minute the old key still signs…
    expect(headerOf(await loginToken()).kid).toBe(before);
    expect((await t.gql(ME, undefined, { token: playerToken })).data).toEqual({ me: { id: playerId } });

    // …and once the new key's time has come, every replica signs with it (a fresh replica here,
    // which also verifies tokens of both keys through its own JWKS).
    await t.db.query(`update identity.signing_key set activates_at = now() - interval '1 second' where kid = $1`, [
      kid,
    ]);
    await t.db.query(`update identity.signing_key set retired_at = now() - interval '1 second' where kid <> $1`, [kid]);
    const replica = await startIdentity(
      loadIdentityEnv({ DATABASE_URL: t.db.urlFor('identity'), PORT: '0', ...TEST_SECRETS }),
    );
    try {
      const fresh = await loginToken(replica.url);
      expect(headerOf(fresh).kid).toBe(kid);
      expect((await graphql(replica.url, ME, undefined, bearer(fresh), 'identity')).data).toEqual({
        me: { id: expect.any(String) },
      });
      expect((await graphql(replica.url, ME, undefined, bearer(playerToken), 'identity')).data).toEqual({
        me: { id: playerId },
      });
    } finally {
      await replica.stop();
    }
  });

  it('drop retired keys from the JWKS after the grace period', async () => {
    await t.db.query(
      `update identity.signing_key set retired_at = now() - interval '2 hours' where retired_at is not null`,
    );
    const replica = await startIdentity(
      loadIdentityEnv({ DATABASE_URL: t.db.urlFor('identity'), PORT: '0', ...TEST_SECRETS }),
    );
    try {
      const { keys } = (await (await fetch(replica.jwksUrl)).json()) as { keys: JWK[] };
      const published = await t.db.query<{ kid: string }>(
        'select kid from identity.signing_key where retired_at is null',
      );
      expect(keys.map((key) => key.kid)).toEqual(published.rows.map((row) => row.kid));
      expect(keys).toHaveLength(1);
    } finally {
      await replica.stop();
    }
  });
});

describe('first start', () => {
  let db: TestDatabase;
  const started: RunningIdentity[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(started.map((service) => service.stop()));
    await db?.drop();
  });

  it('creates exactly one key pair when two processes start at once', async () => {
    expect(await countRows(db, 'signing_key')).toBe(0);
    const env = loadIdentityEnv({ DATABASE_URL: db.urlFor('identity'), PORT: '0', ...TEST_SECRETS });
    started.push(...(await Promise.all([startIdentity(env), startIdentity(env)])));
    expect(await countRows(db, 'signing_key')).toBe(1);
    const [a, b] = await Promise.all(
      started.map(async (service) => (await (await fetch(service.jwksUrl)).json()) as { keys: JWK[] }),
    );
    expect(a).toEqual(b);
  });
});

function headerOf(token: string): { kid: string } {
  return JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string };
}

/** A fresh player's access token from `url` (the main test service by default). */
async function loginToken(url = t.identity.url): Promise<string> {
  const tenant = await seedTenant(t.identity.orm);
  const player = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
  const login = await graphql<{ loginPlayer: { session: SessionShape } }>(
    url,
    LOGIN,
    { input: { tenantSlug: tenant.slug, email: player.email, password: player.password } },
    {},
    'identity',
  );
  return login.data!.loginPlayer.session.accessToken;
}

describe('misconfiguration', () => {
  it('refuses to start with an IDENTITY_SECRET that cannot open the stored signing key', async () => {
    const env = loadIdentityEnv({
      DATABASE_URL: t.db.urlFor('identity'),
      PORT: '0',
      ...TEST_SECRETS,
      IDENTITY_SECRET: 'a-different-identity-secret-0123456789',
    });
    await expect(startIdentity(env)).rejects.toThrow(/IDENTITY_SECRET/);
  });

  it('refuses an environment without the secrets', () => {
    expect(() => loadIdentityEnv({ DATABASE_URL: t.db.urlFor('identity') })).toThrow(
      /SERVICE_CALLERS[\s\S]*IDENTITY_SECRET|IDENTITY_SECRET[\s\S]*SERVICE_CALLERS/,
    );
    expect(() =>
      loadIdentityEnv({
        DATABASE_URL: t.db.urlFor('identity'),
        SERVICE_CALLERS: TEST_SECRETS.SERVICE_CALLERS,
        IDENTITY_SECRET: 'too-short',
      }),
    ).toThrow(/IDENTITY_SECRET/);
  });
});
