import { describe, expect, it } from 'vitest';
import { shouldResetFixed } from './should-reset-fixed.js';

const at = (iso: string) => new Date(iso);

describe('shouldResetFixed', () => {
  it.each([
    // last reset, now, reset minute, due, resetAt or nextResetAt
    ['midnight passed', '2026-03-01T00:00:00Z', '2026-03-02T00:00:01Z', 0, true, '2026-03-02T00:00:00.000Z'],
    ['exactly at the instant', '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', 0, true, '2026-03-02T00:00:00.000Z'],
    [
      'one millisecond before',
      '2026-03-01T00:00:00Z',
      '2026-03-01T23:59:59.999Z',
      0,
      false,
      '2026-03-02T00:00:00.000Z',
    ],
    [
      'already reset at this instant',
      '2026-03-02T00:00:00Z',
      '2026-03-02T00:00:00Z',
      0,
      false,
      '2026-03-03T00:00:00.000Z',
    ],
    [
      'a 20:30 UTC reset, before it',
      '2026-03-01T20:30:00Z',
      '2026-03-02T20:29:00Z',
      1_230,
      false,
      '2026-03-02T20:30:00.000Z',
    ],
    [
      'a 20:30 UTC reset, after it',
      '2026-03-01T20:30:00Z',
      '2026-03-02T20:31:00Z',
      1_230,
      true,
      '2026-03-02T20:30:00.000Z',
    ],
    [
      'a 23:59 reset the next morning',
      '2026-03-01T23:59:00Z',
      '2026-03-02T08:00:00Z',
      1_439,
      false,
      '2026-03-02T23:59:00.000Z',
    ],
    [
      'three days of downtime: one reset, to the latest instant',
      '2026-03-01T00:00:00Z',
      '2026-03-04T12:00:00Z',
      0,
      true,
      '2026-03-04T00:00:00.000Z',
    ],
    [
      'a jackpot created mid-day resets at the next instant',
      '2026-03-01T15:42:10Z',
      '2026-03-02T00:00:00Z',
      0,
      true,
      '2026-03-02T00:00:00.000Z',
    ],
    [
      'a clock behind the last reset',
      '2026-03-02T00:00:00Z',
      '2026-03-01T23:00:00Z',
      0,
      false,
      '2026-03-03T00:00:00.000Z',
    ],
    [
      'across the European DST change (UTC has none)',
      '2026-03-28T01:00:00Z',
      '2026-03-29T01:00:00Z',
      60,
      true,
      '2026-03-29T01:00:00.000Z',
    ],
    ['across a leap day', '2028-02-28T00:00:00Z', '2028-02-29T00:00:00Z', 0, true, '2028-02-29T00:00:00.000Z'],
  ])('%s', (_label, lastResetAt, now, resetMinuteUtc, due, instant) => {
    const check = shouldResetFixed({ lastResetAt: at(lastResetAt), now: at(now), resetMinuteUtc });
    expect(check.due).toBe(due);
    expect((check.due ? check.resetAt : check.nextResetAt).toISOString()).toBe(instant);
  });

  it.each([
    ['a reset minute of 1440', 1_440],
    ['a negative reset minute', -1],
    ['a fractional reset minute', 0.5],
  ])('refuses %s', (_label, resetMinuteUtc) => {
    expect(() =>
      shouldResetFixed({ lastResetAt: at('2026-03-01T00:00:00Z'), now: at('2026-03-02T00:00:00Z'), resetMinuteUtc }),
    ).toThrow(RangeError);
  });

  it('refuses an invalid date', () => {
    expect(() =>
      shouldResetFixed({ lastResetAt: new Date('nope'), now: at('2026-03-02T00:00:00Z'), resetMinuteUtc: 0 }),
    ).toThrow(RangeError);
  });
});
