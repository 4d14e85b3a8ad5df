'use client';

import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import {
  buildTransactionFilter,
  EMPTY_TRANSACTION_FILTER,
  FormAlert,
  formatMoney,
  isTransactionKind,
  MyTransactionsQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  TRANSACTION_KIND_LABELS,
  TRANSACTION_KINDS,
  type TransactionFilter,
  type TransactionFilterForm,
  WalletTransactionFields,
} from '@casinox/web';
import { useFocusSignal } from './use-focus-signal';

type TransactionRow = ResultOf<typeof WalletTransactionFields>;

const COLUMNS = ['Date', 'Type', 'Amount', 'Balance after'];

function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? '—'
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function FullRow({ children }: { children: ReactNode }) {
  return (
    <tr>
      <td colSpan={COLUMNS.length} className="px-4 py-4">
        {children}
      </td>
    </tr>
  );
}

function Row({ row }: { row: TransactionRow }) {
  const { code, scale } = row.asset;
  const credit = !row.amount.startsWith('-');
  return (
    <tr className="border-t border-brand-fg/10">
      <td className="px-4 py-3 whitespace-nowrap">
        <time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time>
      </td>
      <td className="px-4 py-3">
        {TRANSACTION_KIND_LABELS[row.kind]}
        {row.bucket === 'BONUS' ? (
          <span className="ml-2 rounded-full bg-brand-fg/10 px-2 py-0.5 text-xs">Bonus</span>
        ) : null}
      </td>
      <td className={`px-4 py-3 text-right font-semibold tabular-nums ${credit ? 'text-emerald-400' : ''}`}>
        {formatMoney(row.amount, scale, code, { sign: 'always' })}
      </td>
      <td className="px-4 py-3 text-right tabular-nums opacity-80">{formatMoney(row.balanceAfter, scale, code)}</td>
    </tr>
  );
}

interface PageProps {
  filter: TransactionFilter | null;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  /**
   * Refetch when it changes — the player came back to the tab, or a balance push says money moved.
   * First page only, and only while it is the only page: refetching page one under loaded later
   * pages would shift rows between them.
   */
  refreshSignal: number;
  onMore: (cursor: string) => void;
}

function HistoryPage({ filter, after, isFirst, isLast, refreshSignal, onMore }: PageProps) {
  const [result, reexecute] = useQuery({
    query: MyTransactionsQuery,
    variables: { after, filter },
    requestPolicy: 'cache-and-network',
  });
  const onlyPage = isFirst && isLast;
  useEffect(() => {
    if (refreshSignal > 0 && onlyPage) reexecute({ requestPolicy: 'network-only' });
  }, [refreshSignal, onlyPage, reexecute]);

  const connection = result.data?.myTransactions;
  const rows = (connection?.edges ?? []).map((edge) => readFragment(WalletTransactionFields, edge.node));
  const problem = problemFromCombinedError(result.error);

  if (!connection && problem) {
    return (
      <FullRow>
        <FormAlert problem={problem} />
      </FullRow>
    );
  }
  if (!connection) {
    return (
      <FullRow>
        <p role="status" className="text-center text-sm opacity-75">
          Loading transactions…
        </p>
      </FullRow>
    );
  }
  if (isFirst && rows.length === 0) {
    return (
      <FullRow>
        <div className="py-6 text-center">
          <p className="text-lg font-semibold">
            {filter ? 'No transactions match these filters' : 'No transactions yet'}
          </p>
          <p className="mt-1 text-sm opacity-75">
            {filter
              ? 'Try another type, asset or date range.'
              : 'Deposits, bets, wins and grants will be listed here as they happen.'}
          </p>
        </div>
      </FullRow>
    );
  }
  return (
    <>
      {rows.map((row) => (
        <Row key={row.id} row={row} />
      ))}
      {isLast && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
        <FullRow>
          <div className="text-center">
            <button
              type="button"
              onClick={() => onMore(connection.pageInfo.endCursor as string)}
              className="rounded-md border border-brand-fg/30 px-4 py-2 text-sm font-semibold hover:bg-brand-fg/10"
            >
              Load more
            </button>
          </div>
        </FullRow>
      ) : null}
    </>
  );
}

