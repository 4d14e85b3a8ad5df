import { errorCode } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededOperator, seedOperator, seedPlatformAdmin, seedPlayer, seedTenant } from '../src/seed/index.js';
import { claimsOf, countRows, staffSignIn, startTestIdentity, TEST_SECRETS, type TestIdentity } from './support.js';

let t: TestIdentity;
let listener: pg.Client;
const notifications: string[] = [];

beforeAll(async () => {
  t = await startTestIdentity();
  listener = new pg.Client({ connectionString: t.db.listenerUrl });
  await listener.connect();
  listener.on('notification', (message) => {
    if (message.channel === 'cx_tenant_updated' && message.payload) notifications.push(message.payload);
  });
  await listener.query('listen cx_tenant_updated');
});
afterAll(async () => {
  await listener?.end();
  await t?.stop();
});

const UPDATE = `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id name version currencies mainCurrency branding { primaryColor accentColor backgroundColor textColor logoText tagline } } }`;
const BRANDING = {
  primaryColor: '#AABBCC',
  accentColor: '#112233',
  backgroundColor: '#000000',
  textColor: '#ffffff',
  logoText: 'Lux',
  tagline: 'Shine',
};

async function notificationFor(tenantId: string, version: number): Promise<Record<string, unknown>> {
  for (let i = 0; i < 50; i += 1) {
    const found = notifications
      .map((n) => JSON.parse(n) as Record<string, unknown>)
      .find((n) => n.tenantId === tenantId && n.version === version);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no notification for ${tenantId} v${version}: ${notifications.join(', ')}`);
}

async function staffed(role: SeededOperator['role']) {
  const tenant = await seedTenant(t.identity.orm);
  const operator = await seedOperator(t.identity.orm, {
    tenantId: tenant.id,
    role,
    totp: true,
    identitySecret: TEST_SECRETS.IDENTITY_SECRET,
  });
  return { tenant, token: (await staffSignIn(t, operator)).session.accessToken };
}

describe('updateTenant', () => {
  it('bumps the version and notifies cx_tenant_updated in the same transaction', async () => {
    const { tenant, token } = await staffed('OWNER');
    const updated = await t.gql<{ updateTenant: Record<string, unknown> }>(
      UPDATE,
      { input: { name: 'Lux Palace', currencies: ['USD', 'EUR'], branding: BRANDING } },
      { token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateTenant).toEqual({
      id: tenant.id,
      name: 'Lux Palace',
      version: 2,
      currencies: ['USD', 'EUR'],
      mainCurrency: 'USD',
      branding: { ...BRANDING, primaryColor: '#aabbcc' },
    });
    expect(await notificationFor(tenant.id, 2)).toEqual({ tenantId: tenant.id, slug: tenant.slug, version: 2 });
    const row = await t.db.query<{ version: number }>('select version from identity.tenant where id = $1', [tenant.id]);
    expect(row.rows[0]?.version).toBe(2);
  });

  it('lets an ADMIN update and gives concurrent updates consecutive versions', async () => {
    const { tenant, token } = await staffed('ADMIN');
    const results = await Promise.all(
      [1, 2, 3].map((i) =>
        t.gql<{ updateTenant: { version: number } }>(UPDATE, { input: { name: `Name ${i}` } }, { token }),
      ),
    );
    expect(results.map((r) => r.data?.updateTenant.version).sort()).toEqual([2, 3, 4]);
    for (const version of [2, 3, 4]) await notificationFor(tenant.id, version);
  });

  it('refuses SUPPORT and bad input without changing anything or notifying', async () => {
    const { tenant, token } = await staffed('OWNER');
    const support = await seedOperator(t.identity.orm, {
      tenantId: tenant.id,
      role: 'SUPPORT',
      totp: true,
      identitySecret: TEST_SECRETS.IDENTITY_SECRET,
    });
    const supportToken = (await staffSignIn(t, support)).session.accessToken;
    expect(errorCode(await t.gql(UPDATE, { input: { name: 'Nope' } }, { token: supportToken }))).toBe('FORBIDDEN');
    expect(
      errorCode(await t.gql(UPDATE, { input: { branding: { ...BRANDING, primaryColor: 'gold' } } }, { token })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(UPDATE, { input: { branding: { ...BRANDING, textColor: '#fff' } } }, { token }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await t.gql(UPDATE, { input: { currencies: ['eur'] } }, { token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(UPDATE, { input: { currencies: [] } }, { token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(UPDATE, { input: {} }, { token }))).toBe('BAD_USER_INPUT');
    const row = await t.db.query<{ version: number; name: string }>(
      'select version, name from identity.tenant where id = $1',
      [tenant.id],
    );
    expect(row.rows[0]).toEqual({ version: 1, name: tenant.name });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(notifications.some((n) => n.includes(tenant.id))).toBe(false);
  });

  it('serves branding publicly by slug', async () => {
    const tenant = await seedTenant(t.identity.orm, { name: 'Public Casino' });
    const response = await t.gql<{ tenant: { id: string; name: string; branding: { logoText: string } } | null }>(
      'query($s: String!) { tenant(slug: $s) { id name branding { logoText } } }',
      { s: tenant.slug },
    );
    expect(response.data?.tenant).toEqual({
      id: tenant.id,
      name: 'Public Casino',
      branding: { logoText: 'Public Casino' },
    });
    expect((await t.gql('{ tenant(slug: "no-such-tenant") { id } }')).data).toEqual({ tenant: null });
  });
});

describe('platform administration', () => {
  const CREATE = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id slug name currencies branding { logoText } version } ownerInvite { inviteToken operator { role status email } } } }`;
  let adminToken: string;

  beforeAll(async () => {
    const admin = await seedPlatformAdmin(t.identity.orm, { totp: true, identitySecret: TEST_SECRETS.IDENTITY_SECRET });
    const session = await staffSignIn(t, admin);
    expect(session.viewer).toMatchObject({ platformAdmin: true, operator: null, tenant: null, memberships: [] });
    adminToken = session.session.accessToken;
    expect(claimsOf(adminToken)).toMatchObject({ kind: 'operator', pa: true });
    expect(claimsOf(adminToken)).not.toHaveProperty('tid');
  });

  it('creates a tenant with an OWNER invitation; a taken slug is SLUG_TAKEN and writes nothing', async () => {
    const slug = `new-casino-${Date.now()}`;
    const input = {
      slug,
      name: 'New Casino',
      currencies: ['GBP'],
      ownerEmail: `owner.${slug}@new.test`,
      ownerDisplayName: 'Olive Owner',
    };
    const created = await t.gql<{
      createTenant: { tenant: { id: string }; ownerInvite: { inviteToken: string; operator: Record<string, unknown> } };
    }>(CREATE, { input }, { token: adminToken });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createTenant.tenant).toMatchObject({
      slug,
      name: 'New Casino',
      currencies: ['GBP'],
      branding: { logoText: 'New Casino' },
      version: 1,
    });
    expect(created.data?.createTenant.ownerInvite.operator).toEqual({
      role: 'OWNER',
      status: 'INVITED',
      email: input.ownerEmail,
    });
    expect(created.data?.createTenant.ownerInvite.inviteToken).toMatch(new RegExp(`^cxi_${slug}_`));

    const before = {
      tenants: await countRows(t.db, 'tenant'),
      users: await countRows(t.db, 'user_account'),
      operators: await countRows(t.db, 'operator'),
    };
    expect(
      errorCode(
        await t.gql(CREATE, { input: { ...input, ownerEmail: 'someone.else@new.test' } }, { token: adminToken }),
      ),
    ).toBe('SLUG_TAKEN');
    expect({
      tenants: await countRows(t.db, 'tenant'),
      users: await countRows(t.db, 'user_account'),
      operators: await countRows(t.db, 'operator'),
    }).toEqual(before);
  });

  it('creates one tenant when the same slug is created twice at once', async () => {
    const slug = `race-${Date.now()}`;
    const input = (n: number) => ({
      slug,
      name: 'Race',
      currencies: ['EUR'],
      ownerEmail: `racer${n}.${slug}@new.test`,
      ownerDisplayName: 'R',
    });
    const results = await Promise.all([
      t.gql(CREATE, { input: input(1) }, { token: adminToken }),
      t.gql(CREATE, { input: input(2) }, { token: adminToken }),
    ]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['OK', 'SLUG_TAKEN']);
    expect(await countRows(t.db, 'tenant', 'slug = $1', [slug])).toBe(1);
    expect(await countRows(t.db, 'user_account', 'email like $1', [`racer%.${slug}@new.test`])).toBe(1);
  });

  it.each([
    ['an upper-case slug', { slug: 'Bad-Slug' }],
    ['a double hyphen', { slug: 'bad--slug' }],
    ['a short slug', { slug: 'ab' }],
    ['a long slug', { slug: 'a'.repeat(33) }],
    ['a bad owner email', { ownerEmail: 'nope' }],
    ['no currencies', { currencies: [] }],
  ])('rejects %s with BAD_USER_INPUT', async (_case, override) => {
    const input = {
      slug: `ok-${Date.now()}`,
      name: 'X',
      currencies: ['EUR'],
      ownerEmail: 'o@x.test',
      ownerDisplayName: 'O',
      ...override,
    };
    expect(errorCode(await t.gql(CREATE, { input }, { token: adminToken }))).toBe('BAD_USER_INPUT');
  });

  it('is for platform administrators only', async () => {
    const { token } = await staffed('OWNER');
    const input = {
      slug: `x-${Date.now()}`,
      name: 'X',
      currencies: ['EUR'],
      ownerEmail: 'o@x.test',
      ownerDisplayName: 'O',
    };
    expect(errorCode(await t.gql(CREATE, { input }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('{ tenants { edges { node { id } } } }', undefined, { token }))).toBe('FORBIDDEN');
    const list = await t.gql<{ tenants: { edges: unknown[] } }>(
      '{ tenants(first: 100) { edges { node { id } } } }',
      undefined,
      { token: adminToken },
    );
    expect(list.data?.tenants.edges.length).toBeGreaterThan(1);
  });

  it('suspends a tenant: its players cannot sign in, and listeners hear of it', async () => {
    const tenant = await seedTenant(t.identity.orm);
    const player = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
    const suspended = await t.gql<{ setTenantStatus: { status: string; version: number } }>(
      'mutation($id: ID!) { setTenantStatus(tenantId: $id, status: SUSPENDED) { status version } }',
      { id: tenant.id },
      { token: adminToken },
    );
    expect(suspended.data?.setTenantStatus).toEqual({ status: 'SUSPENDED', version: 2 });
    await notificationFor(tenant.id, 2);
    const login = await t.gql('mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { player { id } } }', {
      input: { tenantSlug: tenant.slug, email: player.email, password: player.password },
    });
    expect(errorCode(login)).toBe('TENANT_SUSPENDED');
  });

  it('resolves any tenant reference for a platform administrator', async () => {
    const tenant = await seedTenant(t.identity.orm);
    const response = await t.gql<{ _entities: unknown[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { id } } }',
      { r: [{ __typename: 'Tenant', id: tenant.id }] },
      { token: adminToken },
    );
    expect(response.data?._entities).toEqual([{ id: tenant.id }]);
  });
});
