'use client';

import { type FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  type ApiProblem,
  approvalProgress,
  assetScale,
  CancelWithdrawalMutation,
  FormAlert,
  formatMoney,
  MyWithdrawalQuery,
  parseMoneyInput,
  problemFromCombinedError,
  readFragment,
  RequestWithdrawalMutation,
  type ResultOf,
  SubmitButton,
  TextField,
  WITHDRAWAL_STATUS_LABELS,
  WithdrawalFields,
  withdrawalProblemMessage,
  WithdrawalResultFields,
} from '@casinox/web';
import { AssetSelect } from './asset-select';
import { useSubmissionKey } from './followed-payments';
import type { WalletView } from './use-my-wallets';

type WithdrawalView = ResultOf<typeof WithdrawalFields>;

function describe(w: WithdrawalView): string {
  if (w.status === 'PENDING_APPROVAL') return `Pending approval (${approvalProgress(w.approvedBy, w.approvalsRequired)}) — you can cancel it until then`;
  if (w.status === 'PROCESSING') return 'Processing — sent to the payment provider';
  return WITHDRAWAL_STATUS_LABELS[w.status] + (w.reason ? ` — ${w.reason}` : '');
}

/** One withdrawal this player asked for here, followed by id, with Cancel while it awaits approval. */
function WithdrawalItem({ id, refreshSignal, onGone }: { id: string; refreshSignal: number; onGone: () => void }) {
  const [result, reexecute] = useQuery({ query: MyWithdrawalQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [cancelState, cancel] = useMutation(CancelWithdrawalMutation);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (refreshSignal > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshSignal, reexecute]);

  const raw = result.data?.myWithdrawal;
  if (result.data && !raw) return null;
  if (!raw) return null;
  const w = readFragment(WithdrawalFields, raw);
  const amount = formatMoney(w.amount, w.asset.scale, w.asset.code);

  const onCancel = async () => {
    setProblem(null);
    const answer = await cancel({ id });
    if (answer.error || !answer.data) return setProblem(problemFromCombinedError(answer.error)?.message ?? 'The withdrawal could not be cancelled.');
    const outcome = readFragment(WithdrawalResultFields, answer.data.cancelWithdrawal);
    if (!outcome.ok) setProblem(withdrawalProblemMessage(outcome.code, outcome.message));
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <li aria-label={`Withdrawal of ${amount}`} className="flex flex-wrap items-center justify-between gap-3 border-t border-brand-fg/10 py-3 first:border-t-0">
      <div>
        <p className="font-semibold tabular-nums">{amount}</p>
        <p className="text-sm opacity-80">{describe(w)}</p>
        {problem ? (
          <p role="alert" className="text-sm text-danger">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2">
        {w.status === 'PENDING_APPROVAL' ? (
          <button
            type="button"
            disabled={cancelState.fetching}
            onClick={() => void onCancel()}
            className="rounded-md border border-brand-fg/30 px-3 py-1.5 text-sm font-semibold hover:bg-brand-fg/10 disabled:opacity-60"
          >
            {cancelState.fetching ? 'Cancelling…' : 'Cancel withdrawal'}
          </button>
        ) : w.status !== 'PROCESSING' ? (
          <button type="button" onClick={onGone} className="rounded-md px-3 py-1.5 text-sm opacity-75 hover:bg-brand-fg/10">
            Dismiss
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** The withdrawals this player asked for in this browser (the API offers no list of them). */
export function WithdrawalList({ ids, refreshSignal, onForget }: { ids: string[]; refreshSignal: number; onForget: (id: string) => void }) {
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="my-withdrawals-heading" className="flex flex-col gap-2">
      <h3 id="my-withdrawals-heading" className="font-semibold">
        Your withdrawals
      </h3>
      <ul className="rounded-xl border border-brand-fg/15 bg-brand-fg/5 px-4">
        {ids.map((id) => (
          <WithdrawalItem key={id} id={id} refreshSignal={refreshSignal} onGone={() => onForget(id)} />
        ))}
      </ul>
    </section>
  );
}

/** Amount and asset → requestWithdrawal; refusals are typed results shown as sentences. */
export function WithdrawForm({ assets, wallets, onRequested }: { assets: string[]; wallets: WalletView[]; onRequested: (id: string) => void }) {
  const [asset, setAsset] = useState(assets[0] ?? '');
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching }, request] = useMutation(RequestWithdrawalMutation);
  const submission = useSubmissionKey();
  const chosen = asset || assets[0] || '';
  const available = wallets.find((w) => w.asset.code === chosen);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setNotice(null);
    const scale = assetScale(chosen, wallets);
    if (scale === null) return setAmountError('This currency cannot be withdrawn here.');
    const parsed = parseMoneyInput(amount, scale);
    if (!parsed.ok) return setAmountError(parsed.problem);
    setAmountError(undefined);
    const idempotencyKey = submission.keyFor(`${chosen}:${parsed.minor}`);
    const result = await request({ asset: chosen, amount: parsed.minor, idempotencyKey });
    if (result.error || !result.data) {
      // Keep the key: submitting again retries the same withdrawal, which the API replays.
      setProblem(problemFromCombinedError(result.error));
      return;
    }
    submission.settle();
    const outcome = readFragment(WithdrawalResultFields, result.data.requestWithdrawal);
    if (!outcome.ok) {
      setProblem({ code: outcome.code ?? 'REFUSED', message: withdrawalProblemMessage(outcome.code, outcome.message), fields: {} });
      return;
    }
    const w = outcome.withdrawal ? readFragment(WithdrawalFields, outcome.withdrawal) : null;
    if (w) {
      onRequested(w.id);
      const text = formatMoney(w.amount, w.asset.scale, w.asset.code);
      setNotice(
        w.status === 'PENDING_APPROVAL'
          ? `Withdrawal of ${text} is pending approval: it needs ${w.approvalsRequired} approvals from our finance team. The amount is held meanwhile.`
          : `Withdrawal of ${text}: ${WITHDRAWAL_STATUS_LABELS[w.status].toLowerCase()}.`,
      );
    }
    setAmount('');
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Withdraw" className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      {notice ? (
        <p role="status" className="rounded-md border border-emerald-400/40 bg-emerald-400/10 px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <AssetSelect label="Currency" assets={assets} value={chosen} onChange={setAsset} />
        <TextField
          label="Amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder="20.00"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={amountError}
          hint={available ? `Available: ${formatMoney(available.available, available.asset.scale, available.asset.code)}` : undefined}
        />
      </div>
      <div>
        <SubmitButton pending={fetching} pendingLabel="Requesting…">
          Withdraw
        </SubmitButton>
      </div>
    </form>
  );
}
