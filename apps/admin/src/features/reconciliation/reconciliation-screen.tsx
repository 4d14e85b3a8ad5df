'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  FormAlert,
  problemFromCombinedError,
  readFragment,
  ReconciliationRunFields,
  ReconciliationRunsQuery,
  type ResultOf,
  RunReconciliationMutation,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, Card, EmptyState, formatDate, PageHeader } from '@/ui/primitives';
import { RECONCILIATION_CONTEXT } from './reconciliation-alert';

type Run = ResultOf<typeof ReconciliationRunFields>;

function summary(run: Run): string {
  if (run.status === 'BALANCED')
    return `Balanced: ${run.accountsChecked} accounts and ${run.transfersChecked} transactions checked, nothing found.`;
  const n = run.findings.length;
  return `${n} ${n === 1 ? 'discrepancy' : 'discrepancies'} found in ${run.accountsChecked} accounts and ${run.transfersChecked} transactions.`;
}

function RunRow({ run }: { run: Run }) {
  return (
    <tr className="border-t border-slate-100 align-top" aria-label={`Run of ${formatDate(run.finishedAt)}`}>
      <td className="px-4 py-3 whitespace-nowrap text-slate-700">{formatDate(run.finishedAt)}</td>
      <td className="px-4 py-3">
        <Badge tone={run.status === 'BALANCED' ? 'green' : 'red'}>
          {run.status === 'BALANCED' ? 'Balanced' : 'Discrepancy'}
        </Badge>
      </td>
      <td className="px-4 py-3 tabular-nums text-slate-700">
        {run.accountsChecked} accounts · {run.transfersChecked} transactions
      </td>
      <td className="px-4 py-3 text-slate-800">
        {run.findings.length === 0 ? (
          <span className="text-slate-500">Nothing found.</span>
        ) : (
          <ul className="list-disc space-y-1 pl-4">
            {run.findings.map((finding, i) => (
              <li key={i}>{finding.message}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function useRunsPage(after: string | null): PageOfRows<Run> {
  const [result] = useQuery({
    query: ReconciliationRunsQuery,
    variables: { after },
    context: RECONCILIATION_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  return pageOfConnection(result, result.data?.reconciliationRuns, (node) =>
    readFragment(ReconciliationRunFields, node),
  );
}

/**
 * Reconciliation: every run (hourly, and on demand) proves the tenant's ledger — transactions
 * balance, cached balances equal their entries, provider clearing matches the payment provider —
 * and lists what it found, in plain words.
 */
export function ReconciliationScreen() {
  const { role } = useViewer();
  const allowed = can(role, 'reconciliation.view');
  const [state, run] = useMutation(RunReconciliationMutation);
  const [latest, setLatest] = useState<Run | null>(null);
  const [generation, setGeneration] = useState(0);

  const runNow = async () => {
    setLatest(null);
    const result = await run({}, RECONCILIATION_CONTEXT);
    if (result.data) {
      setLatest(readFragment(ReconciliationRunFields, result.data.runReconciliation));
      setGeneration((n) => n + 1);
    }
  };

  return (
    <>
      <PageHeader
        title="Reconciliation"
        description="Proves the ledger holds together: every transaction balances, every player balance equals its entries, and money in transit with the payment provider matches the provider’s records. It runs every hour; run it now after a correction."
        actions={
          allowed ? (
            <Button onClick={() => void runNow()} disabled={state.fetching}>
              {state.fetching ? 'Running…' : 'Run now'}
            </Button>
          ) : null
        }
      />
      {!allowed ? (
        <EmptyState title="Not available for your role">
          Reconciliation is for owners, admins and finance staff.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <FormAlert problem={problemFromCombinedError(state.error)} />
          {latest ? (
            <p
              role="status"
              className={`rounded-md border px-3 py-2 text-sm ${latest.status === 'BALANCED' ? 'border-emerald-200 bg-emerald-50 text-emerald-800' : 'border-red-200 bg-red-50 text-red-800'}`}
            >
              {summary(latest)}
            </p>
          ) : null}
          <Card title="Runs" description="Newest first, with what each one found.">
            <PagedTable
              key={generation}
              columns={['Finished', 'Result', 'Checked', 'Findings']}
              usePage={useRunsPage}
              loadingLabel="Loading runs…"
              empty={
                <EmptyState title="No runs yet">
                  The first scheduled run appears here within the hour, or run one now.
                </EmptyState>
              }
              renderRow={(r) => <RunRow key={r.id} run={r} />}
            />
          </Card>
        </div>
      )}
    </>
  );
}
