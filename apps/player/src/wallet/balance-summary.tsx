'use client';

import Link from 'next/link';
import { formatMoney, isZeroMoney } from '@casinox/web';
import { useMyWallets } from './use-my-wallets';

/** The main-currency balance as text, e.g. "25.00 EUR"; "0 EUR" before the player ever held it. */
export function useMainBalanceText(): string | null {
  const { wallets, mainCurrency, mainWallet } = useMyWallets();
  if (!wallets || !mainCurrency) return null;
  // No wallet in the main currency yet: zero, without inventing the asset's scale.
  return mainWallet ? formatMoney(mainWallet.balance, mainWallet.asset.scale, mainCurrency) : `0 ${mainCurrency}`;
}

/** The main-currency bonus money as text, e.g. "5.00 EUR"; null when there is none (kept apart from real money). */
export function useMainBonusText(): string | null {
  const { mainWallet } = useMyWallets();
  if (!mainWallet || isZeroMoney(mainWallet.bonusBalance)) return null;
  return formatMoney(mainWallet.bonusBalance, mainWallet.asset.scale, mainWallet.asset.code);
}

/** The header's link to the wallet, showing the main-currency balance. */
export function HeaderBalance({ slug }: { slug: string }) {
  const balance = useMainBalanceText();
  const bonus = useMainBonusText();
  return (
    <Link
      href={`/${slug}/wallet`}
      className="flex items-center gap-2 rounded-md px-3 py-1.5 font-medium hover:bg-brand-on/10"
    >
      <span>Wallet</span>{' '}
      {balance ? (
        <span className="rounded-full bg-brand-on/15 px-2 py-0.5 text-xs font-semibold tabular-nums">{balance}</span>
      ) : null}
      {bonus ? (
        <>
          {' '}
          <span className="rounded-full bg-brand-accent/80 px-2 py-0.5 text-xs font-semibold tabular-nums text-brand-accent-on">
            + {bonus} bonus
          </span>
        </>
      ) : null}
    </Link>
  );
}

/** The lobby's balance card for a signed-in player. */
export function LobbyBalance({ slug }: { slug: string }) {
  const balance = useMainBalanceText();
  const bonus = useMainBonusText();
  return (
    <section
      aria-labelledby="lobby-balance-heading"
      className="mt-6 flex flex-wrap items-center justify-between gap-4 rounded-xl border border-brand-fg/15 bg-brand-fg/5 px-6 py-5"
    >
      <div>
        <h2 id="lobby-balance-heading" className="text-sm font-semibold uppercase tracking-wide opacity-75">
          Your balance
        </h2>
        <p className="mt-1 text-2xl font-bold tabular-nums">{balance ?? '…'}</p>
        {bonus ? <p className="mt-1 text-sm tabular-nums opacity-80">+ {bonus} bonus money</p> : null}
      </div>
      <Link
        href={`/${slug}/wallet`}
        className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-on hover:opacity-90"
      >
        Open wallet
      </Link>
    </section>
  );
}
