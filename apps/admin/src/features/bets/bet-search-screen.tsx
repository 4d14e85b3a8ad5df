'use client';

import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useQuery } from 'urql';
import { BetRowFields, BetsQuery, readFragment, TextField } from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Button, Card, EmptyState, PageHeader } from '@/ui/primitives';
import { DEFAULT_BIG_WIN_MULTIPLE } from './bet-amounts';
import {
  BET_ASSETS,
  BET_STATUS_LABELS,
  BET_STATUSES,
  type BetFilterForm,
  type BetFilterVariables,
  type BetStatusName,
  buildBetFilter,
  EMPTY_BET_FILTER,
  GAME_CODES,
  GAME_LABELS,
  type GameCodeName,
} from './bet-filter';
import { betColumns, BetTableRow, type BetRowView } from './bet-row';

const selectClass = 'rounded-md border border-field-border bg-field px-3 py-2 text-field-fg';

function SelectField({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={selectClass}>
        {children}
      </select>
    </div>
  );
}

function useBetsPage(filter: BetFilterVariables | null) {
  return function useBets(after: string | null): PageOfRows<BetRowView> {
    const [result] = useQuery({ query: BetsQuery, variables: { after, filter }, requestPolicy: 'cache-and-network' });
    return pageOfConnection(result, result.data?.bets, (node) => readFragment(BetRowFields, node));
  };
}

/** Search the casino's bets by player, game, status, asset and date (UTC days), newest first. */
export function BetSearchScreen({ initialPlayerId = '' }: { initialPlayerId?: string }) {
  const { role } = useViewer();
  const allowed = can(role, 'bets.view');
  const initialForm: BetFilterForm = { ...EMPTY_BET_FILTER, playerId: initialPlayerId };
  const initial = buildBetFilter(initialForm);
  const [form, setForm] = useState<BetFilterForm>(initial.ok ? initialForm : EMPTY_BET_FILTER);
  const [filter, setFilter] = useState<BetFilterVariables | null>(initial.ok ? initial.filter : null);
  const [problem, setProblem] = useState<{ field: keyof BetFilterForm; text: string } | null>(null);
  const set = (patch: Partial<BetFilterForm>) => setForm((f) => ({ ...f, ...patch }));
  const errorFor = (field: keyof BetFilterForm) => (problem?.field === field ? problem.text : undefined);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const built = buildBetFilter(form);
    if (!built.ok) return setProblem({ field: built.field, text: built.problem });
    setProblem(null);
    setFilter(built.filter);
  };
  const onClear = () => {
    setForm(EMPTY_BET_FILTER);
    setProblem(null);
    setFilter(null);
  };

  return (
    <>
      <PageHeader
        title="Bets"
        description="Every bet of your casino, newest first. Narrow the list by player, game, status, asset and the days it was placed (UTC)."
      />
      {!allowed ? (
        <EmptyState title="Not available for your role">Bet search is for casino staff.</EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <Card title="Search">
            <form
              onSubmit={onSearch}
              noValidate
              aria-label="Search bets"
              className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3"
            >
              <TextField
                label="Player id"
                value={form.playerId}
                onChange={(e) => set({ playerId: e.target.value })}
                error={errorFor('playerId')}
                placeholder="e.g. 0b7e6a52-…"
                hint="From the player’s page."
                spellCheck={false}
              />
              <SelectField label="Game" value={form.game} onChange={(game) => set({ game: game as GameCodeName | '' })}>
                <option value="">All games</option>
                {GAME_CODES.map((code) => (
                  <option key={code} value={code}>
                    {GAME_LABELS[code]}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label="Status"
                value={form.status}
                onChange={(status) => set({ status: status as BetStatusName | '' })}
              >
                <option value="">Any status</option>
                {BET_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {BET_STATUS_LABELS[status]}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Asset" value={form.asset} onChange={(asset) => set({ asset })}>
                <option value="">Any asset</option>
                {BET_ASSETS.map((asset) => (
                  <option key={asset} value={asset}>
                    {asset}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="From (UTC day)"
                type="date"
                value={form.from}
                onChange={(e) => set({ from: e.target.value })}
                error={errorFor('from')}
              />
              <TextField
                label="To (UTC day, inclusive)"
                type="date"
                value={form.to}
                onChange={(e) => set({ to: e.target.value })}
                error={errorFor('to')}
              />
              <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
                <Button type="submit">Search</Button>
                <Button variant="secondary" onClick={onClear}>
                  Clear
                </Button>
              </div>
            </form>
          </Card>
          <Card
            title="Results"
            description={filter ? 'Bets matching the search, newest first.' : 'All bets, newest first.'}
          >
            <PagedTable
              key={JSON.stringify(filter)}
              columns={betColumns(true)}
              usePage={useBetsPage(filter)}
              loadingLabel="Loading bets…"
              empty={
                <EmptyState title={filter ? 'No bets match this search' : 'No bets yet'}>
                  Bets appear here as players place them.
                </EmptyState>
              }
              renderRow={(bet) => (
                <BetTableRow key={bet.id} bet={bet} bigWinMultiple={DEFAULT_BIG_WIN_MULTIPLE} showStatus />
              )}
            />
          </Card>
        </div>
      )}
    </>
  );
}
