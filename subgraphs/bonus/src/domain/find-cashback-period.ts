import type { CashbackPeriod } from './campaign.js';

/**
 * The cashback period an instant falls in: [start, end), in UTC.
 *
 * - DAILY: from 00:00 UTC to the next 00:00 UTC.
 * - WEEKLY: ISO weeks, Monday 00:00 UTC to the next Monday.
 * - `key` names the period (`DAILY:2026-03-02`, `WEEKLY:2026-03-02` — the start date) and is the
 *   `periodKey` that keeps cashback to one grant per campaign per period
 *   (`check-claim-velocity.ts`).
 *
 * UTC rather than the tenant's local day: every replica and report agrees without a time-zone
 * table; a tenant-local day is a later extension (a different `start`, same shape).
 * To settle a period that has just closed, pass an instant inside it (e.g. `end − 1 ms`).
 */

export interface CashbackWindow {
  start: Date;
  end: Date;
  key: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function findCashbackPeriod(period: CashbackPeriod, at: Date): CashbackWindow {
  const time = at.getTime();
  if (Number.isNaN(time)) throw new RangeError('An invalid date has no cashback period.');
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  // getUTCDay: Sunday = 0; days since Monday = (day + 6) % 7.
  const start = period === 'DAILY' ? midnight : midnight - ((at.getUTCDay() + 6) % 7) * DAY_MS;
  const end = start + (period === 'DAILY' ? DAY_MS : 7 * DAY_MS);
  return { start: new Date(start), end: new Date(end), key: `${period}:${new Date(start).toISOString().slice(0, 10)}` };
}
