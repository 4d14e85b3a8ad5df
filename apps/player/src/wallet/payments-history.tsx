'use client';

import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  approvalProgress,
  CancelWithdrawalMutation,
  DepositFields,
  formatMoney,
  FormAlert,
  MyDepositsQuery,
  MyWithdrawalsQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  WITHDRAWAL_STATUS_LABELS,
  WithdrawalFields,
  withdrawalProblemMessage,
  WithdrawalResultFields,
  useSubmissionKey,
} from '@casinox/web';

type DepositView = ResultOf<typeof DepositFields>;
type WithdrawalView = ResultOf<typeof WithdrawalFields>;

/** Poll while something is still moving (a deposit awaiting the provider, a payout under way). */
const POLL_MS = 2_000;
/** A deposit still pending this long after it started was abandoned at the checkout: stop polling for it. */
const PENDING_DEPOSIT_POLL_FOR_MS = 10 * 60_000;

const DEPOSIT_STATUS_TEXT = {
  PENDING: 'Waiting for payment',
  SUCCEEDED: 'Paid — the amount is on your balance',
  FAILED: 'Failed — nothing was charged to your balance',
} as const;

function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function describeWithdrawal(w: WithdrawalView): string {
  if (w.status === 'PENDING_APPROVAL')
    return `Pending approval (${approvalProgress(w.approvedBy, w.approvalsRequired)}) — you can cancel it until then`;
  if (w.status === 'PROCESSING') return 'Processing — sent to the payment provider';
  return WITHDRAWAL_STATUS_LABELS[w.status] + (w.reason ? ` — ${w.reason}` : '');
}

/**
 * One page of a list, refetched (first page only, while it is the only page) when `refreshSignal`
 * changes, and polled while `moving` says an item is still changing.
 */
function useRefresh(refetch: () => void, refreshSignal: number, onlyPage: boolean, moving: boolean) {
  useEffect(() => {
    if (refreshSignal > 0 && onlyPage) refetch();
  }, [refreshSignal, onlyPage, refetch]);
  useEffect(() => {
    if (!moving) return;
    const timer = setInterval(refetch, POLL_MS);
    return () => clearInterval(timer);
  }, [moving, refetch]);
}

function MoreButton({ onClick }: { onClick: () => void }) {
  return (
    <li className="py-3 text-center">
      <button
        type="button"
        onClick={onClick}
        className="rounded-md border border-brand-fg/30 px-3 py-1.5 text-sm font-semibold hover:bg-brand-fg/10"
      >
        Show older
      </button>
    </li>
  );
}

function ListShell({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h4 id={id} className="font-semibold">
        {title}
      </h4>
      <ul className="rounded-xl border border-brand-fg/15 bg-brand-fg/5 px-4">{children}</ul>
    </section>
  );
}

function DepositItem({ deposit }: { deposit: DepositView }) {
  const amount = formatMoney(deposit.amount, deposit.asset.scale, deposit.asset.code);
  const tone = deposit.status === 'SUCCEEDED' ? 'text-emerald-400' : deposit.status === 'FAILED' ? 'text-danger' : '';
  return (
    <li
      aria-label={`Deposit of ${amount}`}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-brand-fg/10 py-3 first:border-t-0"
    >
      <div>
        <p className="font-semibold tabular-nums">
          {amount} — <span className={tone}>{DEPOSIT_STATUS_TEXT[deposit.status]}</span>
        </p>
        <p className="text-sm opacity-75">
          {formatDateTime(deposit.createdAt)}
          {deposit.status === 'FAILED' && deposit.failureReason ? ` · ${deposit.failureReason}` : ''}
        </p>
      </div>
      {deposit.status === 'PENDING' && deposit.checkoutUrl ? (
        <a href={deposit.checkoutUrl} className="text-sm font-semibold underline">
          Continue to payment
        </a>
      ) : null}
    </li>
  );
}

function DepositPage({ after, isFirst, isLast, refreshSignal, onMore }: PageProps) {
  const [result, reexecute] = useQuery({
    query: MyDepositsQuery,
    variables: { after },
    requestPolicy: 'cache-and-network',
  });
  const deposits = (result.data?.myDeposits.edges ?? []).map((edge) => readFragment(DepositFields, edge.node));
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefresh(
    refetch,
    refreshSignal,
    isFirst && isLast,
    deposits.some((d) => d.status === 'PENDING' && Date.now() - Date.parse(d.createdAt) < PENDING_DEPOSIT_POLL_FOR_MS),
  );
  const problem = problemFromCombinedError(result.error);
  if (!result.data && problem)
    return (
      <li className="py-3">
        <FormAlert problem={problem} />
      </li>
    );
  if (isFirst && result.data && deposits.length === 0)
    return <li className="py-3 text-sm opacity-75">No deposits yet.</li>;
  const info = result.data?.myDeposits.pageInfo;
  return (
    <>
      {deposits.map((deposit) => (
        <DepositItem key={deposit.id} deposit={deposit} />
      ))}
      {isLast && info?.hasNextPage && info.endCursor ? (
        <MoreButton onClick={() => onMore(info.endCursor as string)} />
      ) : null}
    </>
  );
}

