import type { TransactionKind } from './transaction-kinds';

/** What a history filter form holds: empty strings mean "any". Dates are `yyyy-mm-dd` (an `<input type="date">`). */
export interface TransactionFilterForm {
  kind: TransactionKind | '';
  asset: string;
  fromDate: string;
  toDate: string;
}

/** The API's `WalletTransactionFilter`. */
export interface TransactionFilter {
  kinds?: TransactionKind[];
  asset?: string;
  from?: string;
  to?: string;
}

export type BuildFilterResult = { ok: true; filter: TransactionFilter | null } | { ok: false; message: string };

export const EMPTY_TRANSACTION_FILTER: TransactionFilterForm = { kind: '', asset: '', fromDate: '', toDate: '' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of `yyyy-mm-dd`, `days` later; null for anything that is not a calendar date. */
function localMidnight(value: string, days = 0): Date | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day + days);
  // `new Date(2026, 1, 31)` rolls over to March: not a date the player picked.
  const check = new Date(year, month - 1, day);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== day) return null;
  return date;
}

/**
 * The API filter for a form: the date range covers whole days in the player's time zone — from
 * the start of `fromDate` up to (not including) the start of the day after `toDate`. Null when
 * nothing narrows the history.
 */
export function buildTransactionFilter(form: TransactionFilterForm): BuildFilterResult {
  const filter: TransactionFilter = {};
  if (form.kind) filter.kinds = [form.kind];
  if (form.asset) filter.asset = form.asset;
  if (form.fromDate) {
    const from = localMidnight(form.fromDate);
    if (!from) return { ok: false, message: 'Enter the “From” date as a calendar date.' };
    filter.from = from.toISOString();
  }
  if (form.toDate) {
    const to = localMidnight(form.toDate, 1);
    if (!to) return { ok: false, message: 'Enter the “To” date as a calendar date.' };
    filter.to = to.toISOString();
  }
  if (filter.from && filter.to && filter.from >= filter.to)
    return { ok: false, message: 'The “From” date must be on or before the “To” date.' };
  return { ok: true, filter: Object.keys(filter).length > 0 ? filter : null };
}
