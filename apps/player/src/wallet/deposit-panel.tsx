'use client';

import { type FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  type ApiProblem,
  assetScale,
  DepositFields,
  FormAlert,
  formatMoney,
  MyDepositQuery,
  parseMoneyInput,
  problemFromCombinedError,
  readFragment,
  StartDepositMutation,
  SubmitButton,
  TextField,
} from '@casinox/web';
import { AssetSelect } from './asset-select';
import { useSubmissionKey } from './followed-payments';
import type { WalletView } from './use-my-wallets';

const POLL_MS = 2_000;
/** Poll a pending deposit this long after the page shows it; the balance push covers the rest. */
const POLL_FOR_MS = 2 * 60_000;

const STATUS_TEXT = {
  PENDING: 'Waiting for payment',
  SUCCEEDED: 'Paid — the amount is on your balance',
  FAILED: 'Failed — nothing was charged to your balance',
} as const;

/** The latest deposit this player started here, polled while it is pending. */
export function LatestDeposit({ id, liveVersion }: { id: string; liveVersion: number }) {
  const [result, reexecute] = useQuery({ query: MyDepositQuery, variables: { id }, requestPolicy: 'network-only' });
  const deposit = result.data?.myDeposit ? readFragment(DepositFields, result.data.myDeposit) : null;
  const pending = deposit?.status === 'PENDING';
  const [startedAt] = useState(() => Date.now());

  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => {
      if (Date.now() - startedAt < POLL_FOR_MS) reexecute({ requestPolicy: 'network-only' });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [pending, reexecute, startedAt]);
  // A balance push may be this deposit landing: look again at once.
  useEffect(() => {
    if (liveVersion > 0) reexecute({ requestPolicy: 'network-only' });
  }, [liveVersion, reexecute]);

  if (!deposit) return null;
  const tone = deposit.status === 'SUCCEEDED' ? 'text-emerald-400' : deposit.status === 'FAILED' ? 'text-danger' : '';
  return (
    <div role="status" aria-label="Latest deposit" className="rounded-md border border-brand-fg/15 bg-brand-fg/5 px-3 py-2 text-sm">
      <span className="font-semibold">Latest deposit:</span> {formatMoney(deposit.amount, deposit.asset.scale, deposit.asset.code)} —{' '}
      <span className={tone}>{STATUS_TEXT[deposit.status]}</span>
      {deposit.status === 'FAILED' && deposit.failureReason ? <span className="opacity-75"> ({deposit.failureReason})</span> : null}
      {deposit.status === 'PENDING' && deposit.checkoutUrl ? (
        <>
          {' '}
          <a href={deposit.checkoutUrl} className="underline">
            Continue to payment
          </a>
        </>
      ) : null}
    </div>
  );
}

/** Amount and asset → startDeposit → the provider's checkout page in this tab. */
export function DepositForm({ assets, wallets, onStarted }: { assets: string[]; wallets: WalletView[]; onStarted: (id: string) => void }) {
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
    const result = await startDeposit({ asset: chosen, amount: parsed.minor, idempotencyKey });
    if (result.error || !result.data) {
      // Keep the key: submitting again retries the same deposit.
      setProblem(problemFromCombinedError(result.error));
      return;
    }
    submission.settle();
    const deposit = readFragment(DepositFields, result.data.startDeposit);
    onStarted(deposit.id);
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
      <p className="text-xs opacity-75">You pay on the payment provider’s page; your balance updates as soon as the payment is confirmed.</p>
    </form>
  );
}
