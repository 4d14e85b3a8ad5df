import { CodedError } from '@casinox/graphql';
import type { OperatorRole } from '@casinox/auth';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomSecret, sha256Hex } from '../shared/opaque-token.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { normaliseEmail } from '../users/normalise-email.js';
import { User } from '../users/user.entity.js';
import { formatInviteToken } from './invite-token.js';
import { Operator } from './operator.entity.js';

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface IssuedInvite {
  operator: Operator;
  inviteToken: string;
  expiresAt: Date;
}

/**
 * Creates (or renews) an INVITED membership and its one-time token, inside a transaction already
 * scoped to `tenant`. The user is global: an email that already has an account is reused, and
 * accepting will then require that account's password, never set a new one.
 */
export async function issueInvite(
  tx: EntityManager,
  tenant: Tenant,
  input: { email: string; displayName: string; role: OperatorRole },
): Promise<IssuedInvite> {
  const email = normaliseEmail(input.email);
  const displayName = input.displayName.trim();
  const user = (await tx.findOne(User, { email })) ?? tx.create(User, { email, displayName });
  const existing = await tx.findOne(Operator, { tenantId: tenant.id, userId: user.id });
  if (existing && existing.status !== 'INVITED')
    throw new CodedError('EMAIL_TAKEN', 'This person is already on the staff of this tenant.');
  const operator =
    existing ?? tx.create(Operator, { tenantId: tenant.id, userId: user.id, displayName, role: input.role });
  const secret = randomSecret();
  const expiresAt = new Date(Date.now() + INVITE_TTL_MS);
  operator.displayName = displayName;
  operator.role = input.role;
  operator.status = 'INVITED';
  // Renewing replaces the hash, so an older link for the same person stops working.
  operator.inviteTokenHash = sha256Hex(secret);
  operator.inviteExpiresAt = expiresAt;
  await tx.flush();
  return { operator, inviteToken: formatInviteToken(tenant.slug, secret), expiresAt };
}
