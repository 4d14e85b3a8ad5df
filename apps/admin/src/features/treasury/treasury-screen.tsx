'use client';

import Link from 'next/link';
import { useQuery } from 'urql';
import {
  FormAlert,
  formatMoney,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  TreasuryBalanceFields,
  TreasuryQuery,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { Button, Card, EmptyState, LoadingState, PageHeader } from '@/ui/primitives';
import { groupTreasury, TREASURY_ACCOUNT_LABELS } from './group-treasury';

type TreasuryRow = ResultOf<typeof TreasuryBalanceFields>;

function Balance({ row }: { row: TreasuryRow }) {
  const negative = row.balance.startsWith('-');
  return (
    <span className={`font-semibold tabular-nums ${negative ? 'text-red-700' : 'text-slate-900'}`}>
      {formatMoney(row.balance, row.asset.scale, row.asset.code)}
    </span>
  );
}

function TreasuryTables({ rows }: { rows: TreasuryRow[] }) {
  const groups = groupTreasury(rows);
  if (groups.length === 0) {
    return (
      <EmptyState title="No treasury balances yet">
        The casino’s accounts open with the first money that moves: a player’s first bet, deposit or grant.
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      {groups.map((group) => {
        const { title, description } = TREASURY_ACCOUNT_LABELS[group.account];
        const pooled = group.account === 'JACKPOT_POOL' || group.account === 'TOURNAMENT_ESCROW';
        return (
          <Card key={group.account} title={title} description={description}>
            <div className="-mx-5 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Asset
                    </th>
                    {pooled ? (
                      <th scope="col" className="px-4 py-2 font-medium">
                        {group.account === 'JACKPOT_POOL' ? 'Jackpot' : 'Tournament'}
                      </th>
                    ) : null}
                    <th scope="col" className="px-4 py-2 text-right font-medium">
                      Balance
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.lines.map((row) => (
                    <tr key={`${row.asset.code}:${row.reference}`} className="border-t border-slate-100">
                      <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                        {row.asset.code}
                      </th>
                      {pooled ? (
                        <td className="px-4 py-3 font-mono text-xs text-slate-600">{row.reference || '—'}</td>
                      ) : null}
                      <td className="px-4 py-3 text-right">
                        <Balance row={row} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        );
      })}
    </div>
  );
}

/** The tenant's own books: house, jackpot pools, tournament escrow, provider clearing, commission. */
export function TreasuryScreen() {
  const { role } = useViewer();
  const allowed = can(role, 'treasury.view');
  const [result, reexecute] = useQuery({ query: TreasuryQuery, pause: !allowed, requestPolicy: 'cache-and-network' });
  const tenant = result.data?.currentTenant;
  const problem = problemFromCombinedError(result.error);

  return (
    <>
      <PageHeader
        title="Treasury"
        description={
          <>
            The casino’s own ledger accounts by asset. Balances are the sum of each account’s entries; the house is
            negative while players hold winnings. Daily limits and approval thresholds for payouts are in the{' '}
            <Link href="/settings#withdrawal-rules" className="font-medium text-brand underline">
              withdrawal rules
            </Link>
            .
          </>
        }
        actions={
          allowed ? (
            <Button
              variant="secondary"
              disabled={result.fetching}
              onClick={() => reexecute({ requestPolicy: 'network-only' })}
            >
              {result.fetching ? 'Refreshing…' : 'Refresh'}
            </Button>
          ) : null
        }
      />
      {!allowed ? (
        <EmptyState title="Not available for your role">
          The treasury is visible to owners, admins and finance staff.
        </EmptyState>
      ) : !tenant && problem ? (
        <FormAlert problem={problem} />
      ) : !tenant ? (
        <LoadingState label="Loading the treasury…" />
      ) : (
        <TreasuryTables rows={tenant.treasury.map((row) => readFragment(TreasuryBalanceFields, row))} />
      )}
    </>
  );
}
