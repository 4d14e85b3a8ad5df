import type { OperatorRole } from '@casinox/auth';
import { inTenant } from '@casinox/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type CryptoKey, importJWK, type JWK } from 'jose';
import { SigningKey } from '../keys/signing-key.entity.js';
import { totpSealContext } from '../operators/operator-auth.service.js';
import { Operator, type OperatorStatus } from '../operators/operator.entity.js';
import { newTotpSecret } from '../operators/totp.js';
import { Player, type PlayerStatus } from '../players/player.entity.js';
import { randomHex } from '../shared/opaque-token.js';
import { hashPassword } from '../shared/passwords.js';
import { createSecretBox } from '../shared/secret-box.js';
import { defaultBranding } from '../tenants/default-branding.js';
import { Tenant, type TenantBrandingData, type TenantStatus } from '../tenants/tenant.entity.js';
import { normaliseEmail } from '../users/normalise-email.js';
import { User } from '../users/user.entity.js';

/**
 * Test-data builders: every call makes unique rows (slugs, emails), so test files and workers
 * never collide. They write through the runtime role like the service does (row-level security
 * applies), straight to the tables rather than through the API, so a test arranges in
 * milliseconds what it does not itself exercise.
 */
let counter = 0;
const suffix = () => `${randomHex(8)}${(counter += 1)}`;
const newPassword = () => `Pw-${randomHex(16)}`;

export interface SeededTenant {
  id: string;
  slug: string;
  name: string;
}

export async function seedTenant(
  orm: MikroORM,
  overrides: {
    slug?: string;
    name?: string;
    currencies?: string[];
    branding?: TenantBrandingData;
    status?: TenantStatus;
  } = {},
): Promise<SeededTenant> {
  const em = orm.em.fork();
  const id = suffix();
  const name = overrides.name ?? `Casino ${id}`;
  const tenant = em.create(Tenant, {
    slug: overrides.slug ?? `t-${id}`,
    name,
    currencies: overrides.currencies ?? ['EUR', 'USD'],
    branding: overrides.branding ?? defaultBranding(name),
    status: overrides.status ?? 'ACTIVE',
  });
  await em.flush();
  return { id: tenant.id, slug: tenant.slug, name: tenant.name };
}

interface SeededUser {
  userId: string;
  email: string;
  password: string;
}

/** Reuses the user when the email exists (its password must then be the one given). */
async function seedUser(
  orm: MikroORM,
  options: { email?: string; password?: string; displayName: string; platformAdmin?: boolean },
): Promise<SeededUser> {
  const em = orm.em.fork();
  const email = normaliseEmail(options.email ?? `user-${suffix()}@casinox.test`);
  const password = options.password ?? newPassword();
  const existing = await em.findOne(User, { email });
  if (existing) return { userId: existing.id, email, password };
  const user = em.create(User, {
    email,
    displayName: options.displayName,
    passwordHash: await hashPassword(password),
    platformAdmin: options.platformAdmin ?? false,
  });
  await em.flush();
  return { userId: user.id, email, password };
}

export interface SeededPlayer extends SeededUser {
  id: string;
  tenantId: string;
  displayName: string;
}

export async function seedPlayer(
  orm: MikroORM,
  options: { tenantId: string; email?: string; password?: string; displayName?: string; status?: PlayerStatus },
): Promise<SeededPlayer> {
  const displayName = options.displayName ?? `Player ${suffix()}`;
  const user = await seedUser(orm, { email: options.email, password: options.password, displayName });
  const player = await inTenant(orm.em, { tenantId: options.tenantId, userId: user.userId }, async (tx) =>
    tx.create(Player, {
      tenantId: options.tenantId,
      userId: user.userId,
      displayName,
      status: options.status ?? 'ACTIVE',
    }),
  );
  return { ...user, id: player.id, tenantId: options.tenantId, displayName };
}

export interface SeededOperator extends SeededUser {
  id: string;
  tenantId: string;
  role: OperatorRole;
  displayName: string;
  /** The base32 TOTP secret when enrolled (`totp: true`), for computing codes in tests. */
  totpSecret: string | null;
}

/**
 * An ACTIVE (by default) staff member. `totp: true` enrols TOTP, which needs the service's
 * IDENTITY_SECRET: the secret is stored encrypted exactly as the service would store it.
 */
export async function seedOperator(
  orm: MikroORM,
  options: {
    tenantId: string;
    role: OperatorRole;
    totp?: boolean;
    identitySecret?: string;
    email?: string;
    password?: string;
    displayName?: string;
    status?: OperatorStatus;
    platformAdmin?: boolean;
  },
): Promise<SeededOperator> {
  const displayName = options.displayName ?? `Staff ${suffix()}`;
  const user = await seedUser(orm, {
    email: options.email,
    password: options.password,
    displayName,
    platformAdmin: options.platformAdmin,
  });
  let totpSecret: string | null = null;
  if (options.totp) {
    if (!options.identitySecret)
      throw new Error('seedOperator({ totp: true }) needs the identitySecret the service runs with.');
    totpSecret = await enrolTotp(orm, user.userId, options.identitySecret);
  }
  const operator = await inTenant(orm.em, { tenantId: options.tenantId, userId: user.userId }, async (tx) =>
    tx.create(Operator, {
      tenantId: options.tenantId,
      userId: user.userId,
      displayName,
      role: options.role,
      status: options.status ?? 'ACTIVE',
    }),
  );
  return { ...user, id: operator.id, tenantId: options.tenantId, role: options.role, displayName, totpSecret };
}

/** A platform administrator (no tenant memberships), optionally with TOTP enrolled. */
export async function seedPlatformAdmin(
  orm: MikroORM,
  options: { email?: string; password?: string; totp?: boolean; identitySecret?: string } = {},
): Promise<SeededUser & { totpSecret: string | null }> {
  const user = await seedUser(orm, {
    email: options.email,
    password: options.password,
    displayName: 'Platform admin',
    platformAdmin: true,
  });
  let totpSecret: string | null = null;
  if (options.totp) {
    if (!options.identitySecret)
      throw new Error('seedPlatformAdmin({ totp: true }) needs the identitySecret the service runs with.');
    totpSecret = await enrolTotp(orm, user.userId, options.identitySecret);
  }
  return { ...user, totpSecret };
}

async function enrolTotp(orm: MikroORM, userId: string, identitySecret: string): Promise<string> {
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, { id: userId });
  const secret = newTotpSecret();
  user.totpSecret = createSecretBox(identitySecret, 'totp').seal(secret, totpSealContext(user.id));
  user.totpEnabled = true;
  await em.flush();
  return secret;
}

/**
 * The key identity signs with now, opened as the service opens it. Tests use it to forge tokens
 * with a genuine signature but claims the service would never issue (expired, foreign tenant…).
 */
export async function currentSigningKey(
  orm: MikroORM,
  identitySecret: string,
): Promise<{ kid: string; key: CryptoKey }> {
  const row = await orm.em
    .fork()
    .findOneOrFail(SigningKey, { activatesAt: { $lte: new Date() } }, { orderBy: { activatesAt: 'desc' } });
  const jwk = JSON.parse(
    createSecretBox(identitySecret, 'signing-key').open(row.privateJwk, `signing-key:${row.kid}`),
  ) as JWK;
  return { kid: row.kid, key: (await importJWK(jwk, 'ES256')) as CryptoKey };
}
