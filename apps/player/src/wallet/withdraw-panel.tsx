'use client';

import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import {
  type ApiProblem,
  assetScale,
  FormAlert,
  formatMoney,
  parseMoneyInput,
  problemFromCombinedError,
  readFragment,
  RequestWithdrawalMutation,
  SubmitButton,
  TextField,
  WITHDRAWAL_STATUS_LABELS,
  WithdrawalFields,
  withdrawalProblemMessage,
  WithdrawalResultFields,
  useSubmissionKey,
} from '@casinox/web';
import { AssetSelect } from './asset-select';
import type { WalletView } from './use-my-wallets';

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
