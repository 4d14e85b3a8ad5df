'use client';

import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  approvalProgress,
  ApproveWithdrawalMutation,
  FormAlert,
  formatMoney,
  problemFromCombinedError,
  readFragment,
  RejectWithdrawalMutation,
  type ResultOf,
  TextField,
  useSubmissionKey,
  WITHDRAWAL_STATUS_LABELS,
  WithdrawalApprovalQueueQuery,
  WithdrawalFields,
  withdrawalProblemMessage,
  WithdrawalResultFields,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, Card, EmptyState, formatDate, PageHeader } from '@/ui/primitives';

type WithdrawalView = ResultOf<typeof WithdrawalFields> & { playerName: string | null };
type Outcome = { tone: 'ok' | 'problem'; text: string };

// The queue refetches after an approval or rejection, even when it shows none.
const WITHDRAWAL_CONTEXT = { additionalTypenames: ['Withdrawal'] };
const COLUMNS = ['Player', 'Amount', 'Requested', 'Approvals', 'Actions'];

function outcomeText(w: ResultOf<typeof WithdrawalFields> | null, action: 'approve' | 'reject'): string {
  if (!w) return action === 'approve' ? 'Approved.' : 'Rejected.';
  if (action === 'reject') return 'Rejected: the held amount is available to the player again.';
  if (w.status === 'PENDING_APPROVAL') {
    const missing = w.approvalsRequired - w.approvedBy.length;
    return `Your approval is recorded (${approvalProgress(w.approvedBy, w.approvalsRequired)}). Still pending: it needs ${missing} more approval${missing === 1 ? '' : 's'} from a different finance operator.`;
  }
  return `Fully approved: ${WITHDRAWAL_STATUS_LABELS[w.status].toLowerCase()}.`;
}

function Row({
  w,
  operatorId,
  onOutcome,
}: {
  w: WithdrawalView;
  operatorId: string | null;
  onOutcome: (outcome: Outcome) => void;
}) {
  const [approveState, approve] = useMutation(ApproveWithdrawalMutation);
  const [rejectState, reject] = useMutation(RejectWithdrawalMutation);
  const approveKey = useSubmissionKey();
  const rejectKey = useSubmissionKey();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const amount = formatMoney(w.amount, w.asset.scale, w.asset.code);
  const approvedByMe = operatorId !== null && w.approvedBy.includes(operatorId);
  const busy = approveState.fetching || rejectState.fetching;

  const settle = (answer: ResultOf<typeof WithdrawalResultFields>, action: 'approve' | 'reject') => {
    const after = answer.withdrawal ? readFragment(WithdrawalFields, answer.withdrawal) : null;
    onOutcome(
      answer.ok
        ? { tone: 'ok', text: outcomeText(after, action) }
        : { tone: 'problem', text: withdrawalProblemMessage(answer.code, answer.message) },
    );
  };

  const onApprove = async () => {
    const result = await approve(
      { id: w.id, idempotencyKey: approveKey.keyFor(`approve:${w.id}`) },
      WITHDRAWAL_CONTEXT,
    );
    // A network failure keeps the key: approving again retries the same approval.
    if (result.error || !result.data)
      return onOutcome({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The approval failed.',
      });
    approveKey.settle();
    settle(readFragment(WithdrawalResultFields, result.data.approveWithdrawal), 'approve');
  };

  const onReject = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text.length === 0 || text.length > 500) return setReasonError('Give a reason of 1–500 characters.');
    setReasonError(undefined);
    const result = await reject(
      { id: w.id, reason: text, idempotencyKey: rejectKey.keyFor(`reject:${w.id}:${text}`) },
      WITHDRAWAL_CONTEXT,
    );
    if (result.error || !result.data)
      return onOutcome({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The rejection failed.',
      });
    rejectKey.settle();
    setRejecting(false);
    settle(readFragment(WithdrawalResultFields, result.data.rejectWithdrawal), 'reject');
  };

  return (
    <>
      <tr className="border-t border-slate-100 align-top" aria-label={`Withdrawal of ${amount}`}>
        <td className="px-4 py-3">
          <p className="font-medium text-slate-900">{w.playerName ?? 'Player'}</p>
          <p className="font-mono text-xs text-slate-600" title={w.playerId}>
            {w.playerId}
          </p>
        </td>
        <td className="px-4 py-3 font-semibold tabular-nums text-slate-900">{amount}</td>
        <td className="px-4 py-3 whitespace-nowrap text-slate-700">{formatDate(w.createdAt)}</td>
        <td className="px-4 py-3">
          <div className="flex flex-col items-start gap-1">
            <span className="tabular-nums text-slate-800">{approvalProgress(w.approvedBy, w.approvalsRequired)}</span>
            {approvedByMe ? <Badge tone="indigo">Approved by you</Badge> : null}
          </div>
        </td>
        <td className="px-4 py-3">
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void onApprove()} disabled={busy}>
              {approveState.fetching ? 'Approving…' : 'Approve'}
            </Button>
            <Button variant="danger" onClick={() => setRejecting((r) => !r)} disabled={busy} aria-expanded={rejecting}>
              Reject…
            </Button>
          </div>
        </td>
      </tr>
      {rejecting ? (
        <tr>
          <td colSpan={COLUMNS.length} className="px-4 pb-4">
            <form
              onSubmit={(e) => void onReject(e)}
              noValidate
              className="mt-2 flex flex-wrap items-end gap-2"
              aria-label={`Reject withdrawal of ${amount}`}
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
                {rejectState.fetching ? 'Rejecting…' : 'Reject withdrawal'}
              </Button>
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}

function useQueuePage(after: string | null): PageOfRows<WithdrawalView> {
  const [result] = useQuery({
    query: WithdrawalApprovalQueueQuery,
    variables: { after },
    context: WITHDRAWAL_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  return pageOfConnection(result, result.data?.withdrawalApprovalQueue, (node) => ({
    ...readFragment(WithdrawalFields, node),
    playerName: node.player?.displayName ?? null,
  }));
}

/** Withdrawals above the tenant's threshold, waiting for two different finance operators. */
export function WithdrawalsScreen() {
  const { role, viewer } = useViewer();
  const allowed = can(role, 'withdrawals.approve');
  const [generation, setGeneration] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  return (
    <>
      <PageHeader
        title="Withdrawals"
        description="Withdrawals above the approval threshold wait for two different finance operators (four eyes). The first approval keeps the amount on hold; the second sends it to the payment provider."
        actions={
          allowed ? (
            <Button variant="secondary" onClick={() => setGeneration((n) => n + 1)}>
              Refresh
            </Button>
          ) : null
        }
      />
      {!allowed ? (
        <EmptyState title="Not available for your role">
          Withdrawal approvals are for owners and finance staff.
        </EmptyState>
      ) : (
        <Card title="Awaiting approval" description="Oldest first.">
          {outcome ? (
            <div className="mb-3">
              {outcome.tone === 'ok' ? (
                <p
                  role="status"
                  className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
                >
                  {outcome.text}
                </p>
              ) : (
                <FormAlert>{outcome.text}</FormAlert>
              )}
            </div>
          ) : null}
          <PagedTable
            key={generation}
            columns={COLUMNS}
            usePage={useQueuePage}
            loadingLabel="Loading the approval queue…"
            empty={
              <EmptyState title="No withdrawals awaiting approval">
                Withdrawals above the threshold appear here when players request them.
              </EmptyState>
            }
            renderRow={(w) => <Row key={w.id} w={w} operatorId={viewer.operator?.id ?? null} onOutcome={setOutcome} />}
          />
        </Card>
      )}
    </>
  );
}
