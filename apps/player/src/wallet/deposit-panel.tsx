'use client';

import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import {
  type ApiProblem,
  assetScale,
  DepositFields,
  FormAlert,
  parseMoneyInput,
  problemFromCombinedError,
  readFragment,
  StartDepositMutation,
  SubmitButton,
  TextField,
  useSubmissionKey,
} from '@casinox/web';
import { AssetSelect } from './asset-select';
import type { WalletView } from './use-my-wallets';

/**
 * Amount and asset → startDeposit → the provider's checkout page in this tab, which sends the
 * player back to `returnPath` (this wallet page) when they pay or decline.
 */
export function DepositForm({ assets, wallets, returnPath }: { assets: string[]; wallets: WalletView[]; returnPath: string }) {
  const [asset, setAsset] = useState(assets[0] ?? '');
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const [{ fetching }, startDeposit] = useMutation(StartDepositMutation);
  const submission = useSubmissionKey();
  const chosen = asset || assets[0] || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const scale = assetScale(chosen, wallets);
    if (scale === null) return setAmountError('This currency cannot be deposited here.');
    const parsed = parseMoneyInput(amount, scale);
    if (!parsed.ok) return setAmountError(parsed.problem);
    setAmountError(undefined);
    const idempotencyKey = submission.keyFor(`${chosen}:${parsed.minor}`);
    const result = await startDeposit({ asset: chosen, amount: parsed.minor, idempotencyKey, returnUrl: returnPath });
    if (result.error || !result.data) {
      // Keep the key: submitting again retries the same deposit.
      setProblem(problemFromCombinedError(result.error));
      return;
    }
    submission.settle();
    const deposit = readFragment(DepositFields, result.data.startDeposit);
    if (deposit.checkoutUrl) {
      setRedirecting(true);
      window.location.assign(deposit.checkoutUrl);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Deposit" className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <AssetSelect label="Currency" assets={assets} value={chosen} onChange={setAsset} />
        <TextField label="Amount" inputMode="decimal" autoComplete="off" placeholder="50.00" value={amount} onChange={(e) => setAmount(e.target.value)} error={amountError} />
      </div>
      <div>
        <SubmitButton pending={fetching || redirecting} pendingLabel={redirecting ? 'Opening checkout…' : 'Starting…'}>
          Deposit
        </SubmitButton>
      </div>
      <p className="text-xs opacity-75">You pay on the payment provider’s page and come back here; your balance updates as soon as the payment is confirmed.</p>
    </form>
  );
}
