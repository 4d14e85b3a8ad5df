'use client';

import Link from 'next/link';
import { useState } from 'react';
import { FormAlert, useSession } from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { BalanceCards } from './balance-cards';
import { DepositForm } from './deposit-panel';
import { CheckoutReturnNotice, DepositList, WithdrawalList } from './payments-history';
import { TransactionHistory } from './transaction-history';
import { useFocusSignal } from './use-focus-signal';
import { useMyWallets } from './use-my-wallets';
import { WithdrawForm } from './withdraw-panel';

function SignInPrompt({ slug }: { slug: string }) {
  return (
    <div className="rounded-xl border border-dashed border-brand-fg/25 bg-brand-fg/5 px-6 py-10 text-center">
      <p className="text-lg font-semibold">Sign in to see your wallet</p>
      <p className="mt-2 text-sm opacity-75">Your balances and transactions are shown once you are signed in.</p>
      <div className="mt-4 flex justify-center gap-3">
        <Link
          href={`/${slug}/login`}
          className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-on hover:opacity-90"
        >
          Sign in
        </Link>
        <Link
          href={`/${slug}/register`}
          className="rounded-md border border-brand-fg/30 px-4 py-2 font-semibold hover:bg-brand-fg/10"
        >
          Create account
        </Link>
      </div>
    </div>
  );
}

function Balances() {
  const { wallets, mainCurrency, problem } = useMyWallets();
  if (!wallets && problem) return <FormAlert problem={problem} />;
  if (!wallets) {
    return (
      <p role="status" className="py-6 text-sm opacity-75">
        Loading balances…
      </p>
    );
  }
  return <BalanceCards wallets={wallets} mainCurrency={mainCurrency} />;
}

function History() {
  const { wallets, currencies, liveVersion } = useMyWallets();
  const assets = [...new Set([...currencies, ...(wallets ?? []).map((w) => w.asset.code)])];
  return <TransactionHistory assets={assets} liveVersion={liveVersion} />;
}

/**
 * Deposit through the provider's checkout (which brings the player back here), withdraw, and
 * follow both: the player's deposits and withdrawals with their status, from the API.
 */
function MoneyMovements() {
  const { tenant } = useTenant();
  const { wallets, currencies, liveVersion } = useMyWallets();
  // A new request, a balance push or coming back to the tab: the lists look again.
  const [requested, setRequested] = useState(0);
  const refreshSignal = useFocusSignal() + liveVersion + requested;
  if (!wallets) return null;
  const assets = [...new Set([...currencies, ...wallets.map((w) => w.asset.code)])];
  const withdrawable = wallets.filter((w) => w.asset.kind !== 'CREDITS').map((w) => w.asset.code);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section
        aria-labelledby="deposit-heading"
        className="flex flex-col gap-3 rounded-xl border border-brand-fg/15 p-5"
      >
        <h3 id="deposit-heading" className="text-lg font-bold">
          Deposit
        </h3>
        <CheckoutReturnNotice />
        <DepositForm
          assets={assets}
          wallets={wallets}
          returnPath={`/${tenant.slug}/wallet`}
          refreshSignal={refreshSignal}
        />
        <DepositList refreshSignal={refreshSignal} />
      </section>
      <section
        aria-labelledby="withdraw-heading"
        className="flex flex-col gap-3 rounded-xl border border-brand-fg/15 p-5"
      >
        <h3 id="withdraw-heading" className="text-lg font-bold">
          Withdraw
        </h3>
        {withdrawable.length === 0 ? (
          <p className="text-sm opacity-75">Nothing to withdraw yet: deposit or win first.</p>
        ) : (
          <WithdrawForm assets={withdrawable} wallets={wallets} onRequested={() => setRequested((n) => n + 1)} />
        )}
        <WithdrawalList refreshSignal={refreshSignal} />
      </section>
    </div>
  );
}

/**
 * The player's wallet: balances per asset, live from the `myBalance` subscription, and the
 * transaction history, whose first page refetches on each push.
 */
export function WalletScreen() {
  const { tenant } = useTenant();
  const session = useSession();

  return (
    <div className="flex flex-col gap-10">
      <div>
        <h1 className="text-3xl font-extrabold">Wallet</h1>
        <p className="mt-1 opacity-75">
          Your money at {tenant.name}: what you hold, what you can spend, and every movement.
        </p>
      </div>
      {session.status === 'loading' ? (
        <p role="status" className="text-sm opacity-75">
          Checking your session…
        </p>
      ) : session.status === 'anonymous' ? (
        <SignInPrompt slug={tenant.slug} />
      ) : (
        <>
          <section aria-labelledby="balances-heading" className="flex flex-col gap-4">
            <h2 id="balances-heading" className="text-xl font-bold">
              Balances
            </h2>
            <Balances />
          </section>
          <section aria-labelledby="payments-heading" className="flex flex-col gap-4">
            <h2 id="payments-heading" className="text-xl font-bold">
              Deposit and withdraw
            </h2>
            <MoneyMovements />
          </section>
          <section aria-labelledby="history-heading" className="flex flex-col gap-4">
            <h2 id="history-heading" className="text-xl font-bold">
              Transaction history
            </h2>
            <History />
          </section>
        </>
      )}
    </div>
  );
}
