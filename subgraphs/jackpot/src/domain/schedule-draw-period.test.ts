import { describe, expect, it } from 'vitest';
import { closeDrawPeriod, scheduleDrawPeriod } from './schedule-draw-period.js';

const at = (iso: string) => new Date(iso);

describe('scheduleDrawPeriod', () => {
  it.each([
    // opens at, reset minute, closes at
    ['2026-12-20T10:00:00.000Z', 0, '2026-12-21T00:00:00.000Z'],
    ['2026-12-20T00:00:00.000Z', 0, '2026-12-21T00:00:00.000Z'], // opening at the instant: the next day's
    ['2026-12-20T10:00:00.000Z', 720, '2026-12-20T12:00:00.000Z'],
    ['2026-12-20T12:00:00.001Z', 720, '2026-12-21T12:00:00.000Z'],
    ['2026-12-31T23:59:59.999Z', 1_439, '2027-01-01T23:59:00.000Z'],
    ['2026-12-31T23:58:00.000Z', 1_439, '2026-12-31T23:59:00.000Z'],
  ])('a period opened at %s (reset minute %i) closes at %s', (opensAt, resetMinuteUtc, closesAt) => {
    expect(scheduleDrawPeriod({ opensAt: at(opensAt), resetMinuteUtc })).toEqual({
      opensAt: at(opensAt),
      closesAt: at(closesAt),
    });
  });

  it('refuses a reset minute outside the day', () => {
    expect(() => scheduleDrawPeriod({ opensAt: at('2026-12-20T10:00:00Z'), resetMinuteUtc: 1_440 })).toThrow(
      RangeError,
    );
  });
});

describe('closeDrawPeriod', () => {
  it.each([
    // opened at, now, reset minute, closes?, next period opens at, next closes at
    ['2026-12-20T10:00:00.000Z', '2026-12-20T23:59:59.999Z', 0, false, null, '2026-12-21T00:00:00.000Z'],
    [
      '2026-12-20T10:00:00.000Z',
      '2026-12-21T00:00:00.000Z',
      0,
      true,
      '2026-12-21T00:00:00.000Z',
      '2026-12-22T00:00:00.000Z',
    ],
    [
      '2026-12-20T10:00:00.000Z',
      '2026-12-21T00:00:30.000Z',
      0,
      true,
      '2026-12-21T00:00:00.000Z',
      '2026-12-22T00:00:00.000Z',
    ],
    // Three days of downtime: one close, the next period from the latest instant.
    [
      '2026-12-20T10:00:00.000Z',
      '2026-12-23T08:00:00.000Z',
      0,
      true,
      '2026-12-23T00:00:00.000Z',
      '2026-12-24T00:00:00.000Z',
    ],
    ['2026-12-20T00:00:00.000Z', '2026-12-20T00:00:00.000Z', 0, false, null, '2026-12-21T00:00:00.000Z'],
    // A clock behind the opening never closes it.
    ['2026-12-20T10:00:00.000Z', '2026-12-19T10:00:00.000Z', 0, false, null, '2026-12-21T00:00:00.000Z'],
  ])('opened %s, now %s, reset minute %i: closes %s', (openedAt, now, resetMinuteUtc, closes, nextOpens, closesAt) => {
    const result = closeDrawPeriod({ openedAt: at(openedAt), now: at(now), resetMinuteUtc });
    if (closes) expect(result).toEqual({ closes: true, next: { opensAt: at(nextOpens!), closesAt: at(closesAt) } });
    else expect(result).toEqual({ closes: false, closesAt: at(closesAt) });
  });

  it.each([
    // A manual close opens the next period at once.
    ['2026-12-20T10:00:00.000Z', '2026-12-20T11:00:00.000Z', '2026-12-20T11:00:00.000Z', '2026-12-21T00:00:00.000Z'],
    ['2026-12-20T10:00:00.000Z', '2026-12-20T10:00:00.000Z', '2026-12-20T10:00:00.000Z', '2026-12-21T00:00:00.000Z'],
    // A clock behind the opening: the next period opens when the closed one opened, never before.
    ['2026-12-20T10:00:00.000Z', '2026-12-20T09:00:00.000Z', '2026-12-20T10:00:00.000Z', '2026-12-21T00:00:00.000Z'],
  ])('closed by hand (opened %s, now %s): the next opens %s and closes %s', (openedAt, now, opensAt, closesAt) => {
    expect(closeDrawPeriod({ openedAt: at(openedAt), now: at(now), resetMinuteUtc: 0, manual: true })).toEqual({
      closes: true,
      next: { opensAt: at(opensAt), closesAt: at(closesAt) },
    });
  });

  it.each([
    // opened at, committed close, now, reset minute (changed since), closes?, next opens at, next closes at
    // The minute moved earlier (12:00 → 11:00): the period still closes at its committed 12:00, the next one at 11:00.
    [
      '2026-12-20T10:00:00.000Z',
      '2026-12-20T12:00:00.000Z',
      '2026-12-20T11:30:00.000Z',
      660,
      false,
      null,
      '2026-12-20T12:00:00.000Z',
    ],
    [
      '2026-12-20T10:00:00.000Z',
      '2026-12-20T12:00:00.000Z',
      '2026-12-20T12:00:00.000Z',
      660,
      true,
      '2026-12-20T12:00:00.000Z',
      '2026-12-21T11:00:00.000Z',
    ],
    // The minute moved later (12:00 → 13:00): closes at 12:00 all the same, the next (short) period at 13:00.
    [
      '2026-12-20T10:00:00.000Z',
      '2026-12-20T12:00:00.000Z',
      '2026-12-20T12:00:05.000Z',
      780,
      true,
      '2026-12-20T12:00:00.000Z',
      '2026-12-20T13:00:00.000Z',
    ],
    // Downtime past a new-minute instant: the next period opens at the latest one.
    [
      '2026-12-20T10:00:00.000Z',
      '2026-12-20T12:00:00.000Z',
      '2026-12-22T14:00:00.000Z',
      780,
      true,
      '2026-12-22T13:00:00.000Z',
      '2026-12-23T13:00:00.000Z',
    ],
  ])(
    'opened %s to close at %s, now %s, reset minute now %i: closes %s',
    (openedAt, committed, now, resetMinuteUtc, closes, nextOpens, closesAt) => {
      const result = closeDrawPeriod({ openedAt: at(openedAt), closesAt: at(committed), now: at(now), resetMinuteUtc });
      if (closes) expect(result).toEqual({ closes: true, next: { opensAt: at(nextOpens!), closesAt: at(closesAt) } });
      else expect(result).toEqual({ closes: false, closesAt: at(closesAt) });
    },
  );
});
