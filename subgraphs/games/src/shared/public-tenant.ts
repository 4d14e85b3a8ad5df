import { CodedError } from '@casinox/graphql';
import type { GamesContext } from '../context.js';
import { requireUuid } from './ids.js';

/**
 * The casino whose public lobby data (catalogue, big wins) the caller reads: their own when signed
 * in (naming another is FORBIDDEN), or the one they name when signed out.
 */
export function publicTenant(ctx: GamesContext, tenantId: string | null | undefined): string {
  const own = ctx.principal?.tenantId;
  if (own && tenantId && tenantId !== own) throw new CodedError('FORBIDDEN', 'You can only read your own casino.');
  const tenant = own ?? requireUuid(tenantId, 'tenantId');
  if (!tenant) throw new CodedError('BAD_USER_INPUT', 'Name the casino (tenantId) when signed out.', { field: 'tenantId' });
  return tenant;
}