function HistoryRows({ filter, liveVersion }: { filter: TransactionFilter | null; liveVersion: number }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  // Both only ever go up: their sum changes whenever either does.
  const refreshSignal = useFocusSignal() + liveVersion;
  return (
    <tbody>
      {cursors.map((after, index) => (
        <HistoryPage
          key={after ?? 'first'}
          filter={filter}
          after={after}
          isFirst={index === 0}
          isLast={index === cursors.length - 1}
          refreshSignal={refreshSignal}
          onMore={(cursor) => setCursors((list) => (list.includes(cursor) ? list : [...list, cursor]))}
        />
      ))}
    </tbody>
  );
}

const fieldClass = 'rounded-md border border-field-border bg-field px-3 py-2 text-sm text-field-fg [color-scheme:dark]';

function Filters({
  form,
  assets,
  onChange,
}: {
  form: TransactionFilterForm;
  assets: string[];
  onChange: (form: TransactionFilterForm) => void;
}) {
  const id = useId();
  const set = (patch: Partial<TransactionFilterForm>) => onChange({ ...form, ...patch });
  const active = form.kind !== '' || form.asset !== '' || form.fromDate !== '' || form.toDate !== '';
  return (
    <form
      role="search"
      aria-label="Filter transactions"
      onSubmit={(e) => e.preventDefault()}
      className="flex flex-wrap items-end gap-3"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-kind`} className="text-sm font-medium">
          Type
        </label>
        <select
          id={`${id}-kind`}
          value={form.kind}
          onChange={(e) => set({ kind: isTransactionKind(e.target.value) ? e.target.value : '' })}
          className={fieldClass}
        >
          <option value="">All types</option>
          {TRANSACTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {TRANSACTION_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-asset`} className="text-sm font-medium">
          Asset
        </label>
        <select
          id={`${id}-asset`}
          value={form.asset}
          onChange={(e) => set({ asset: e.target.value })}
          className={fieldClass}
        >
          <option value="">All assets</option>
          {assets.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-from`} className="text-sm font-medium">
          From
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={form.fromDate}
          max={form.toDate || undefined}
          onChange={(e) => set({ fromDate: e.target.value })}
          className={fieldClass}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-to`} className="text-sm font-medium">
          To
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={form.toDate}
          min={form.fromDate || undefined}
          onChange={(e) => set({ toDate: e.target.value })}
          className={fieldClass}
        />
      </div>
      {active ? (
        <button
          type="button"
          onClick={() => onChange(EMPTY_TRANSACTION_FILTER)}
          className="rounded-md px-3 py-2 text-sm font-medium underline-offset-2 hover:underline"
        >
          Clear filters
        </button>
      ) : null}
    </form>
  );
}

/**
 * The player's history: filters by type, asset and date range, newest first, "Load more" paging.
 * `liveVersion` goes up with every live balance push, so a new movement shows without a reload.
 */
export function TransactionHistory({ assets, liveVersion }: { assets: string[]; liveVersion: number }) {
  const [form, setForm] = useState<TransactionFilterForm>(EMPTY_TRANSACTION_FILTER);
  const built = useMemo(() => buildTransactionFilter(form), [form]);
  // While the form holds an invalid range, keep showing the last valid filter's rows.
  const [filter, setFilter] = useState<TransactionFilter | null>(null);
  useEffect(() => {
    if (built.ok) setFilter(built.filter);
  }, [built]);

  return (
    <div className="flex flex-col gap-4">
      <Filters form={form} assets={assets} onChange={setForm} />
      {built.ok ? null : <FormAlert>{built.message}</FormAlert>}
      <div className="overflow-x-auto rounded-xl border border-brand-fg/15">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Transactions, newest first</caption>
          <thead className="bg-brand-fg/5 text-xs uppercase tracking-wide opacity-80">
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className={`px-4 py-2 font-medium ${column === 'Amount' || column === 'Balance after' ? 'text-right' : ''}`}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          {/* A new filter starts again from the first page. */}
          <HistoryRows key={JSON.stringify(filter)} filter={filter} liveVersion={liveVersion} />
        </table>
      </div>
    </div>
  );
}
