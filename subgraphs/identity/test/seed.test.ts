import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_TENANTS, seedDemo } from '../src/seed/index.js';
import { countRows, OPERATOR_LOGIN, startTestIdentity, type TestIdentity } from './support.js';

let t: TestIdentity;
beforeAll(async () => {
  t = await startTestIdentity();
});
afterAll(() => t?.stop());

describe('seedDemo', () => {
  it('creates the documented demo data once, however often it runs', async () => {
    const first = await seedDemo(t.identity.orm);
    const counts = async () => ({
      tenants: await countRows(t.db, 'tenant'),
      users: await countRows(t.db, 'user_account'),
      players: await countRows(t.db, 'player'),
      operators: await countRows(t.db, 'operator'),
    });
    const after = await counts();
    expect(after).toEqual({ tenants: 2, users: 5, players: 2, operators: 2 });
    const second = await seedDemo(t.identity.orm);
    expect(second.tenants).toEqual(first.tenants);
    expect(await counts()).toEqual(after);
  });

  it('brands aurora and neon as documented', async () => {
    const query =
      'query($s: String!) { tenant(slug: $s) { name currencies mainCurrency branding { primaryColor accentColor backgroundColor textColor logoText tagline } } }';
    for (const spec of Object.values(DEMO_TENANTS)) {
      const response = await t.gql<{ tenant: Record<string, unknown> }>(query, { s: spec.slug });
      expect(response.data?.tenant).toEqual({
        name: spec.name,
        currencies: spec.currencies,
        mainCurrency: spec.currencies[0],
        branding: spec.branding,
      });
    }
    expect(DEMO_TENANTS.aurora).toMatchObject({
      name: 'Aurora Casino',
      currencies: ['EUR', 'USD'],
      branding: { backgroundColor: '#1e1033', primaryColor: '#f5b82e' },
    });
    expect(DEMO_TENANTS.neon).toMatchObject({
      name: 'Neon Palace',
      currencies: ['USD', 'USDC'],
      branding: { backgroundColor: '#0b1120', primaryColor: '#22d3ee' },
    });
  });

  it('lets every demo login sign in with its documented password, staff enrolling TOTP first', async () => {
    for (const login of DEMO_LOGINS) {
      if (login.who === 'player') {
        const response = await t.gql(
          'mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { player { id } } }',
          {
            input: { tenantSlug: login.tenant, email: login.email, password: login.password },
          },
        );
        expect(response.errors, login.email).toBeUndefined();
      } else {
        const response = await t.gql<{ operatorLogin: { step: string } }>(OPERATOR_LOGIN, {
          input: { email: login.email, password: login.password },
        });
        expect(response.data?.operatorLogin.step, login.email).toBe('TOTP_ENROLMENT_REQUIRED');
      }
    }
    const admin = await t.db.query<{ platform_admin: boolean }>(
      `select platform_admin from identity.user_account where email = 'admin@casinox.test'`,
    );
    expect(admin.rows[0]?.platform_admin).toBe(true);
  });
});
