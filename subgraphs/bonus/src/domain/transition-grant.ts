import type { GrantEvent, GrantState } from './grant-state.js';

/**
 * The grant state machine as one table; nothing else moves a grant.
 *
 *   PENDING  + GRANT        → GRANTED
 *   GRANTED  + ACTIVATE     → ACTIVE
 *   ACTIVE   + WAGERING_MET → ELIGIBLE
 *   ELIGIBLE + CONVERT      → COMPLETED
 *   ACTIVE   + EXPIRE       → EXPIRED
 *   ACTIVE   + CANCEL       → CANCELLED
 *
 * Every other (state, event) pair is illegal and returns a typed error instead of throwing, so a
 * handler can decide what an illegal move means. `alreadyApplied` marks the common harmless case:
 * the grant already sits in the state this event leads to (a redelivered `bet.settled` asking for
 * WAGERING_MET again, a conversion retried after it committed), which a handler treats as a replay
 * and acknowledges without moving money twice.
 */

const TRANSITIONS: Readonly<Record<GrantState, Readonly<Partial<Record<GrantEvent, GrantState>>>>> = {
  PENDING: { GRANT: 'GRANTED' },
  GRANTED: { ACTIVATE: 'ACTIVE' },
  ACTIVE: { WAGERING_MET: 'ELIGIBLE', EXPIRE: 'EXPIRED', CANCEL: 'CANCELLED' },
  ELIGIBLE: { CONVERT: 'COMPLETED' },
  COMPLETED: {},
  EXPIRED: {},
  CANCELLED: {},
};

/** The state each event leads to (every event has exactly one target). */
const TARGET_OF: Readonly<Record<GrantEvent, GrantState>> = {
  GRANT: 'GRANTED',
  ACTIVATE: 'ACTIVE',
  WAGERING_MET: 'ELIGIBLE',
  CONVERT: 'COMPLETED',
  EXPIRE: 'EXPIRED',
  CANCEL: 'CANCELLED',
};

export interface IllegalGrantTransition {
  code: 'ILLEGAL_GRANT_TRANSITION';
  from: GrantState;
  event: GrantEvent;
  /** The grant is already where this event would take it: a replay, not a conflict. */
  alreadyApplied: boolean;
  message: string;
}

export type GrantTransitionResult = { ok: true; to: GrantState } | { ok: false; error: IllegalGrantTransition };

export function transitionGrant(from: GrantState, event: GrantEvent): GrantTransitionResult {
  const row = Object.hasOwn(TRANSITIONS, from) ? TRANSITIONS[from] : undefined;
  const to = row && Object.hasOwn(row, event) ? row[event] : undefined;
  if (to) return { ok: true, to };
  const alreadyApplied = Object.hasOwn(TARGET_OF, event) && TARGET_OF[event] === from;
  return {
    ok: false,
    error: {
      code: 'ILLEGAL_GRANT_TRANSITION',
      from,
      event,
      alreadyApplied,
      message: `A ${from} bonus cannot take ${event}.`,
    },
  };
}

/** Whether one event moves a grant from `from` to `to` (staying put is not a transition). */
export function canTransition(from: GrantState, to: GrantState): boolean {
  const row = Object.hasOwn(TRANSITIONS, from) ? TRANSITIONS[from] : undefined;
  return row !== undefined && Object.values(row).includes(to);
}
