import { inTenant } from '@casinox/db';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A well-formed uuid that is no tenant's id. Scoping a transaction to it hides every tenant row
 * from row-level security, leaving only the `own_rows` policy: a user's own operator memberships
 * across tenants (sign-in and the tenant switcher happen before a tenant is chosen).
 */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/** Runs `work` seeing only the user's own memberships; queries there pass `filters: { tenant: false }`. */
export function inMemberScope<T>(
  em: EntityManager,
  userId: string,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return inTenant(em, { tenantId: NO_TENANT, userId }, work);
}
