/**
 * How a campaign's results read in the console. `conversionRate` is completed / ended (0–1) from
 * the bonus service, null while no bonus has ended; the money amounts are minor units.
 */

/** 0.5 → "50 %", 0.3333 → "33.3 %", null → "—" (nothing has ended yet). */
export function conversionRateText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  const percent = Math.round(Math.min(1, Math.max(0, rate)) * 1000) / 10;
  return `${percent} %`;
}

/** "3 grants · 1 waiting for a deposit · 1 active · 1 completed · 0 expired · 1 cancelled". */
export function grantCountsText(stats: {
  grants: number;
  pending: number;
  active: number;
  completed: number;
  expired: number;
  cancelled: number;
}): string {
  const parts = [`${stats.grants} ${stats.grants === 1 ? 'grant' : 'grants'}`];
  if (stats.pending > 0) parts.push(`${stats.pending} waiting for a deposit`);
  parts.push(
    `${stats.active} active`,
    `${stats.completed} completed`,
    `${stats.expired} expired`,
    `${stats.cancelled} cancelled`,
  );
  return parts.join(' · ');
}
