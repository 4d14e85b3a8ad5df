import { describe, expect, it } from 'vitest';
import {
  type BonusLike,
  bonusStateLabel,
  claimProblemMessage,
  groupBonuses,
  pendingBonusText,
  progressPercent,
  upsertBonus,
} from './bonus-view';

const bonus = (id: string, state: BonusLike['state'], grantedAt: string): BonusLike => ({ id, state, grantedAt });

describe('claimProblemMessage', () => {
  it.each([
    ['DEPOSIT_REQUIRED', /deposited before/],
    ['ALREADY_CLAIMED', /already claimed/],
    ['NEW_PLAYERS_ONLY', /new players only/],
    ['OPT_IN_CODE_REQUIRED', /needs its code/],
    ['CAMPAIGN_NOT_ACTIVE', /paused or has ended/],
  ] as const)('words %s for the player', (code, expected) => {
    expect(claimProblemMessage(code, 'raw')).toMatch(expected);
  });

  it('says when a claim is possible again after too many claims', () => {
    expect(claimProblemMessage('CLAIM_VELOCITY_EXCEEDED', null, '2026-03-01T10:30:00Z', 'en-GB')).toMatch(
      /You can claim again from 1 Mar 2026, 10:30 UTC\./,
    );
  });

  it('falls back to the server message without a code', () => {
    expect(claimProblemMessage(null, 'Something')).toBe('Something');
    expect(claimProblemMessage(undefined, undefined)).toBe('The bonus could not be claimed.');
  });
});

describe('groupBonuses', () => {
  it('puts the active bonus apart, deposit bonuses waiting apart, the queue oldest first and the history newest first', () => {
    const grouped = groupBonuses([
      bonus('p1', 'PENDING', '2026-01-04'),
      bonus('q2', 'GRANTED', '2026-01-03'),
      bonus('a', 'ACTIVE', '2026-01-01'),
      bonus('done', 'COMPLETED', '2025-12-01'),
      bonus('q1', 'GRANTED', '2026-01-02'),
      bonus('gone', 'CANCELLED', '2025-12-10'),
    ]);
    expect(grouped.active?.id).toBe('a');
    expect(grouped.pending.map((b) => b.id)).toEqual(['p1']);
    expect(grouped.queued.map((b) => b.id)).toEqual(['q1', 'q2']);
    expect(grouped.past.map((b) => b.id)).toEqual(['gone', 'done']);
  });

  it('shows a converting bonus as the one in play when none is active', () => {
    expect(groupBonuses([bonus('e', 'ELIGIBLE', '2026-01-01')]).active?.id).toBe('e');
  });

  it('has nothing in play without an active bonus', () => {
    expect(groupBonuses([bonus('x', 'EXPIRED', '2026-01-01')])).toEqual({
      active: null,
      pending: [],
      queued: [],
      past: [bonus('x', 'EXPIRED', '2026-01-01')],
    });
  });
});

describe('upsertBonus', () => {
  it('replaces an older snapshot and prepends a new bonus', () => {
    const list = [bonus('a', 'GRANTED', '1'), bonus('b', 'ACTIVE', '0')];
    expect(upsertBonus(list, bonus('a', 'ACTIVE', '1')).map((b) => `${b.id}:${b.state}`)).toEqual([
      'a:ACTIVE',
      'b:ACTIVE',
    ]);
    expect(upsertBonus(list, bonus('c', 'GRANTED', '2')).map((b) => b.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('progressPercent', () => {
  it.each([
    [-5, 0],
    [42.4, 42],
    [100, 100],
    [130, 100],
    [Number.NaN, 0],
  ])('%s → %s', (input, expected) => expect(progressPercent(input)).toBe(expected));
});

describe('pendingBonusText', () => {
  it.each([
    [
      { lapsed: false, depositDeadline: '2026-03-08T09:15:00Z' },
      'Waiting for your deposit: deposit by 8 Mar 2026, 09:15 UTC to receive it.',
    ],
    [{ lapsed: true, depositDeadline: '2026-03-08T09:15:00Z' }, /^Lapsed: no deposit came in time/],
    [{ lapsed: false, depositDeadline: null }, 'Waiting for your deposit.'],
  ])('%j reads %s', (input, expected) => {
    const text = pendingBonusText(input, 'en-GB');
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });
});

describe('bonusStateLabel', () => {
  it('says why a bonus was cancelled, and the state otherwise', () => {
    expect(bonusStateLabel({ state: 'CANCELLED', endReason: 'BONUS_MONEY_SPENT' })).toBe('Bonus money spent');
    expect(bonusStateLabel({ state: 'CANCELLED', endReason: 'WITHDRAWAL' })).toBe('Forfeited by a withdrawal');
    expect(bonusStateLabel({ state: 'CANCELLED', endReason: null })).toBe('Cancelled');
    expect(bonusStateLabel({ state: 'EXPIRED', endReason: null })).toBe('Expired');
  });
});
