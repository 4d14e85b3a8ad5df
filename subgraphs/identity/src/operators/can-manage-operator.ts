import type { OperatorRole } from '@casinox/auth';

/**
 * Who may manage staff holding (or about to hold) a role: an OWNER manages everyone, an ADMIN
 * everyone but OWNERs, and FINANCE, COMPLIANCE and SUPPORT nobody.
 */
export function canManageOperator(actorRole: OperatorRole, targetRole: OperatorRole): boolean {
  if (actorRole === 'OWNER') return true;
  if (actorRole === 'ADMIN') return targetRole !== 'OWNER';
  return false;
}
