export type Role = 'OWNER' | 'ADMIN' | 'FINANCE' | 'COMPLIANCE' | 'SUPPORT';

export const ROLES: readonly Role[] = ['OWNER', 'ADMIN', 'FINANCE', 'COMPLIANCE', 'SUPPORT'];

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  FINANCE: 'Finance',
  COMPLIANCE: 'Compliance',
  SUPPORT: 'Support',
};

export type Capability =
  | 'staff.manage'
  | 'tenant.update'
  | 'apiKeys.manage'
  | 'treasury.view'
  | 'withdrawals.approve'
  | 'players.view'
  | 'adjustments.view'
  | 'adjustments.request'
  | 'adjustments.approve'
  | 'walletSettings.update'
  | 'reconciliation.view'
  | 'bets.view'
  | 'games.view'
  | 'games.configure'
  | 'rtp.view'
  | 'bonuses.view'
  | 'bonuses.manage'
  | 'jackpots.view'
  | 'jackpots.manage';

const MANAGERS: readonly Role[] = ['OWNER', 'ADMIN'];
/**
 * The tenant's own books — treasury, manual adjustments (asking for one), reconciliation — are for
 * management and finance, not support or compliance desks.
 */
const TREASURY_READERS: readonly Role[] = ['OWNER', 'ADMIN', 'FINANCE'];
/** Withdrawal and adjustment approvals (four eyes), and the withdrawal rules, are for finance staff and owners. */
const APPROVERS: readonly Role[] = ['OWNER', 'FINANCE'];

/**
 * What the console offers a role. Only hides or disables controls: the API enforces the same
 * rules and remains the authority.
 */
export function can(role: Role | null | undefined, capability: Capability): boolean {
  if (!role) return false;
  switch (capability) {
    case 'staff.manage':
    case 'tenant.update':
    case 'apiKeys.manage':
      return MANAGERS.includes(role);
    case 'treasury.view':
    case 'adjustments.view':
    case 'adjustments.request':
    case 'reconciliation.view':
    case 'rtp.view':
      return TREASURY_READERS.includes(role);
    case 'games.configure':
    case 'bonuses.manage':
    case 'jackpots.manage':
      return MANAGERS.includes(role);
    case 'bonuses.view':
    case 'jackpots.view':
      // Every desk reads the offers and jackpots players ask about; only management changes them.
      return true;
    case 'bets.view':
    case 'games.view':
      // Every desk follows the bets and reads the game rules (support answers players about both).
      return true;
    case 'withdrawals.approve':
    case 'adjustments.approve':
    case 'walletSettings.update':
      return APPROVERS.includes(role);
    case 'players.view':
      // Every desk looks players up (support answers their questions); the ledger follows.
      return true;
  }
}

/** Roles `actor` may hand out: an ADMIN may not create or promote OWNERs. */
export function assignableRoles(actor: Role | null | undefined): Role[] {
  if (actor === 'OWNER') return [...ROLES];
  if (actor === 'ADMIN') return ROLES.filter((r) => r !== 'OWNER');
  return [];
}

/** Whether `actor` may change or disable a colleague holding `target` (an ADMIN may not touch an OWNER). */
export function canManageColleague(actor: Role | null | undefined, target: Role): boolean {
  if (!can(actor, 'staff.manage')) return false;
  return actor === 'OWNER' || target !== 'OWNER';
}
