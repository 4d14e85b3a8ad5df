'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import {
  buildTransactionFilter,
  EMPTY_TRANSACTION_FILTER,
  FormAlert,
  formatMoney,
  isTransactionKind,
  PlayerTransactionsQuery,
  readFragment,
  type ResultOf,
  TRANSACTION_KIND_LABELS,
  TRANSACTION_KINDS,
  type TransactionFilter,
  type TransactionFilterForm,
  WalletTransactionFields,
} from '@casinox/web';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { EmptyState, formatDate } from '@/ui/primitives';

type TransactionRow = ResultOf<typeof WalletTransactionFields>;

const fieldClass = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

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
      aria-label="Filter the ledger"
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
          className="px-2 py-1.5 text-sm font-medium text-slate-700 hover:underline"
        >
          Clear filters
        </button>
      ) : null}
    </form>
  );
}

function Row({ row }: { row: TransactionRow }) {
  const credit = !row.amount.startsWith('-');
  return (
    <tr className="border-t border-slate-100">
      <td className="px-4 py-3 whitespace-nowrap text-slate-700">
        <time dateTime={row.createdAt}>{formatDate(row.createdAt)}</time>
      </td>
      <td className="px-4 py-3 text-slate-800">
        {TRANSACTION_KIND_LABELS[row.kind]}
        {row.bucket === 'BONUS' ? (
          <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs">Bonus</span>
        ) : null}
      </td>
      <td className="px-4 py-3 font-mono text-xs text-slate-500">{row.reference ?? ''}</td>
      <td
        className={`px-4 py-3 text-right font-semibold tabular-nums ${credit ? 'text-emerald-700' : 'text-slate-900'}`}
      >
        {formatMoney(row.amount, row.asset.scale, row.asset.code, { sign: 'always' })}
      </td>
      <td className="px-4 py-3 text-right tabular-nums text-slate-600">
        {formatMoney(row.balanceAfter, row.asset.scale, row.asset.code)}
      </td>
    </tr>
  );
}

function useLedgerPage(playerId: string, filter: TransactionFilter | null) {
  return function useLedger(after: string | null): PageOfRows<TransactionRow> {
    const [result] = useQuery({
      query: PlayerTransactionsQuery,
      variables: { id: playerId, after, filter },
      requestPolicy: 'cache-and-network',
    });
    return pageOfConnection(result, result.data?.player?.transactions, (node) =>
      readFragment(WalletTransactionFields, node),
    );
  };
}

/**
 * A player's ledger as operators read it: every movement on their balances, newest first,
 * filtered and paged. A new `refresh` value reloads it from the first page.
 */
export function PlayerLedger({ playerId, assets, refresh }: { playerId: string; assets: string[]; refresh: number }) {
  const [form, setForm] = useState<TransactionFilterForm>(EMPTY_TRANSACTION_FILTER);
  const built = useMemo(() => buildTransactionFilter(form), [form]);
  const [filter, setFilter] = useState<TransactionFilter | null>(null);
  useEffect(() => {
    if (built.ok) setFilter(built.filter);
  }, [built]);
  return (
    <div className="flex flex-col gap-4">
      <Filters form={form} assets={assets} onChange={setForm} />
      {built.ok ? null : <FormAlert>{built.message}</FormAlert>}
      <PagedTable
        key={`${JSON.stringify(filter)}:${refresh}`}
        columns={['Date', 'Type', 'Reference', 'Amount', 'Balance after']}
        usePage={useLedgerPage(playerId, filter)}
        loadingLabel="Loading the ledger…"
        empty={
          <EmptyState title={filter ? 'No transactions match these filters' : 'No transactions yet'}>
            {filter
              ? 'Try another type, asset or date range.'
              : 'Deposits, bets, wins and adjustments are listed here as they happen.'}
          </EmptyState>
        }
        renderRow={(row) => <Row key={row.id} row={row} />}
      />
    </div>
  );
}
