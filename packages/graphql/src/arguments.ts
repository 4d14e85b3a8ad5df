import type { BaseContext } from './context.js';
import { CodedError } from './errors.js';

/**
 * Argument checks every subgraph shares, so bad input is refused the same way everywhere (a coded
 * BAD_USER_INPUT naming the field), before it can reach SQL as a cast error.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^[A-Za-z0-9_.:-]{1,120}$/;

/** Whether `value` can be an id of ours at all (every id is a uuid): anything else matches nothing. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** A uuid argument, or BAD_USER_INPUT naming the field. */
export function requireUuid<T extends string | null | undefined>(value: T, field: string): T {
  if (value != null && !UUID.test(value))
    throw new CodedError('BAD_USER_INPUT', `${field} is not a valid id.`, { field });
  return value;
}

/** An idempotency key as every money-moving mutation takes it (1–120 of A–Z a–z 0–9 _ . : -), or BAD_USER_INPUT. */
export function checkIdempotencyKey(key: string, field = 'idempotencyKey'): void {
  if (!KEY.test(key))
    throw new CodedError('BAD_USER_INPUT', `${field} must be 1–120 characters of A–Z, a–z, 0–9, _ . : -`, { field });
}

/**
 * The casino whose public lobby data (catalogue, big wins, jackpots) the caller reads: their own
 * when signed in (naming another is FORBIDDEN), or the one they name when signed out.
 */
export function publicTenant(ctx: BaseContext, tenantId: string | null | undefined): string {
  const own = ctx.principal?.tenantId;
  if (own && tenantId && tenantId !== own) throw new CodedError('FORBIDDEN', 'You can only read your own casino.');
  const tenant = own ?? requireUuid(tenantId, 'tenantId');
  if (!tenant)
    throw new CodedError('BAD_USER_INPUT', 'Name the casino (tenantId) when signed out.', { field: 'tenantId' });
  return tenant;
}
