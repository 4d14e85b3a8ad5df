'use client';

import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import {
  type ApiProblem,
  assetScale,
  FormAlert,
  formatMoney,
  isZeroMoney,
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
import { type ForfeitConfirmation, forfeitConfirmationFrom } from './withdraw-forfeit';

function availableHint(w: WalletView): string {
  const cash = `Available: ${formatMoney(w.available, w.asset.scale, w.asset.code)}`;
  return isZeroMoney(w.bonusBalance)
    ? cash
    : `${cash} (plus ${formatMoney(w.bonusBalance, w.asset.scale, w.asset.code)} bonus money, which cannot be withdrawn)`;
}

/**
 * Amount and asset → requestWithdrawal; refusals are typed results shown as sentences. Holding
 * bonus money, the player first confirms forfeiting it (the API insists), then it is re-sent.
 */
export function WithdrawForm({
  assets,
  wallets,
  onRequested,
}: {
  assets: string[];
  wallets: WalletView[];
  onRequested: (id: string) => void;
}) {
  const [asset, setAsset] = useState(assets[0] ?? '');
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Set while the player decides whether to give up their bonus money for this withdrawal.
  const [forfeit, setForfeit] = useState<(ForfeitConfirmation & { amount: string }) | null>(null);
  const [{ fetching }, request] = useMutation(RequestWithdrawalMutation);
  const submission = useSubmissionKey();
  const chosen = asset || assets[0] || '';
  const available = wallets.find((w) => w.asset.code === chosen);

  const send = async (minor: string, forfeitBonus: boolean) => {
    setProblem(null);
    setNotice(null);
    // The same key with or without the confirmation: a refusal to confirm writes nothing.
    const idempotencyKey = submission.keyFor(`${chosen}:${minor}`);
    const result = await request({ asset: chosen, amount: minor, idempotencyKey, forfeitBonus });
    const confirmation = forfeitBonus ? null : forfeitConfirmationFrom(result.error?.graphQLErrors, chosen);
    if (confirmation) return setForfeit({ ...confirmation, amount: minor });
    setForfeit(null);
    if (result.error || !result.data) {
      // Keep the key: submitting again retries the same withdrawal, which the API replays.
      setProblem(problemFromCombinedError(result.error));
      return;
    }
    submission.settle();
    const outcome = readFragment(WithdrawalResultFields, result.data.requestWithdrawal);
    if (!outcome.ok) {
      setProblem({
        code: outcome.code ?? 'REFUSED',
        message: withdrawalProblemMessage(outcome.code, outcome.message),
        fields: {},
      });
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setForfeit(null);
    const scale = assetScale(chosen, wallets);
    if (scale === null) return setAmountError('This currency cannot be withdrawn here.');
    const parsed = parseMoneyInput(amount, scale);
    if (!parsed.ok) return setAmountError(parsed.problem);
    setAmountError(undefined);
    await send(parsed.minor, false);
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
        <AssetSelect
          label="Currency"
          assets={assets}
          value={chosen}
          onChange={(next) => {
            setAsset(next);
            setForfeit(null);
          }}
        />
        <TextField
          label="Amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder="20.00"
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            setForfeit(null);
          }}
          error={amountError}
          hint={available ? availableHint(available) : undefined}
        />
      </div>
      {forfeit ? (
        <div
          role="alertdialog"
          aria-label="Confirm forfeiting your bonus"
          className="flex flex-col gap-3 rounded-md border border-danger/40 bg-danger/10 p-3 text-sm"
        >
          <p className="font-semibold">
            Withdrawing now forfeits your{' '}
            {formatMoney(forfeit.forfeitAmount, assetScale(forfeit.asset, wallets) ?? 2, forfeit.asset)} bonus money.
          </p>
          <p>
            Bonus money cannot be withdrawn: it goes back to the casino and your bonus ends. Your real money is not
            affected.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => setForfeit(null)}
              className="rounded-md border border-brand-fg/30 px-3 py-1.5 font-medium hover:bg-brand-fg/10"
            >
              Cancel
            </button>
            <button
              type="button"
              disabled={fetching}
              onClick={() => void send(forfeit.amount, true)}
              className="rounded-md bg-danger px-3 py-1.5 font-semibold text-white disabled:opacity-60"
            >
              {fetching ? 'Withdrawing…' : 'Withdraw and forfeit'}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <SubmitButton pending={fetching} pendingLabel="Requesting…">
            Withdraw
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
