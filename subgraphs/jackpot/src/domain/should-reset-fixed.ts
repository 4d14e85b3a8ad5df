/**
 * Whether a FIXED jackpot's daily reset is due. The reset happens every day at resetMinuteUtc minutes
 * after 00:00 UTC (UTC has no daylight saving, so every day has exactly one reset instant). It is due
 * when a reset instant lies in (lastResetAt, now]: exactly at the instant counts, and a reset already
 * done at that instant is not repeated. After downtime that missed several days, one reset is due — to
 * the latest instant — not one per missed day (the draw period simply ran longer). A clock behind
 * lastResetAt never resets. At the reset the service closes the period's draw (draw-winner.ts) and tops
 * the prize up (plan-win-payout.ts); the new period starts at `resetAt`.
 * Pure.
 */
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export type FixedResetCheck =
  | { readonly due: true; /** The reset instant to record as the new lastResetAt. */ readonly resetAt: Date }
  | { readonly due: false; readonly nextResetAt: Date };

export function shouldResetFixed(input: {
  readonly lastResetAt: Date;
  readonly now: Date;
  readonly resetMinuteUtc: number;
}): FixedResetCheck {
  const { lastResetAt, now, resetMinuteUtc } = input;
  if (!Number.isInteger(resetMinuteUtc) || resetMinuteUtc < 0 || resetMinuteUtc >= 1440)
    throw new RangeError(`The reset minute must be 0–1439, got ${resetMinuteUtc}.`);
  if (Number.isNaN(lastResetAt.getTime()) || Number.isNaN(now.getTime()))
    throw new RangeError('The reset check needs valid dates.');
  const latest = latestResetAt(now.getTime(), resetMinuteUtc);
  if (latest > lastResetAt.getTime()) return { due: true, resetAt: new Date(latest) };
  // The first reset instant after lastResetAt (now's latest instant is at or before it).
  return { due: false, nextResetAt: new Date(latestResetAt(lastResetAt.getTime(), resetMinuteUtc) + MS_PER_DAY) };
}

/** The latest reset instant at or before `at` (epoch ms). */
function latestResetAt(at: number, resetMinuteUtc: number): number {
  const today = Math.floor(at / MS_PER_DAY) * MS_PER_DAY + resetMinuteUtc * MS_PER_MINUTE;
  return today <= at ? today : today - MS_PER_DAY;
}
