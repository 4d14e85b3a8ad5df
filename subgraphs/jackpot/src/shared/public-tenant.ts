import { CodedError } from '@casinox/graphql';
import type { JackpotContext } from '../context.js';
import { requireUuid } from './ids.js';

/**
 * The casino whose public jackpot data (pools, winners' wall) the caller reads: their own when
 * signed in (naming another is FORBIDDEN), or the one they name when signed out (lobby tickers).
 */
export function publicTenant(ctx: JackpotContext, tenantId: string | null | undefined): string {
  const own = ctx.principal?.tenantId;
  if (own && tenantId && tenantId !== own) throw new CodedError('FORBIDDEN', 'You can only read your own casino.');
  const tenant = own ?? requireUuid(tenantId, 'tenantId');
  if (!tenant) throw new CodedError('BAD_USER_INPUT', 'Name the casino (tenantId) when signed out.', { field: 'tenantId' });
  return tenant;
}
