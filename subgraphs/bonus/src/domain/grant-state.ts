/**
 * The states of a bonus grant and the events that move it. The machine (see `transition-grant.ts`):
 *
 *   PENDING ─GRANT→ GRANTED ─ACTIVATE→ ACTIVE ─WAGERING_MET→ ELIGIBLE ─CONVERT→ COMPLETED
 *                                        ├─EXPIRE→ EXPIRED
 *                                        └─CANCEL→ CANCELLED (forfeit)
 *
 * - PENDING: recorded (e.g. waiting for the qualifying deposit to settle); no money yet.
 * - GRANTED: awarded and queued; a player has at most one ACTIVE bonus per tenant, the others wait
 *   here (`choose-next-grant.ts`). No bonus money moves yet and the expiry clock has not started.
 * - ACTIVE: bonus money is in the player's bonus account; bets count towards wagering, the max-bet
 *   rule applies, and the grant may expire or be cancelled (by the player or by a withdrawal).
 * - ELIGIBLE: wagering is met; the conversion to cash is due. It can no longer expire or be
 *   cancelled: the player has earned it, and only the wallet call stands between them and the cash.
 * - COMPLETED / EXPIRED / CANCELLED: final.
 */
export const GRANT_STATES = ['PENDING', 'GRANTED', 'ACTIVE', 'ELIGIBLE', 'COMPLETED', 'EXPIRED', 'CANCELLED'] as const;
export type GrantState = (typeof GRANT_STATES)[number];

export const GRANT_EVENTS = ['GRANT', 'ACTIVATE', 'WAGERING_MET', 'CONVERT', 'EXPIRE', 'CANCEL'] as const;
export type GrantEvent = (typeof GRANT_EVENTS)[number];

export const FINAL_GRANT_STATES: readonly GrantState[] = ['COMPLETED', 'EXPIRED', 'CANCELLED'];

export function isFinalGrantState(state: GrantState): boolean {
  return FINAL_GRANT_STATES.includes(state);
}
