'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ReconciliationOverviewQuery } from '@casinox/web';
import { formatDate } from '@/ui/primitives';

// A run (scheduled or "Run now") changes what the alert says.
export const RECONCILIATION_CONTEXT = { additionalTypenames: ['ReconciliationRun', 'ReconciliationOverview'] };
/** The scheduled job runs hourly; looking every few minutes is plenty. */
const RECHECK_MS = 5 * 60_000;

/**
 * The console-wide alert: shown on every screen while the latest reconciliation run found
 * discrepancies, until a later run is clean.
 */
export function ReconciliationAlert() {
  const [result, reexecute] = useQuery({
    query: ReconciliationOverviewQuery,
    context: RECONCILIATION_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), RECHECK_MS);
    return () => clearInterval(timer);
  }, [reexecute]);
  const overview = result.data?.reconciliationOverview;
  if (!overview?.hasDiscrepancies) return null;
  return (
    <div
      role="alert"
      aria-label="Reconciliation alert"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <p>
        <span className="font-semibold">Reconciliation alert:</span> the latest run (
        {formatDate(overview.latestRun?.finishedAt)}) found {overview.openAlerts}{' '}
        {overview.openAlerts === 1 ? 'discrepancy' : 'discrepancies'} in the ledger.
      </p>
      <Link href="/reconciliation" className="font-semibold underline">
        Review the findings
      </Link>
    </div>
  );
}
