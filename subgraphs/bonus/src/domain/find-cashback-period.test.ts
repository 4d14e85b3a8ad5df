import { describe, expect, it } from 'vitest';
import type { CashbackPeriod } from './campaign.js';
import { findCashbackPeriod } from './find-cashback-period.js';

describe('findCashbackPeriod', () => {
  it.each<[string, CashbackPeriod, string, string, string, string]>([
    [
      'a day, mid-afternoon',
      'DAILY',
      '2026-03-04T15:30:00Z',
      '2026-03-04T00:00:00.000Z',
      '2026-03-05T00:00:00.000Z',
      'DAILY:2026-03-04',
    ],
    [
      'a day starts at midnight UTC',
      'DAILY',
      '2026-03-04T00:00:00Z',
      '2026-03-04T00:00:00.000Z',
      '2026-03-05T00:00:00.000Z',
      'DAILY:2026-03-04',
    ],
    [
      'the last millisecond of a day',
      'DAILY',
      '2026-03-04T23:59:59.999Z',
      '2026-03-04T00:00:00.000Z',
      '2026-03-05T00:00:00.000Z',
      'DAILY:2026-03-04',
    ],
    [
      'new year',
      'DAILY',
      '2026-12-31T23:00:00Z',
      '2026-12-31T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
      'DAILY:2026-12-31',
    ],
    [
      'a Wednesday is in the week from Monday',
      'WEEKLY',
      '2026-03-04T15:30:00Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
      'WEEKLY:2026-03-02',
    ],
    [
      'Monday midnight starts a week',
      'WEEKLY',
      '2026-03-02T00:00:00Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
      'WEEKLY:2026-03-02',
    ],
    [
      'Sunday night still belongs to the week before',
      'WEEKLY',
      '2026-03-08T23:59:59.999Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
      'WEEKLY:2026-03-02',
    ],
    [
      'a week across the new year',
      'WEEKLY',
      '2027-01-01T10:00:00Z',
      '2026-12-28T00:00:00.000Z',
      '2027-01-04T00:00:00.000Z',
      'WEEKLY:2026-12-28',
    ],
    [
      'a week across a month end',
      'WEEKLY',
      '2026-03-01T10:00:00Z',
      '2026-02-23T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
      'WEEKLY:2026-02-23',
    ],
  ])('%s', (_case, period, at, start, end, key) => {
    const window = findCashbackPeriod(period, new Date(at));
    expect({ start: window.start.toISOString(), end: window.end.toISOString(), key: window.key }).toEqual({
      start,
      end,
      key,
    });
  });

  it('refuses an invalid date', () => {
    expect(() => findCashbackPeriod('DAILY', new Date('nonsense'))).toThrow(RangeError);
  });
});
