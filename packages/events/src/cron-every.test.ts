import { describe, expect, it } from 'vitest';
import { cronEvery } from './event-bus.js';

describe('cronEvery', () => {
  it.each([
    [60_000, '* * * * *'],
    [5 * 60_000, '*/5 * * * *'],
    [10 * 60_000, '*/10 * * * *'],
    [60 * 60_000, '0 */1 * * *'],
    [6 * 3_600_000, '0 */6 * * *'],
    [24 * 3_600_000, '0 0 * * *'],
  ])('keeps %i ms as %s', (everyMs, cron) => {
    expect(cronEvery('job', everyMs)).toBe(cron);
  });

  it.each([5000, 30_000, 90_000, 7 * 60_000, 5 * 3_600_000])(
    'refuses %i ms with the job named, not a silently different cadence',
    (everyMs) => {
      expect(() => cronEvery('bonus.sweep', everyMs)).toThrow(/^bonus\.sweep: an interval of \d+ ms is not a schedule/);
    },
  );
});
