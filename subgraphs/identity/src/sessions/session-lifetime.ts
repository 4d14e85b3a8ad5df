import { AUDIENCES } from '@casinox/auth';

/**
 * How long a session (a refresh-token family) lives, counted from when the person proved who they
 * are. Absolute, not sliding: staff re-authenticate with TOTP at least every 12 hours however
 * busy they are, and a stolen player refresh token dies within 30 days whatever happens.
 */
export const SESSION_LIFETIME_MS: Record<string, number> = {
  [AUDIENCES.player]: 30 * 24 * 60 * 60 * 1000,
  [AUDIENCES.admin]: 12 * 60 * 60 * 1000,
};

export function sessionExpiry(audience: string, authenticatedAt: Date): Date {
  const lifetime = SESSION_LIFETIME_MS[audience];
  if (lifetime === undefined) throw new Error(`No session lifetime for audience ${audience}.`);
  return new Date(authenticatedAt.getTime() + lifetime);
}
