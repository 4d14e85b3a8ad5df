/**
 * Pure decisions of the Bonuses page: how a refused claim reads, which bonus is in play, which
 * wait and which are over, and how a live push folds into the list.
 */

export type ClaimProblemCode =
  | 'ALREADY_CLAIMED'
  | 'CAMPAIGN_CLOSED'
  | 'CAMPAIGN_NOT_ACTIVE'
  | 'CAMPAIGN_NOT_FOUND'
  | 'CLAIM_VELOCITY_EXCEEDED'
  | 'DEPOSIT_REQUIRED'
  | 'INVALID_OPT_IN_CODE'
  | 'NEW_PLAYERS_ONLY'
  | 'NOT_CLAIMABLE'
  | 'OPT_IN_CODE_REQUIRED';

const CLAIM_PROBLEMS: Record<ClaimProblemCode, string> = {
  ALREADY_CLAIMED: 'You have already claimed this bonus — each bonus can be claimed once.',
  CAMPAIGN_CLOSED: 'This bonus no longer accepts claims.',
  CAMPAIGN_NOT_ACTIVE: 'This bonus is paused or has ended.',
  CAMPAIGN_NOT_FOUND: 'There is no open bonus with that code.',
  CLAIM_VELOCITY_EXCEEDED: 'You have claimed the most bonuses allowed in 24 hours.',
  DEPOSIT_REQUIRED:
    'This reload bonus is for players who have deposited before: make your first deposit, then claim it.',
  INVALID_OPT_IN_CODE: 'That bonus code does not match.',
  NEW_PLAYERS_ONLY: 'This bonus is for new players only.',
  NOT_CLAIMABLE: 'This kind of bonus cannot be claimed here.',
  OPT_IN_CODE_REQUIRED: 'This bonus needs its code: enter it to claim.',
};

/** The words for a refused claim; the velocity refusal says when a claim is possible again. */
export function claimProblemMessage(
  code: ClaimProblemCode | null | undefined,
  message: string | null | undefined,
  retryAfter?: string | null,
  locale?: string,
): string {
  if (!code) return message ?? 'The bonus could not be claimed.';
  const text = CLAIM_PROBLEMS[code];
  if (code === 'CLAIM_VELOCITY_EXCEEDED' && retryAfter) {
    const at = new Date(retryAfter);
    if (!Number.isNaN(at.getTime()))
      return `${text} You can claim again from ${at.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC.`;
  }
  return text;
}

export type BonusStateName = 'PENDING' | 'GRANTED' | 'ACTIVE' | 'ELIGIBLE' | 'COMPLETED' | 'EXPIRED' | 'CANCELLED';

export const BONUS_STATE_LABELS: Record<BonusStateName, string> = {
  PENDING: 'Pending',
  GRANTED: 'Queued',
  ACTIVE: 'Active',
  ELIGIBLE: 'Converting to cash',
  COMPLETED: 'Completed',
  EXPIRED: 'Expired',
  CANCELLED: 'Cancelled',
};

const END_REASON_LABELS: Record<string, string> = {
  PLAYER_CANCELLED: 'Cancelled',
  WITHDRAWAL: 'Forfeited by a withdrawal',
  BONUS_MONEY_SPENT: 'Bonus money spent',
};

/** A bonus's state as the player reads it; a cancellation says why. */
export function bonusStateLabel(bonus: { state: BonusStateName; endReason?: string | null }): string {
  return (
    (bonus.state === 'CANCELLED' && bonus.endReason && END_REASON_LABELS[bonus.endReason]) ||
    BONUS_STATE_LABELS[bonus.state]
  );
}

export interface BonusLike {
  id: string;
  state: BonusStateName;
  grantedAt: string;
}

export interface GroupedBonuses<B extends BonusLike> {
  /** The bonus in play (ACTIVE, or ELIGIBLE while it converts), if any. */
  active: B | null;
  /** Deposit bonuses claimed and waiting for their deposit (lapsed ones included), newest first. */
  pending: B[];
  /** Awarded and waiting their turn, oldest first (the order they activate in). */
  queued: B[];
  /** Over: completed, expired or cancelled, newest first. */
  past: B[];
}

/** Splits the player's bonuses into the one in play, those waiting for a deposit, the queue and the history. */
export function groupBonuses<B extends BonusLike>(bonuses: readonly B[]): GroupedBonuses<B> {
  const byNewest = [...bonuses].sort((a, b) => b.grantedAt.localeCompare(a.grantedAt));
  const active = byNewest.find((b) => b.state === 'ACTIVE') ?? byNewest.find((b) => b.state === 'ELIGIBLE') ?? null;
  const pending = byNewest.filter((b) => b.state === 'PENDING');
  const queued = byNewest.filter((b) => b.state === 'GRANTED' || (b.state === 'ELIGIBLE' && b !== active)).reverse();
  const past = byNewest.filter((b) => b.state === 'COMPLETED' || b.state === 'EXPIRED' || b.state === 'CANCELLED');
  return { active, pending, queued, past };
}

/** The page's bonuses with a pushed (or just-claimed) bonus replacing its older snapshot. */
export function upsertBonus<B extends { id: string }>(list: readonly B[], bonus: B): B[] {
  return list.some((b) => b.id === bonus.id) ? list.map((b) => (b.id === bonus.id ? bonus : b)) : [bonus, ...list];
}

/** A bar's width: the API's 0–100 percent, clamped. */
export function progressPercent(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, Math.round(percent)));
}

/**
 * How a deposit bonus waiting for its deposit reads: still open until its deadline, or lapsed (its
 * campaign ended or the deadline passed; no deposit will grant it any more).
 */
export function pendingBonusText(bonus: { lapsed: boolean; depositDeadline: string | null }, locale?: string): string {
  if (bonus.lapsed) return 'Lapsed: no deposit came in time (or the offer ended), so it will not be granted.';
  if (!bonus.depositDeadline) return 'Waiting for your deposit.';
  const at = new Date(bonus.depositDeadline);
  if (Number.isNaN(at.getTime())) return 'Waiting for your deposit.';
  return `Waiting for your deposit: deposit by ${at.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC to receive it.`;
}
