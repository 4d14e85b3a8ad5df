'use client';

import { formatMoney, isZeroMoney } from '@casinox/web';
import type { WalletView } from './use-my-wallets';

const KIND_LABELS = { FIAT: 'Currency', CRYPTO: 'Crypto', CREDITS: 'Game credits' } as const;

function Amount({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt className="text-sm opacity-75">{label}</dt>
      <dd className={strong ? 'text-xl font-bold tabular-nums' : 'tabular-nums'}>{value}</dd>
    </div>
  );
}

function WalletCard({ wallet }: { wallet: WalletView }) {
  const { code, kind, scale } = wallet.asset;
  const headingId = `wallet-${code}`;
  const money = (minor: string) => formatMoney(minor, scale, code);
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-brand-fg/15 bg-brand-fg/5 p-5">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-lg font-bold">
          {code}
        </h3>
        <span className="rounded-full bg-brand-fg/10 px-2 py-0.5 text-xs font-medium">{KIND_LABELS[kind]}</span>
      </div>
      <dl className="mt-4 flex flex-col gap-2">
        <Amount label="Balance" value={money(wallet.balance)} strong />
        <Amount label="Available" value={money(wallet.available)} />
        <Amount label="Held" value={money(wallet.held)} />
        {isZeroMoney(wallet.bonusBalance) ? null : <Amount label="Bonus money" value={money(wallet.bonusBalance)} />}
      </dl>
      {isZeroMoney(wallet.bonusBalance) ? null : (
        <p className="mt-3 text-xs opacity-70">
          Bonus money is kept apart: it turns into real money once its wagering is done, and cannot be withdrawn before.
        </p>
      )}
    </section>
  );
}

/** One card per asset the player holds; an honest empty state before the first movement. */
export function BalanceCards({ wallets, mainCurrency }: { wallets: WalletView[]; mainCurrency: string | null }) {
  if (wallets.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-brand-fg/25 bg-brand-fg/5 px-6 py-10 text-center">
        <p className="text-lg font-semibold">Your wallet is empty</p>
        <p className="mx-auto mt-2 max-w-md text-sm opacity-75">
          You have no balance yet. Money you deposit, win or receive from the casino appears here.
        </p>
      </div>
    );
  }
  // The tenant's main currency first, then the rest by code.
  const ordered = [...wallets].sort((a, b) =>
    a.asset.code === mainCurrency ? -1 : b.asset.code === mainCurrency ? 1 : a.asset.code.localeCompare(b.asset.code),
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {ordered.map((wallet) => (
        <WalletCard key={wallet.asset.code} wallet={wallet} />
      ))}
    </div>
  );
}
