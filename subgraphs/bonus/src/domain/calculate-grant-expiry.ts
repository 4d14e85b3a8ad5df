/**
 * When an ACTIVE grant expires.
 *
 * - The clock starts at activation, not at grant: a bonus queued as GRANTED behind another one
 *   (`choose-next-grant.ts`) would otherwise expire unplayed. `expiresAt = activatedAt +
 *   expiresInDays × 24 h` (exact days of elapsed time, not calendar days in some time zone).
 * - Expiry is inclusive: at `expiresAt` the grant has expired (EXPIRE; its money forfeits).
 * - The campaign's `validUntil` closes claims only; it does not shorten grants already running.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export function calculateGrantExpiry(activatedAt: Date, expiresInDays: number): Date {
  if (!Number.isSafeInteger(expiresInDays) || expiresInDays < 1) {
    throw new RangeError(`expiresInDays must be a positive integer, got ${expiresInDays}.`);
  }
  return new Date(activatedAt.getTime() + expiresInDays * DAY_MS);
}

export function isGrantExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}
