import { describe, expect, it } from 'vitest';
import {
  checkClaimVelocity,
  type ClaimAttempt,
  type ClaimVelocityCheck,
  type PreviousClaim,
} from './check-claim-velocity.js';

const at = new Date('2026-03-10T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(at.getTime() - hours * 3_600_000);
const claim = (campaignId: string, hours: number, periodKey: string | null = null): PreviousClaim => ({
  campaignId,
  claimedAt: hoursAgo(hours),
  periodKey,
});
const attempt = (campaignId: string, periodKey: string | null = null): ClaimAttempt => ({ campaignId, periodKey, at });

describe('checkClaimVelocity', () => {
  it.each<[string, ClaimAttempt, PreviousClaim[], number | undefined, ClaimVelocityCheck]>([
    ['a first claim', attempt('new'), [], undefined, { ok: true }],
    ['the same campaign again', attempt('c1'), [claim('c1', 500)], undefined, { ok: false, code: 'ALREADY_CLAIMED' }],
    [
      'the same campaign a year later',
      attempt('c1'),
      [claim('c1', 24 * 365)],
      undefined,
      { ok: false, code: 'ALREADY_CLAIMED' },
    ],
    [
      'cashback: a new period',
      attempt('cb', 'WEEKLY:2026-03-09'),
      [claim('cb', 100, 'WEEKLY:2026-03-02')],
      undefined,
      { ok: true },
    ],
    [
      'cashback: the same period',
      attempt('cb', 'WEEKLY:2026-03-09'),
      [claim('cb', 1, 'WEEKLY:2026-03-09')],
      undefined,
      { ok: false, code: 'ALREADY_CLAIMED' },
    ],
    ['two claims today, third allowed', attempt('c3'), [claim('c1', 1), claim('c2', 2)], undefined, { ok: true }],
    [
      'three claims today, fourth refused until the oldest is a day old',
      attempt('c4'),
      [claim('c1', 1), claim('c2', 20), claim('c3', 5)],
      undefined,
      { ok: false, code: 'CLAIM_VELOCITY_EXCEEDED', limit: 3, retryAfter: hoursAgo(20 - 24) },
    ],
    [
      'a claim exactly 24 h old no longer counts',
      attempt('c4'),
      [claim('c1', 24), claim('c2', 2), claim('c3', 3)],
      undefined,
      { ok: true },
    ],
    [
      'a claim just under 24 h old still counts',
      attempt('c4'),
      [claim('c1', 23.999), claim('c2', 2), claim('c3', 3)],
      undefined,
      { ok: false, code: 'CLAIM_VELOCITY_EXCEEDED', limit: 3, retryAfter: hoursAgo(23.999 - 24) },
    ],
    [
      'old claims do not count',
      attempt('c9'),
      [claim('c1', 25), claim('c2', 48), claim('c3', 100), claim('c4', 30)],
      undefined,
      { ok: true },
    ],
    [
      'a claim stamped slightly in the future still counts',
      attempt('c4'),
      [claim('c1', -0.01), claim('c2', 2), claim('c3', 3)],
      undefined,
      { ok: false, code: 'CLAIM_VELOCITY_EXCEEDED', limit: 3, retryAfter: hoursAgo(3 - 24) },
    ],
    [
      'a tenant limit of 5 allows a fifth',
      attempt('c5'),
      [claim('c1', 1), claim('c2', 2), claim('c3', 3), claim('c4', 4)],
      5,
      { ok: true },
    ],
    [
      'a tenant limit of 1 refuses a second',
      attempt('c2'),
      [claim('c1', 6)],
      1,
      { ok: false, code: 'CLAIM_VELOCITY_EXCEEDED', limit: 1, retryAfter: hoursAgo(6 - 24) },
    ],
    [
      'over the limit (a limit lowered since): wait until enough claims age out',
      attempt('c5'),
      [claim('c1', 1), claim('c2', 2), claim('c3', 3), claim('c4', 4)],
      2,
      { ok: false, code: 'CLAIM_VELOCITY_EXCEEDED', limit: 2, retryAfter: hoursAgo(2 - 24) },
    ],
    [
      'a duplicate wins over velocity',
      attempt('c1'),
      [claim('c1', 1), claim('c2', 2), claim('c3', 3)],
      undefined,
      { ok: false, code: 'ALREADY_CLAIMED' },
    ],
  ])('%s', (_case, subject, previous, limit, expected) => {
    expect(checkClaimVelocity(subject, previous, limit)).toEqual(expected);
  });

  it.each([0, -1, 1.5])('refuses a limit of %s', (limit) => {
    expect(() => checkClaimVelocity(attempt('c1'), [], limit)).toThrow(RangeError);
  });
});
