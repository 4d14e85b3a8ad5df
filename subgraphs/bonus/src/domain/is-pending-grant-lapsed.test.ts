import { describe, expect, it } from 'vitest';
import type { CampaignStatus } from './campaign.js';
import { isPendingGrantLapsed, pendingDepositDeadline } from './is-pending-grant-lapsed.js';

const grantedAt = new Date('2026-03-02T10:00:00Z');

describe('isPendingGrantLapsed', () => {
  it.each<[string, CampaignStatus, string, boolean]>([
    ['fresh, campaign active', 'ACTIVE', '2026-03-02T10:00:01Z', false],
    ['one ms before 7 days', 'ACTIVE', '2026-03-09T09:59:59.999Z', false],
    ['exactly 7 days', 'ACTIVE', '2026-03-09T10:00:00Z', true],
    ['campaign paused', 'PAUSED', '2026-03-03T10:00:00Z', false],
    ['campaign ended', 'ENDED', '2026-03-02T10:00:01Z', true],
  ])('%s → %s', (_label, campaignStatus, at, lapsed) => {
    expect(isPendingGrantLapsed({ grantedAt, campaignStatus }, new Date(at))).toBe(lapsed);
  });

  it('the deadline is 7 × 24 h after the claim', () => {
    expect(pendingDepositDeadline(grantedAt).toISOString()).toBe('2026-03-09T10:00:00.000Z');
  });
});
