import { describe, expect, it } from 'vitest';
import { GRANT_EVENTS, GRANT_STATES, type GrantEvent, type GrantState } from './grant-state.js';
import { canTransition, transitionGrant } from './transition-grant.js';

// The whole machine written out by hand: every state × every event. '✗' is illegal.
const EXPECTED: Record<GrantState, Record<GrantEvent, GrantState | '✗'>> = {
  PENDING: { GRANT: 'GRANTED', ACTIVATE: '✗', WAGERING_MET: '✗', CONVERT: '✗', EXPIRE: '✗', CANCEL: '✗' },
  GRANTED: { GRANT: '✗', ACTIVATE: 'ACTIVE', WAGERING_MET: '✗', CONVERT: '✗', EXPIRE: '✗', CANCEL: '✗' },
  ACTIVE: { GRANT: '✗', ACTIVATE: '✗', WAGERING_MET: 'ELIGIBLE', CONVERT: '✗', EXPIRE: 'EXPIRED', CANCEL: 'CANCELLED' },
  ELIGIBLE: { GRANT: '✗', ACTIVATE: '✗', WAGERING_MET: '✗', CONVERT: 'COMPLETED', EXPIRE: '✗', CANCEL: '✗' },
  COMPLETED: { GRANT: '✗', ACTIVATE: '✗', WAGERING_MET: '✗', CONVERT: '✗', EXPIRE: '✗', CANCEL: '✗' },
  EXPIRED: { GRANT: '✗', ACTIVATE: '✗', WAGERING_MET: '✗', CONVERT: '✗', EXPIRE: '✗', CANCEL: '✗' },
  CANCELLED: { GRANT: '✗', ACTIVATE: '✗', WAGERING_MET: '✗', CONVERT: '✗', EXPIRE: '✗', CANCEL: '✗' },
};

const EVERY_STATE_EVENT = GRANT_STATES.flatMap((from) =>
  GRANT_EVENTS.map((event) => [from, event, EXPECTED[from][event]] as const),
);

describe('transitionGrant', () => {
  it('the table covers the full cross product', () => {
    expect(EVERY_STATE_EVENT).toHaveLength(GRANT_STATES.length * GRANT_EVENTS.length);
    expect(EVERY_STATE_EVENT).toHaveLength(42);
  });

  it.each(EVERY_STATE_EVENT)('%s + %s → %s', (from, event, expected) => {
    const result = transitionGrant(from, event);
    if (expected === '✗') {
      expect(result).toMatchObject({ ok: false, error: { code: 'ILLEGAL_GRANT_TRANSITION', from, event } });
    } else {
      expect(result).toEqual({ ok: true, to: expected });
    }
  });

  it.each<[GrantState, GrantEvent, boolean]>([
    ['COMPLETED', 'CONVERT', true],
    ['ELIGIBLE', 'WAGERING_MET', true],
    ['ACTIVE', 'ACTIVATE', true],
    ['CANCELLED', 'CANCEL', true],
    ['EXPIRED', 'EXPIRE', true],
    ['GRANTED', 'GRANT', true],
    ['COMPLETED', 'EXPIRE', false],
    ['EXPIRED', 'CONVERT', false],
    ['PENDING', 'ACTIVATE', false],
    ['ELIGIBLE', 'CANCEL', false],
  ])('%s + %s: a replay? %s', (from, event, alreadyApplied) => {
    const result = transitionGrant(from, event);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.alreadyApplied).toBe(alreadyApplied);
  });
});

// Every ordered pair of states, by hand: only the six arrows of the machine are true.
const LEGAL_MOVES: ReadonlyArray<readonly [GrantState, GrantState]> = [
  ['PENDING', 'GRANTED'],
  ['GRANTED', 'ACTIVE'],
  ['ACTIVE', 'ELIGIBLE'],
  ['ELIGIBLE', 'COMPLETED'],
  ['ACTIVE', 'EXPIRED'],
  ['ACTIVE', 'CANCELLED'],
];
const EVERY_STATE_PAIR = GRANT_STATES.flatMap((from) =>
  GRANT_STATES.map((to) => [from, to, LEGAL_MOVES.some(([a, b]) => a === from && b === to)] as const),
);

describe('canTransition', () => {
  it('covers every pair of states', () => {
    expect(EVERY_STATE_PAIR).toHaveLength(49);
    expect(EVERY_STATE_PAIR.filter(([, , legal]) => legal)).toHaveLength(6);
  });

  it.each(EVERY_STATE_PAIR)('%s → %s: %s', (from, to, legal) => {
    expect(canTransition(from, to)).toBe(legal);
  });
});
