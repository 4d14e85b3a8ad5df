import { describe, expect, it } from 'vitest';
import type { Campaign } from './campaign.js';
import { checkClaimEligibility, type ClaimContext, type ClaimEligibility } from './check-claim-eligibility.js';

type Subject = Pick<Campaign, 'status' | 'validUntil' | 'eligibility'>;
const now = new Date('2026-03-01T12:00:00Z');

function campaign(overrides: Partial<Subject> & { newPlayersOnly?: boolean; optInCode?: string | null } = {}): Subject {
  const { newPlayersOnly = false, optInCode = null, ...rest } = overrides;
  return {
    status: 'ACTIVE',
    validUntil: null,
    eligibility: { newPlayersOnly, optInCode, minDeposit: 0n, asset: 'EUR' },
    ...rest,
  };
}
const player = (isNewPlayer: boolean, code: string | null = null): ClaimContext => ({ isNewPlayer, code, now });

describe('checkClaimEligibility', () => {
  it.each<[string, Subject, ClaimContext, ClaimEligibility]>([
    ['an open campaign', campaign(), player(false), { ok: true }],
    ['a paused campaign', campaign({ status: 'PAUSED' }), player(false), { ok: false, code: 'CAMPAIGN_NOT_ACTIVE' }],
    ['an ended campaign', campaign({ status: 'ENDED' }), player(false), { ok: false, code: 'CAMPAIGN_NOT_ACTIVE' }],
    ['before its end', campaign({ validUntil: new Date('2026-03-01T12:00:01Z') }), player(false), { ok: true }],
    ['at its end', campaign({ validUntil: now }), player(false), { ok: false, code: 'CAMPAIGN_CLOSED' }],
    ['new players only, new player', campaign({ newPlayersOnly: true }), player(true), { ok: true }],
    [
      'new players only, existing player',
      campaign({ newPlayersOnly: true }),
      player(false),
      { ok: false, code: 'NEW_PLAYERS_ONLY' },
    ],
    [
      'code required, none given',
      campaign({ optInCode: 'SPRING26' }),
      player(false),
      { ok: false, code: 'OPT_IN_CODE_REQUIRED' },
    ],
    [
      'code required, blank given',
      campaign({ optInCode: 'SPRING26' }),
      player(false, '  '),
      { ok: false, code: 'OPT_IN_CODE_REQUIRED' },
    ],
    [
      'code required, wrong code',
      campaign({ optInCode: 'SPRING26' }),
      player(false, 'SUMMER26'),
      { ok: false, code: 'INVALID_OPT_IN_CODE' },
    ],
    ['code matches', campaign({ optInCode: 'SPRING26' }), player(false, 'SPRING26'), { ok: true }],
    [
      'code matches in any case, trimmed',
      campaign({ optInCode: 'Spring26' }),
      player(false, ' sPRING26 '),
      { ok: true },
    ],
    ['a code given when none is needed is ignored', campaign(), player(false, 'WHATEVER'), { ok: true }],
    [
      'status is checked first',
      campaign({ status: 'PAUSED', newPlayersOnly: true, optInCode: 'X123' }),
      player(false),
      { ok: false, code: 'CAMPAIGN_NOT_ACTIVE' },
    ],
  ])('%s', (_case, subject, context, expected) => {
    expect(checkClaimEligibility(subject, context)).toEqual(expected);
  });
});
