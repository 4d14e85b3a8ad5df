import type { OperatorRole } from '@casinox/auth';
import { inTenant } from '@casinox/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Operator } from '../operators/operator.entity.js';
import { Player } from '../players/player.entity.js';
import { hashPassword } from '../shared/passwords.js';
import { Tenant, type TenantBrandingData } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';

/** The demo data of docs/identity-api.md; `npm start` prints these logins. */
export const DEMO_TENANTS = {
  aurora: {
    slug: 'aurora',
    name: 'Aurora Casino',
    currencies: ['EUR', 'USD'],
    branding: {
      primaryColor: '#f5b82e',
      accentColor: '#a78bfa',
      backgroundColor: '#1e1033',
      textColor: '#f5f3ff',
      logoText: 'Aurora',
      tagline: 'Gold under the northern lights',
    },
  },
  neon: {
    slug: 'neon',
    name: 'Neon Palace',
    currencies: ['USD', 'USDC'],
    branding: {
      primaryColor: '#22d3ee',
      accentColor: '#f472b6',
      backgroundColor: '#0b1120',
      textColor: '#e2e8f0',
      logoText: 'NEON PALACE',
      tagline: 'The city never sleeps',
    },
  },
} as const satisfies Record<string, { slug: string; name: string; currencies: string[]; branding: TenantBrandingData }>;

export type DemoTenantKey = keyof typeof DEMO_TENANTS;

export interface DemoLogin {
  who: 'platform admin' | 'operator OWNER' | 'player';
  tenant: DemoTenantKey | null;
  email: string;
  password: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { who: 'platform admin', tenant: null, email: 'admin@casinox.test', password: 'CasinoX-admin-1' },
  { who: 'operator OWNER', tenant: 'aurora', email: 'owner@aurora.test', password: 'CasinoX-owner-1' },
  { who: 'operator OWNER', tenant: 'neon', email: 'owner@neon.test', password: 'CasinoX-owner-1' },
  { who: 'player', tenant: 'aurora', email: 'player@aurora.test', password: 'CasinoX-player-1' },
  { who: 'player', tenant: 'neon', email: 'player@neon.test', password: 'CasinoX-player-1' },
];

export interface DemoSeed {
  tenants: Record<DemoTenantKey, { id: string; slug: string; name: string }>;
  logins: DemoLogin[];
}

/**
 * Creates the demo tenants, staff and players when missing and leaves existing rows alone, so it
 * runs on every `npm start`. TOTP is not enrolled: staff enrol at their first sign-in.
 */
export async function seedDemo(orm: MikroORM): Promise<DemoSeed> {
  const tenants = {} as DemoSeed['tenants'];
  for (const [key, spec] of Object.entries(DEMO_TENANTS) as [DemoTenantKey, (typeof DEMO_TENANTS)[DemoTenantKey]][]) {
    const em = orm.em.fork();
    const tenant =
      (await em.findOne(Tenant, { slug: spec.slug })) ??
      em.create(Tenant, {
        slug: spec.slug,
        name: spec.name,
        currencies: [...spec.currencies],
        branding: { ...spec.branding },
      });
    await em.flush();
    tenants[key] = { id: tenant.id, slug: tenant.slug, name: tenant.name };
  }
  for (const login of DEMO_LOGINS) {
    const user = await ensureUser(orm, login);
    if (!login.tenant) continue;
    const tenantId = tenants[login.tenant].id;
    const displayName = login.who === 'player' ? `Demo player` : `${DEMO_TENANTS[login.tenant].name} owner`;
    await inTenant(orm.em, { tenantId, userId: user.id }, async (tx) => {
      if (login.who === 'player') {
        if (!(await tx.findOne(Player, { userId: user.id })))
          tx.create(Player, { tenantId, userId: user.id, displayName });
      } else if (!(await tx.findOne(Operator, { userId: user.id }))) {
        const role: OperatorRole = 'OWNER';
        tx.create(Operator, { tenantId, userId: user.id, displayName, role, status: 'ACTIVE' });
      }
    });
  }
  return { tenants, logins: DEMO_LOGINS };
}

async function ensureUser(orm: MikroORM, login: DemoLogin): Promise<User> {
  const em = orm.em.fork();
  const existing = await em.findOne(User, { email: login.email });
  if (existing) return existing;
  const user = em.create(User, {
    email: login.email,
    displayName: login.who === 'platform admin' ? 'Platform admin' : login.email.split('@')[0]!,
    passwordHash: await hashPassword(login.password),
    platformAdmin: login.who === 'platform admin',
  });
  await em.flush();
  return user;
}
