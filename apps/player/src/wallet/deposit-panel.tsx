'use client';

import { type FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  type ApiProblem,
  assetScale,
  BonusCampaignFields,
  BonusFields,
  ClaimBonusMutation,
  DepositBonusesQuery,
  DepositFields,
  FormAlert,
  formatMoney,
  parseMoneyInput,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  StartDepositMutation,
  SubmitButton,
  TextField,
  useSubmissionKey,
} from '@casinox/web';
import { claimProblemMessage } from '@/bonuses/bonus-view';
import { AssetSelect } from './asset-select';
import {
  depositBonusProblem,
  depositOffersFor,
  depositOfferTerms,
  expectedDepositBonus,
  waitingDepositBonuses,
} from './deposit-bonus';
import type { WalletView } from './use-my-wallets';

type OfferView = ResultOf<typeof BonusCampaignFields>;
type BonusView = ResultOf<typeof BonusFields>;

const NO_BONUS = '';

/** The deposit bonuses the player may pick (claimed right before the deposit), and those already waiting. */
function useDepositBonuses(refreshSignal: number): { offers: OfferView[]; waiting: BonusView[]; refetch: () => void } {
  const [result, reexecute] = useQuery({ query: DepositBonusesQuery, requestPolicy: 'cache-and-network' });
  // A balance push (a deposit completing grants the bonus waiting for it) or a return to the tab: read again.
  useEffect(() => {
    if (refreshSignal > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshSignal, reexecute]);
  const data = result.data;
  return {
    offers: data ? [...data.depositMatch, ...data.reload].map((c) => readFragment(BonusCampaignFields, c)) : [],
    waiting: data ? data.myBonuses.edges.map((e) => readFragment(BonusFields, e.node)) : [],
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

function BonusChoice({
  asset,
  scale,
  offers,
  waiting,
  chosen,
  onChoose,
  code,
  onCode,
  amountMinor,
}: {
  asset: string;
  scale: number;
  offers: OfferView[];
  waiting: BonusView[];
  chosen: string;
  onChoose: (id: string) => void;
  code: string;
  onCode: (code: string) => void;
  amountMinor: bigint | null;
}) {
  const picked = offers.find((c) => c.id === chosen) ?? null;
  const gain = picked && amountMinor !== null ? expectedDepositBonus(picked, amountMinor) : 0n;
  if (offers.length === 0 && waiting.length === 0) return null;
  return (
    <>
      {waiting.map((b) => (
        <p
          key={b.id}
          role="note"
          className="rounded-md border border-brand-accent/40 bg-brand-accent/10 px-3 py-2 text-sm"
        >
          <span className="font-semibold">{b.campaignName}</span> is waiting for your deposit: your next qualifying{' '}
          {asset} deposit
          {b.depositDeadline
            ? ` before ${new Date(b.depositDeadline).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`
            : ''}{' '}
          brings it.
        </p>
      ))}
      {offers.length > 0 ? (
        <fieldset className="flex flex-col gap-2 rounded-md border border-brand-fg/15 p-3">
          <legend className="px-1 text-sm font-medium">Deposit bonus</legend>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="deposit-bonus"
              value={NO_BONUS}
              checked={chosen === NO_BONUS}
              onChange={() => onChoose(NO_BONUS)}
              className="mt-1 accent-brand"
            />
            <span>No bonus</span>
          </label>
          {offers.map((c) => (
            <label key={c.id} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="deposit-bonus"
                value={c.id}
                checked={chosen === c.id}
                onChange={() => onChoose(c.id)}
                className="mt-1 accent-brand"
              />
              <span>
                <span className="font-semibold">{c.name}</span>: {depositOfferTerms(c, scale)}
              </span>
            </label>
          ))}
          {picked?.requiresOptInCode ? (
            <TextField
              label={`Bonus code for ${picked.name}`}
              autoComplete="off"
              value={code}
              onChange={(e) => onCode(e.target.value)}
            />
          ) : null}
          {picked && gain > 0n ? (
            <p className="text-xs opacity-80">
              This deposit brings {formatMoney(gain.toString(), scale, asset)} of bonus money, to wager{' '}
              {picked.wageringMultiplier}× before it turns into cash.
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}

/**
 * Amount, asset and an optional deposit bonus → claimBonus (the bonus waits, PENDING, for this
 * deposit) → startDeposit → the provider's checkout page in this tab, which sends the player back
 * to `returnPath` (this wallet page) when they pay or decline.
 */
export function DepositForm({
  assets,
  wallets,
  returnPath,
  refreshSignal = 0,
}: {
  assets: string[];
  wallets: WalletView[];
  returnPath: string;
  refreshSignal?: number;
}) {
  const [asset, setAsset] = useState(assets[0] ?? '');
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const [bonusId, setBonusId] = useState(NO_BONUS);
  const [code, setCode] = useState('');
  const [{ fetching }, startDeposit] = useMutation(StartDepositMutation);
  const [claimState, claim] = useMutation(ClaimBonusMutation);
  const submission = useSubmissionKey();
  const claimKey = useSubmissionKey();
  const bonuses = useDepositBonuses(refreshSignal);
  const chosen = asset || assets[0] || '';
  const scale = assetScale(chosen, wallets);
  const offers = depositOffersFor(bonuses.offers, chosen);
  const waiting = waitingDepositBonuses(bonuses.waiting, chosen);
  const picked = offers.find((c) => c.id === bonusId) ?? null;
  const typed = scale === null ? null : parseMoneyInput(amount, scale);
  const amountMinor = typed?.ok ? BigInt(typed.minor) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (scale === null) return setAmountError('This currency cannot be deposited here.');
    const parsed = parseMoneyInput(amount, scale);
    if (!parsed.ok) return setAmountError(parsed.problem);
    const short = picked ? depositBonusProblem(picked, BigInt(parsed.minor), scale) : null;
    if (short) return setAmountError(short);
    setAmountError(undefined);

    if (picked) {
      // Claimed first: the bonus waits (PENDING) for the deposit, which grants it on completion.
      const typedCode = code.trim();
      const claimed = await claim({
        campaignId: picked.id,
        code: picked.requiresOptInCode ? typedCode : null,
        idempotencyKey: claimKey.keyFor(`deposit-claim:${picked.id}:${typedCode}`),
      });
      if (claimed.error || !claimed.data) return setProblem(problemFromCombinedError(claimed.error));
      claimKey.settle();
      const answer = claimed.data.claimBonus;
      // Claimed before (a deposit that did not go through): it is still waiting, so go on.
      if (!answer.ok && answer.code !== 'ALREADY_CLAIMED') {
        return setProblem({
          code: answer.code ?? 'REFUSED',
          message: claimProblemMessage(answer.code, answer.message, answer.retryAfter),
          fields: {},
        });
      }
    }

    const idempotencyKey = submission.keyFor(`${chosen}:${parsed.minor}`);
    const result = await startDeposit({ asset: chosen, amount: parsed.minor, idempotencyKey, returnUrl: returnPath });
    if (result.error || !result.data) {
      // Keep the key: submitting again retries the same deposit. A claimed bonus keeps waiting for it.
      setProblem(problemFromCombinedError(result.error));
      bonuses.refetch();
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
        {/* A bonus in another currency drops out of the choice by itself (`picked` is null then). */}
        <AssetSelect label="Currency" assets={assets} value={chosen} onChange={setAsset} />
        <TextField
          label="Amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder="50.00"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={amountError}
        />
      </div>
      <BonusChoice
        asset={chosen}
        scale={scale ?? 2}
        offers={offers}
        waiting={waiting}
        chosen={picked ? bonusId : NO_BONUS}
        onChoose={setBonusId}
        code={code}
        onCode={setCode}
        amountMinor={amountMinor}
      />
      <div>
        <SubmitButton
          pending={fetching || claimState.fetching || redirecting}
          pendingLabel={redirecting ? 'Opening checkout…' : claimState.fetching ? 'Claiming bonus…' : 'Starting…'}
        >
          Deposit
        </SubmitButton>
      </div>
      <p className="text-xs opacity-75">
        You pay on the payment provider’s page and come back here; your balance updates as soon as the payment is
        confirmed.
      </p>
    </form>
  );
}
