'use client';

import Link from 'next/link';
import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  ADJUSTMENT_STATUS_LABELS,
  AdjustmentFields,
  adjustmentProblemMessage,
  AdjustmentResultFields,
  AdjustmentsQuery,
  type AdjustmentStatusName,
  ApproveAdjustmentMutation,
  canApproveAdjustment,
  FormAlert,
  formatMoney,
  problemFromCombinedError,
  readFragment,
  RejectAdjustmentMutation,
  type ResultOf,
  TextField,
  useSubmissionKey,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, Card, EmptyState, formatDate, PageHeader } from '@/ui/primitives';
import { ADJUSTMENT_CONTEXT, AdjustmentRequestForm } from './adjustment-request-form';

type AdjustmentRow = ResultOf<typeof AdjustmentFields>;
type Outcome = { tone: 'ok' | 'problem'; text: string };

/** The real-money assets an operator may adjust (game credits are not adjusted by hand). */
export const ADJUSTABLE_ASSETS = ['EUR', 'USD', 'GBP', 'USDC', 'BTC', 'ETH'];

const COLUMNS = ['Player', 'Amount', 'Reason', 'Requested', 'Status', { hidden: 'Actions' }];
const STATUS_TONE = { PENDING: 'amber', APPROVED: 'green', REJECTED: 'red' } as const;

function decisionText(a: AdjustmentRow): string | null {
  if (a.status === 'APPROVED') return `Approved ${formatDate(a.decidedAt)}: posted to the player’s balance.`;
  if (a.status === 'REJECTED')
    return `Rejected ${formatDate(a.decidedAt)}${a.decisionReason ? `: ${a.decisionReason}` : ''}.`;
  return null;
}

