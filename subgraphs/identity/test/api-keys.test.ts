import { createHash } from 'node:crypto';
import { SIGNATURE_HEADER, ServiceSigner } from '@casinox/auth';
import { errorCode, testSigner } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededOperator, type SeededTenant, seedOperator, seedPlayer, seedTenant } from '../src/seed/index.js';
import { claimsOf, countRows, staffSignIn, startTestIdentity, TEST_SECRETS, type TestIdentity } from './support.js';

let t: TestIdentity;
let tenant: SeededTenant;
let owner: SeededOperator;
let ownerToken: string;
let supportToken: string;

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name keyId prefix scopes active lastUsedAt createdBy { id } } } }`;
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id active revokedAt } }';
type Created = {
  createApiKey: {
    secret: string;
    apiKey: {
      id: string;
      name: string;
      keyId: string;
      prefix: string;
      scopes: string[];
      active: boolean;
      lastUsedAt: string | null;
      createdBy: { id: string } | null;
    };
  };
};

beforeAll(async () => {
  t = await startTestIdentity();
  tenant = await seedTenant(t.identity.orm);
  owner = await seedOperator(t.identity.orm, {
    tenantId: tenant.id,
    role: 'OWNER',
    totp: true,
    identitySecret: TEST_SECRETS.IDENTITY_SECRET,
  });
  const support = await seedOperator(t.identity.orm, {
    tenantId: tenant.id,
    role: 'SUPPORT',
    totp: true,
    identitySecret: TEST_SECRETS.IDENTITY_SECRET,
  });
  ownerToken = (await staffSignIn(t, owner)).session.accessToken;
  supportToken = (await staffSignIn(t, support)).session.accessToken;
});
afterAll(() => t?.stop());

/** The gateway's call on identity's internal listener, signed by `signer` (none: unsigned). */
function exchange(
  body: unknown,
  signer: ServiceSigner | null = testSigner('gateway'),
  headers: Record<string, string> = {},
) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const signature = signer?.sign('identity', { method: 'POST', path: '/internal/api-keys/exchange', body: text });
  return fetch(`${t.identity.internalUrl}/internal/api-keys/exchange`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { [SIGNATURE_HEADER]: signature } : {}),
      ...headers,
    },
    body: text,
  });
}

async function createKey(scopes = ['wallet:read', 'players:read'], token = ownerToken) {
  const created = await t.gql<Created>(CREATE, { input: { name: 'Affiliate reporting', scopes } }, { token });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  return created.data.createApiKey;
}

describe('partner API keys', () => {
  it('shows the secret once and stores only its hash', async () => {
    const { secret, apiKey } = await createKey();
    expect(secret).toMatch(new RegExp(`^cxk_${tenant.slug}_${apiKey.keyId}_[A-Za-z0-9_-]{43}$`));
    expect(apiKey).toMatchObject({
      prefix: `cxk_${tenant.slug}_${apiKey.keyId}`,
      scopes: ['players:read', 'wallet:read'],
      active: true,
      lastUsedAt: null,
      createdBy: { id: owner.id },
    });
    const secretPart = secret.slice(apiKey.prefix.length + 1);
    const row = await t.db.query('select * from identity.api_key where id = $1', [apiKey.id]);
    const stored = JSON.stringify(row.rows[0]);
    expect(stored).not.toContain(secretPart);
    expect(row.rows[0]).toMatchObject({
      secret_hash: createHash('sha256').update(secretPart).digest('hex'),
      tenant_id: tenant.id,
    });
    const listed = await t.gql<{ apiKeys: { edges: { node: Record<string, unknown> }[] } }>(
      '{ apiKeys { edges { node { id prefix } } } }',
      undefined,
      { token: ownerToken },
    );
    expect(listed.data?.apiKeys.edges.map((edge) => edge.node)).toContainEqual({
      id: apiKey.id,
      prefix: apiKey.prefix,
    });
    expect(JSON.stringify(listed)).not.toContain(secretPart);
  });

  it('exchanges a key for a partner token and records the use', async () => {
    const { secret, apiKey } = await createKey();
    const response = await exchange({ apiKey: secret });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { accessToken: string; expiresAt: string };
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(claimsOf(body.accessToken)).toMatchObject({
      aud: 'casinox:partner',
      kind: 'partner',
      tid: tenant.id,
      sub: apiKey.id,
      scp: ['players:read', 'wallet:read'],
    });
    const row = await t.db.query<{ last_used_at: Date | null }>(
      'select last_used_at from identity.api_key where id = $1',
      [apiKey.id],
    );
    expect(row.rows[0]?.last_used_at).toBeInstanceOf(Date);

    // The partner token works against the graph, within its tenant and scopes.
    const player = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
    const entities = await t.gql<{ _entities: unknown[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Player { id email } } }',
      { r: [{ __typename: 'Player', id: player.id }] },
      { token: body.accessToken },
    );
    expect(entities.data?._entities).toEqual([{ id: player.id, email: player.email }]);
  });

  it('gives a key without players:read no players', async () => {
    const { secret } = await createKey(['bets:read']);
    const { accessToken } = (await (await exchange({ apiKey: secret })).json()) as { accessToken: string };
    const player = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
    const entities = await t.gql<{ _entities: unknown[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Player { id } } }',
      { r: [{ __typename: 'Player', id: player.id }] },
      { token: accessToken },
    );
    expect(entities.data?._entities).toEqual([null]);
  });

  it('rejects revoked, unknown, tampered and foreign keys with 401', async () => {
    const { secret, apiKey } = await createKey();
    expect((await t.gql(REVOKE, { id: apiKey.id }, { token: ownerToken })).data).toMatchObject({
      revokeApiKey: { id: apiKey.id, active: false },
    });
    const revoked = await exchange({ apiKey: secret });
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual({ error: expect.any(String) });

    const live = await createKey();
    const tampered = `${live.secret.slice(0, -1)}${live.secret.endsWith('A') ? 'B' : 'A'}`;
    expect((await exchange({ apiKey: tampered })).status).toBe(401);
    expect((await exchange({ apiKey: live.secret.replace(`cxk_${tenant.slug}_`, 'cxk_other-casino_') })).status).toBe(
      401,
    );
    expect((await exchange({ apiKey: 'cxk_nope' })).status).toBe(401);
    const suspended = await seedTenant(t.identity.orm, { status: 'SUSPENDED' });
    expect(
      (await exchange({ apiKey: live.secret.replace(`cxk_${tenant.slug}_`, `cxk_${suspended.slug}_`) })).status,
    ).toBe(401);
  });

  it('requires service authorization and a JSON body', async () => {
    const { secret } = await createKey();
    expect((await exchange({ apiKey: secret }, null)).status).toBe(401);
    expect(
      (await exchange({ apiKey: secret }, new ServiceSigner('gateway', 'not-the-gateway-key-0123456789abcdef'))).status,
    ).toBe(401);
    expect((await exchange({ apiKey: secret }, null, { authorization: `Bearer ${ownerToken}` })).status).toBe(401);
    // Another service's genuine signature: it is not allowed to exchange keys (identity does not even know games).
    expect((await exchange({ apiKey: secret }, testSigner('games'))).status).toBe(401);
    // The public listener does not serve the exchange at all.
    expect(
      (await fetch(t.identity.url.replace('/graphql', '/internal/api-keys/exchange'), { method: 'POST', body: '{}' }))
        .status,
    ).toBe(404);
    expect((await exchange('{oops')).status).toBe(400);
    expect((await exchange({ key: secret })).status).toBe(400);
  });

  it('is for OWNERs and ADMINs only, and validates scopes without writing anything', async () => {
    const before = await countRows(t.db, 'api_key');
    expect(
      errorCode(await t.gql(CREATE, { input: { name: 'x', scopes: ['wallet:read'] } }, { token: supportToken })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('{ apiKeys { edges { cursor } } }', undefined, { token: supportToken }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await t.gql(CREATE, { input: { name: 'x', scopes: ['wallet:write'] } }, { token: ownerToken })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(CREATE, { input: { name: 'x', scopes: [] } }, { token: ownerToken }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await t.gql(CREATE, { input: { name: ' ', scopes: ['wallet:read'] } }, { token: ownerToken })),
    ).toBe('BAD_USER_INPUT');
    expect(await countRows(t.db, 'api_key')).toBe(before);
  });

  it("cannot revoke another tenant's key", async () => {
    const other = await seedTenant(t.identity.orm);
    const otherOwner = await seedOperator(t.identity.orm, {
      tenantId: other.id,
      role: 'OWNER',
      totp: true,
      identitySecret: TEST_SECRETS.IDENTITY_SECRET,
    });
    const foreign = await createKey(['bets:read'], (await staffSignIn(t, otherOwner)).session.accessToken);
    expect(errorCode(await t.gql(REVOKE, { id: foreign.apiKey.id }, { token: ownerToken }))).toBe('NOT_FOUND');
    expect((await exchange({ apiKey: foreign.secret })).status).toBe(200);
  });

  it('lists the scope catalogue for staff', async () => {
    const scopes = await t.gql<{ apiKeyScopes: { name: string }[] }>(
      '{ apiKeyScopes { name description } }',
      undefined,
      { token: supportToken },
    );
    expect(scopes.data?.apiKeyScopes.map((scope) => scope.name)).toEqual([
      'players:read',
      'wallet:read',
      'bets:read',
      'reports:read',
    ]);
  });
});
