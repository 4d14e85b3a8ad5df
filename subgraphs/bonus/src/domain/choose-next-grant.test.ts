import { describe, expect, it } from 'vitest';
import { chooseNextGrant, type NextGrantChoice, type PlayerGrant } from './choose-next-grant.js';
import type { GrantState } from './grant-state.js';

const grant = (id: string, state: GrantState, grantedAt: string): PlayerGrant => ({
  id,
  state,
  grantedAt: new Date(grantedAt),
});

describe('chooseNextGrant', () => {
  it.each<[string, PlayerGrant[], NextGrantChoice]>([
    ['no grants', [], { action: 'NONE' }],
    [
      'only finished grants',
      [
        grant('a', 'COMPLETED', '2026-01-01'),
        grant('b', 'EXPIRED', '2026-01-02'),
        grant('c', 'CANCELLED', '2026-01-03'),
      ],
      { action: 'NONE' },
    ],
    ['only a PENDING grant (not awarded yet)', [grant('a', 'PENDING', '2026-01-01')], { action: 'NONE' }],
    ['one waiting grant activates', [grant('a', 'GRANTED', '2026-01-01')], { action: 'ACTIVATE', grantId: 'a' }],
    [
      'an active grant keeps its place',
      [grant('a', 'ACTIVE', '2026-01-05'), grant('b', 'GRANTED', '2026-01-01')],
      { action: 'KEEP', grantId: 'a' },
    ],
    [
      'an eligible grant still blocks the queue',
      [grant('a', 'ELIGIBLE', '2026-01-05'), grant('b', 'GRANTED', '2026-01-01')],
      { action: 'KEEP', grantId: 'a' },
    ],
    [
      'when the active one ended, the oldest waiting one is next',
      [
        grant('a', 'COMPLETED', '2026-01-01'),
        grant('c', 'GRANTED', '2026-01-04'),
        grant('b', 'GRANTED', '2026-01-02'),
        grant('d', 'GRANTED', '2026-01-03'),
      ],
      { action: 'ACTIVATE', grantId: 'b' },
    ],
    [
      'a tie on time goes to the smaller id',
      [grant('z', 'GRANTED', '2026-01-02T00:00:00Z'), grant('m', 'GRANTED', '2026-01-02T00:00:00Z')],
      { action: 'ACTIVATE', grantId: 'm' },
    ],
    [
      'a pending grant older than a granted one is skipped',
      [grant('p', 'PENDING', '2025-12-01'), grant('g', 'GRANTED', '2026-01-02')],
      { action: 'ACTIVATE', grantId: 'g' },
    ],
  ])('%s', (_case, grants, expected) => {
    expect(chooseNextGrant(grants)).toEqual(expected);
  });

  it.each<[string, PlayerGrant[]]>([
    ['two active grants', [grant('a', 'ACTIVE', '2026-01-01'), grant('b', 'ACTIVE', '2026-01-02')]],
    ['an active and an eligible grant', [grant('a', 'ACTIVE', '2026-01-01'), grant('b', 'ELIGIBLE', '2026-01-02')]],
  ])('throws on a broken invariant: %s', (_case, grants) => {
    expect(() => chooseNextGrant(grants)).toThrow(/at most one/);
  });
});
