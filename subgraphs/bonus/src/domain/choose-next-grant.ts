import type { GrantState } from './grant-state.js';

/**
 * Which of a player's grants (in one tenant) should be ACTIVE.
 *
 * - At most one grant is in play at a time. ACTIVE and ELIGIBLE both count as in play: an ELIGIBLE
 *   grant still has money in the bonus account until it converts, and two grants sharing that
 *   account could not be told apart.
 * - While one is in play: KEEP it. Otherwise the oldest GRANTED (by `grantedAt`, ties by id so the
 *   choice is deterministic) is to be ACTIVATEd. Nothing waiting: NONE.
 * - Two grants in play at once is a broken invariant (the store should prevent it with a partial
 *   unique index) and throws rather than guess which one is real.
 */

export interface PlayerGrant {
  id: string;
  state: GrantState;
  grantedAt: Date;
}

export type NextGrantChoice =
  { action: 'KEEP'; grantId: string } | { action: 'ACTIVATE'; grantId: string } | { action: 'NONE' };

const IN_PLAY: readonly GrantState[] = ['ACTIVE', 'ELIGIBLE'];

export function chooseNextGrant(grants: readonly PlayerGrant[]): NextGrantChoice {
  const inPlay = grants.filter((grant) => IN_PLAY.includes(grant.state));
  if (inPlay.length > 1) {
    throw new Error(
      `A player has ${inPlay.length} bonuses in play (${inPlay.map((grant) => grant.id).join(', ')}); at most one is allowed.`,
    );
  }
  const [current] = inPlay;
  if (current) return { action: 'KEEP', grantId: current.id };
  const waiting = grants
    .filter((grant) => grant.state === 'GRANTED')
    .sort((a, b) => a.grantedAt.getTime() - b.grantedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const [next] = waiting;
  return next ? { action: 'ACTIVATE', grantId: next.id } : { action: 'NONE' };
}
