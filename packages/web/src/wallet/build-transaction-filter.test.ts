import { describe, expect, it } from 'vitest';
import { buildTransactionFilter, EMPTY_TRANSACTION_FILTER } from './build-transaction-filter';

const localIso = (year: number, monthIndex: number, day: number) => new Date(year, monthIndex, day).toISOString();

describe('buildTransactionFilter', () => {
  it('is null when nothing narrows the history', () => {
    expect(buildTransactionFilter(EMPTY_TRANSACTION_FILTER)).toEqual({ ok: true, filter: null });
  });

  it.each([
    [{ kind: 'GRANT' as const }, { kinds: ['GRANT'] }],
    [{ asset: 'ETH' }, { asset: 'ETH' }],
    [{ fromDate: '2026-03-05' }, { from: localIso(2026, 2, 5) }],
    // "To" includes the whole day: the API's `to` is exclusive.
    [{ toDate: '2026-03-05' }, { to: localIso(2026, 2, 6) }],
    [{ toDate: '2026-12-31' }, { to: localIso(2027, 0, 1) }],
    [
      { fromDate: '2026-03-05', toDate: '2026-03-05' },
      { from: localIso(2026, 2, 5), to: localIso(2026, 2, 6) },
    ],
    [
      { kind: 'DEPOSIT' as const, asset: 'EUR', fromDate: '2026-01-01', toDate: '2026-01-31' },
      { kinds: ['DEPOSIT'], asset: 'EUR', from: localIso(2026, 0, 1), to: localIso(2026, 1, 1) },
    ],
  ])('%j → %j', (change, expected) => {
    expect(buildTransactionFilter({ ...EMPTY_TRANSACTION_FILTER, ...change })).toEqual({ ok: true, filter: expected });
  });

  it.each([
    [{ fromDate: '2026-03-06', toDate: '2026-03-05' }, 'The “From” date must be on or before the “To” date.'],
    [{ fromDate: '2026-02-31' }, 'Enter the “From” date as a calendar date.'],
    [{ toDate: 'yesterday' }, 'Enter the “To” date as a calendar date.'],
  ])('refuses %j', (change, message) => {
    expect(buildTransactionFilter({ ...EMPTY_TRANSACTION_FILTER, ...change })).toEqual({ ok: false, message });
  });
});