function Row({ a, operatorId, mayApprove }: { a: AdjustmentRow; operatorId: string | null; mayApprove: boolean }) {
  const [approveState, approve] = useMutation(ApproveAdjustmentMutation);
  const [rejectState, reject] = useMutation(RejectAdjustmentMutation);
  const approveKey = useSubmissionKey();
  const rejectKey = useSubmissionKey();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const amount = formatMoney(a.amount, a.asset.scale, a.asset.code, { sign: 'always' });
  const mine = operatorId !== null && a.requestedBy === operatorId;
  const busy = approveState.fetching || rejectState.fetching;
  const name = a.player?.displayName ?? a.playerId;

  const settle = (answer: ResultOf<typeof AdjustmentResultFields>, done: string) => {
    setOutcome(
      answer.ok
        ? { tone: 'ok', text: done }
        : { tone: 'problem', text: adjustmentProblemMessage(answer.code, answer.message) },
    );
  };

  const onApprove = async () => {
    setOutcome(null);
    const result = await approve(
      { id: a.id, idempotencyKey: approveKey.keyFor(`approve:${a.id}`) },
      ADJUSTMENT_CONTEXT,
    );
    if (result.error || !result.data)
      return setOutcome({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The approval failed.',
      });
    approveKey.settle();
    settle(
      readFragment(AdjustmentResultFields, result.data.approveAdjustment),
      'Approved: the adjustment is posted to the player’s balance.',
    );
  };

  const onReject = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text.length === 0 || text.length > 500) return setReasonError('Give a reason of 1–500 characters.');
    setReasonError(undefined);
    setOutcome(null);
    const result = await reject(
      { id: a.id, reason: text, idempotencyKey: rejectKey.keyFor(`reject:${a.id}:${text}`) },
      ADJUSTMENT_CONTEXT,
    );
    if (result.error || !result.data)
      return setOutcome({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The rejection failed.',
      });
    rejectKey.settle();
    setRejecting(false);
    settle(readFragment(AdjustmentResultFields, result.data.rejectAdjustment), 'Rejected: nothing moved.');
  };

  return (
    <>
      <tr className="border-t border-slate-100 align-top" aria-label={`Adjustment of ${amount} for ${name}`}>
        <td className="px-4 py-3">
          <Link href={`/players/${a.playerId}`} className="font-medium text-slate-900 hover:underline">
            {name}
          </Link>
          <p className="font-mono text-xs text-slate-500">{a.playerId}</p>
        </td>
        <td
          className={`px-4 py-3 font-semibold tabular-nums ${a.amount.startsWith('-') ? 'text-red-700' : 'text-emerald-700'}`}
        >
          {amount}
        </td>
        <td className="max-w-64 px-4 py-3 text-slate-700">{a.reason}</td>
        <td className="px-4 py-3 whitespace-nowrap text-slate-700">
          {formatDate(a.createdAt)}
          {mine ? (
            <div className="mt-1">
              <Badge tone="indigo">Requested by you</Badge>
            </div>
          ) : null}
        </td>
        <td className="px-4 py-3">
          <Badge tone={STATUS_TONE[a.status]}>{ADJUSTMENT_STATUS_LABELS[a.status]}</Badge>
          {decisionText(a) ? <p className="mt-1 max-w-56 text-xs text-slate-500">{decisionText(a)}</p> : null}
        </td>
        <td className="px-4 py-3">
          {a.status === 'PENDING' && mayApprove ? (
            <div className="flex flex-wrap gap-2">
              {/* Four eyes: the requester is never offered Approve (and the API refuses it anyway). */}
              {canApproveAdjustment(a, operatorId) ? (
                <Button onClick={() => void onApprove()} disabled={busy}>
                  {approveState.fetching ? 'Approving…' : 'Approve'}
                </Button>
              ) : (
                <span className="max-w-48 text-xs text-slate-500">
                  Another finance operator must approve your request.
                </span>
              )}
              <Button
                variant="danger"
                onClick={() => setRejecting((r) => !r)}
                disabled={busy}
                aria-expanded={rejecting}
              >
                Reject…
              </Button>
            </div>
          ) : null}
        </td>
      </tr>
      {rejecting || outcome ? (
        <tr>
          <td colSpan={COLUMNS.length} className="px-4 pb-4">
            {outcome ? (
              outcome.tone === 'ok' ? (
                <p
                  role="status"
                  className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
                >
                  {outcome.text}
                </p>
              ) : (
                <FormAlert>{outcome.text}</FormAlert>
              )
            ) : null}
            {rejecting ? (
              <form
                onSubmit={(e) => void onReject(e)}
                noValidate
                className="mt-2 flex flex-wrap items-end gap-2"
                aria-label={`Reject adjustment of ${amount} for ${name}`}
              >
                <TextField
                  label="Reason for rejecting"
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  error={reasonError}
                  maxLength={500}
                  className="flex min-w-64 flex-1 flex-col gap-1"
                />
                <Button type="submit" variant="danger" disabled={busy}>
                  {rejectState.fetching ? 'Rejecting…' : 'Reject adjustment'}
                </Button>
              </form>
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}

function useAdjustmentsPage(status: AdjustmentStatusName | '', playerId?: string) {
  return function useAdjustments(after: string | null): PageOfRows<AdjustmentRow> {
    const filter = status || playerId ? { ...(status ? { status } : {}), ...(playerId ? { playerId } : {}) } : null;
    const [result] = useQuery({
      query: AdjustmentsQuery,
      variables: { after, filter },
      context: ADJUSTMENT_CONTEXT,
      requestPolicy: 'cache-and-network',
    });
    return pageOfConnection(result, result.data?.adjustments, (node) => readFragment(AdjustmentFields, node));
  };
}

/** The adjustments table, newest first, with Approve / Reject for finance; `playerId` narrows it to one player. */
export function AdjustmentsTable({ playerId }: { playerId?: string }) {
  const { role, viewer } = useViewer();
  const [status, setStatus] = useState<AdjustmentStatusName | ''>('');
  const id = useId();
  const mayApprove = can(role, 'adjustments.approve');
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          Status
        </label>
        <select
          id={id}
          value={status}
          onChange={(e) => setStatus(e.target.value as AdjustmentStatusName | '')}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          <option value="">All</option>
          {(Object.keys(ADJUSTMENT_STATUS_LABELS) as AdjustmentStatusName[]).map((s) => (
            <option key={s} value={s}>
              {ADJUSTMENT_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <PagedTable
        key={`${status}:${playerId ?? ''}`}
        columns={COLUMNS}
        usePage={useAdjustmentsPage(status, playerId)}
        loadingLabel="Loading adjustments…"
        empty={
          <EmptyState title={status ? 'No adjustments in this status' : 'No adjustments yet'}>
            Manual credits and debits appear here when an operator requests one.
          </EmptyState>
        }
        renderRow={(a) => <Row key={a.id} a={a} operatorId={viewer.operator?.id ?? null} mayApprove={mayApprove} />}
      />
    </div>
  );
}

/** Manual adjustments: request one, and approve or reject the ones colleagues requested (four eyes). */
export function AdjustmentsScreen() {
  const { role } = useViewer();
  const allowed = can(role, 'adjustments.view');
  return (
    <>
      <PageHeader
        title="Adjustments"
        description="Manual credits and debits of a player’s cash. Nothing moves until a finance operator other than the requester approves (four eyes); the approval posts it to the ledger."
      />
      {!allowed ? (
        <EmptyState title="Not available for your role">
          Adjustments are for owners, admins and finance staff.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          {can(role, 'adjustments.request') ? (
            <Card
              title="Request an adjustment"
              description="For a player of this casino, by their id (open a player from the Players screen to request one there)."
            >
              <AdjustmentRequestForm assets={ADJUSTABLE_ASSETS} />
            </Card>
          ) : null}
          <Card title="Requested adjustments" description="Newest first.">
            <AdjustmentsTable />
          </Card>
        </div>
      )}
    </>
  );
}
