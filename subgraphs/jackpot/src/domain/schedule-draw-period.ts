/**
 * The draw periods of a FIXED or SPONSORED jackpot. A period opens (its draw's server seed committed)
 * and closes at the first daily reset instant (resetMinuteUtc minutes after 00:00 UTC) strictly after
 * it opened; the next period opens at that instant. A period an operator closes early (drawJackpotNow)
 * is followed by one that opens at once and closes at the next reset instant as usual.
 *
 * - scheduleDrawPeriod: when a period opened at `opensAt` closes.
 * - closeDrawPeriod: whether a period opened at `openedAt` is over at `now` and, when it is, when the
 *   next one opens: the latest reset instant (after downtime that missed several, one draw, not one per
 *   missed day — should-reset-fixed.ts), or `now` itself for a manual close. Given the period's
 *   committed `closesAt`, it closes then even when an operator changed the reset minute meanwhile
 *   (updateJackpot); the next period opens at that close (or a later reset instant) and closes at the
 *   first instant of the new minute after it — possibly a short period.
 * Pure.
 */
import { shouldResetFixed } from './should-reset-fixed.js';

export interface DrawPeriod {
  readonly opensAt: Date;
  readonly closesAt: Date;
}

export function scheduleDrawPeriod(input: { readonly opensAt: Date; readonly resetMinuteUtc: number }): DrawPeriod {
  // lastResetAt = now = opensAt is never due: the answer is the first reset instant after opensAt.
  const check = shouldResetFixed({
    lastResetAt: input.opensAt,
    now: input.opensAt,
    resetMinuteUtc: input.resetMinuteUtc,
  });
  if (check.due) throw new Error('unreachable: a period is never due at the instant it opens');
  return { opensAt: input.opensAt, closesAt: check.nextResetAt };
}

export type DrawPeriodClose =
  { readonly closes: false; readonly closesAt: Date } | { readonly closes: true; readonly next: DrawPeriod };

export function closeDrawPeriod(input: {
  readonly openedAt: Date;
  readonly now: Date;
  readonly resetMinuteUtc: number;
  readonly manual?: boolean;
  readonly closesAt?: Date;
}): DrawPeriodClose {
  if (input.manual) {
    // Never open the next period before the one closed (a clock behind the opening time).
    const opensAt = input.now.getTime() < input.openedAt.getTime() ? input.openedAt : input.now;
    return { closes: true, next: scheduleDrawPeriod({ opensAt, resetMinuteUtc: input.resetMinuteUtc }) };
  }
  // The committed closing time wins over the schedule: the reset minute may have changed since it opened.
  const closesAt =
    input.closesAt ?? scheduleDrawPeriod({ opensAt: input.openedAt, resetMinuteUtc: input.resetMinuteUtc }).closesAt;
  if (input.now.getTime() < closesAt.getTime()) return { closes: false, closesAt };
  // The next period opens at the latest reset instant (after downtime, one draw), never before this one closed.
  const check = shouldResetFixed({ lastResetAt: closesAt, now: input.now, resetMinuteUtc: input.resetMinuteUtc });
  return {
    closes: true,
    next: scheduleDrawPeriod({ opensAt: check.due ? check.resetAt : closesAt, resetMinuteUtc: input.resetMinuteUtc }),
  };
}
