'use client';

import Link from 'next/link';
import { formatMoney } from '@casinox/web';
import { useMyWallets } from './use-my-wallets';

/** The main-currency balance as text, e.g. "25.00 EUR"; "0 EUR" before the player ever held it. */
export function useMainBalanceText(): string | null {
  const { wallets, mainCurrency, mainWallet } = useMyWallets();
  if (!wallets || !mainCurrency) return null;
  // No wallet in the main currency yet: zero, without inventing the asset's scale.
  return mainWallet ? formatMoney(mainWallet.balance, mainWallet.asset.scale, mainCurrency) : `0 ${mainCurrency}`;
}

/** The header's link to the wallet, showing the main-currency balance. */
export function HeaderBalance({ slug }: { slug: string }) {
  const balance = useMainBalanceText();
  return (
    <Link href={`/${slug}/wallet`} className="flex items-center gap-2 rounded-md px-3 py-1.5 font-medium hover:bg-brand-on/10">
      <span>Wallet</span>{' '}
      {balance ? (
        <span className="rounded-full bg-brand-on/15 px-2 py-0.5 text-xs font-semibold tabular-nums">
          {balance}
        </span>
      ) : null}
    </Link>
  );
}

/** The lobby's balance card for a signed-in player. */
export function LobbyBalance({ slug }: { slug: string }) {
  const balance = useMainBalanceText();
  return (
    <section aria-labelledby="lobby-balance-heading" className="mt-6 flex flex-wrap items-center justify-between gap-4 rounded-xl border border-brand-fg/15 bg-brand-fg/5 px-6 py-5">
      <div>
        <h2 id="lobby-balance-heading" className="text-sm font-semibold uppercase tracking-wide opacity-75">
          Your balance
        </h2>
        <p className="mt-1 text-2xl font-bold tabular-nums">{balance ?? '…'}</p>
      </div>
      <Link href={`/${slug}/wallet`} className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-on hover:opacity-90">
        Open wallet
      </Link>
    </section>
  );
}