function WithdrawalItem({ withdrawal: w, onChanged }: { withdrawal: WithdrawalView; onChanged: () => void }) {
  const [cancelState, cancel] = useMutation(CancelWithdrawalMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const submission = useSubmissionKey();
  const amount = formatMoney(w.amount, w.asset.scale, w.asset.code);

  const onCancel = async () => {
    setProblem(null);
    const answer = await cancel({ id: w.id, idempotencyKey: submission.keyFor(`cancel:${w.id}`) });
    // Keep the key on a network failure: clicking again retries the same cancellation.
    if (answer.error || !answer.data)
      return setProblem(problemFromCombinedError(answer.error)?.message ?? 'The withdrawal could not be cancelled.');
    submission.settle();
    const outcome = readFragment(WithdrawalResultFields, answer.data.cancelWithdrawal);
    if (!outcome.ok) setProblem(withdrawalProblemMessage(outcome.code, outcome.message));
    onChanged();
  };

  return (
    <li
      aria-label={`Withdrawal of ${amount}`}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-brand-fg/10 py-3 first:border-t-0"
    >
      <div>
        <p className="font-semibold tabular-nums">{amount}</p>
        <p className="text-sm opacity-80">{describeWithdrawal(w)}</p>
        <p className="text-xs opacity-60">{formatDateTime(w.createdAt)}</p>
        {problem ? (
          <p role="alert" className="text-sm text-danger">
            {problem}
          </p>
        ) : null}
      </div>
      {w.status === 'PENDING_APPROVAL' ? (
        <button
          type="button"
          disabled={cancelState.fetching}
          onClick={() => void onCancel()}
          className="rounded-md border border-brand-fg/30 px-3 py-1.5 text-sm font-semibold hover:bg-brand-fg/10 disabled:opacity-60"
        >
          {cancelState.fetching ? 'Cancelling…' : 'Cancel withdrawal'}
        </button>
      ) : null}
    </li>
  );
}

function WithdrawalPage({ after, isFirst, isLast, refreshSignal, onMore }: PageProps) {
  const [result, reexecute] = useQuery({
    query: MyWithdrawalsQuery,
    variables: { after },
    requestPolicy: 'cache-and-network',
  });
  const withdrawals = (result.data?.myWithdrawals.edges ?? []).map((edge) => readFragment(WithdrawalFields, edge.node));
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefresh(
    refetch,
    refreshSignal,
    isFirst && isLast,
    withdrawals.some((w) => w.status === 'PROCESSING'),
  );
  const problem = problemFromCombinedError(result.error);
  if (!result.data && problem)
    return (
      <li className="py-3">
        <FormAlert problem={problem} />
      </li>
    );
  if (isFirst && result.data && withdrawals.length === 0)
    return <li className="py-3 text-sm opacity-75">No withdrawals yet.</li>;
  const info = result.data?.myWithdrawals.pageInfo;
  return (
    <>
      {withdrawals.map((w) => (
        <WithdrawalItem key={w.id} withdrawal={w} onChanged={refetch} />
      ))}
      {isLast && info?.hasNextPage && info.endCursor ? (
        <MoreButton onClick={() => onMore(info.endCursor as string)} />
      ) : null}
    </>
  );
}

interface PageProps {
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  refreshSignal: number;
  onMore: (cursor: string) => void;
}

function Pages({ Page, refreshSignal }: { Page: (props: PageProps) => ReactNode; refreshSignal: number }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return cursors.map((after, index) => (
    <Page
      key={after ?? 'first'}
      after={after}
      isFirst={index === 0}
      isLast={index === cursors.length - 1}
      refreshSignal={refreshSignal}
      onMore={(cursor) => setCursors((list) => (list.includes(cursor) ? list : [...list, cursor]))}
    />
  ));
}

/** The player's deposits with their status from the API, newest first. */
export function DepositList({ refreshSignal }: { refreshSignal: number }) {
  return (
    <ListShell id="my-deposits-heading" title="Your deposits">
      <Pages Page={DepositPage} refreshSignal={refreshSignal} />
    </ListShell>
  );
}

/** The player's withdrawals with their status from the API, newest first, with Cancel while one awaits approval. */
export function WithdrawalList({ refreshSignal }: { refreshSignal: number }) {
  return (
    <ListShell id="my-withdrawals-heading" title="Your withdrawals">
      <Pages Page={WithdrawalPage} refreshSignal={refreshSignal} />
    </ListShell>
  );
}

/**
 * What the provider's checkout said when it sent the player back (`?checkout=approved|declined`),
 * shown once: the address is cleaned so a reload does not repeat it.
 */
export function CheckoutReturnNotice() {
  const [outcome, setOutcome] = useState<'approved' | 'declined' | null>(null);
  useEffect(() => {
    const url = new URL(window.location.href);
    const value = url.searchParams.get('checkout');
    if (value !== 'approved' && value !== 'declined') return;
    setOutcome(value);
    url.searchParams.delete('checkout');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }, []);
  if (!outcome) return null;
  return (
    <p
      role="status"
      aria-label="Checkout"
      className={`rounded-md border px-3 py-2 text-sm ${outcome === 'approved' ? 'border-emerald-400/40 bg-emerald-400/10' : 'border-danger/40 bg-danger/10'}`}
    >
      {outcome === 'approved'
        ? 'Payment approved. Your balance updates as soon as the payment provider confirms it.'
        : 'Payment declined. Nothing was charged to your balance.'}
    </p>
  );
}
