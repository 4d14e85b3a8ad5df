/**
 * Whether a membership may (still) hold a session: checked at sign-in and again at every refresh,
 * so disabling someone or suspending a tenant ends their sessions within one access-token life.
 */
export type AccessDenial = 'ACCOUNT_DISABLED' | 'TENANT_SUSPENDED';

interface HasStatus {
  status: string;
}

export function checkPlayerAccess(player: HasStatus | null, tenant: HasStatus | null): AccessDenial | null {
  if (!player || !tenant || player.status !== 'ACTIVE') return 'ACCOUNT_DISABLED';
  if (tenant.status !== 'ACTIVE') return 'TENANT_SUSPENDED';
  return null;
}

/**
 * `membership` null means a platform administrator acting outside any tenant. Platform
 * administrators may still enter a suspended tenant where they are staff (to sort it out).
 */
export function checkOperatorAccess(
  membership: HasStatus | null,
  tenant: HasStatus | null,
  platformAdmin: boolean,
): AccessDenial | null {
  if (!membership) return platformAdmin ? null : 'ACCOUNT_DISABLED';
  if (membership.status !== 'ACTIVE' || !tenant) return 'ACCOUNT_DISABLED';
  if (tenant.status !== 'ACTIVE' && !platformAdmin) return 'TENANT_SUSPENDED';
  return null;
}

export const ACCESS_DENIAL_MESSAGES: Record<AccessDenial, string> = {
  ACCOUNT_DISABLED: 'This account is disabled.',
  TENANT_SUSPENDED: 'This casino is suspended.',
};
