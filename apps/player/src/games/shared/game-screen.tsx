'use client';

import Link from 'next/link';
import { type ReactNode, useMemo, useState } from 'react';
import { assetScale, FormAlert, useSession } from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { useMyWallets, type WalletView } from '@/wallet/use-my-wallets';
import { GAME_CODES, GAME_NAMES, gamePath, type GameCode } from './game-catalogue';
import { RecentBetsTable } from './recent-bets';
import { limitFor, type StakeLimit } from './stake-limits';
import { type GameView, useGames } from './use-games';
import { type RecentBets, useRecentBets } from './use-recent-bets';

/** Everything a game's play area needs: its configuration, the player's asset and balance, their recent bets. */
export interface GameSession {
  game: GameView;
  tenantSlug: string;
  asset: { code: string; scale: number };
  /** The assets the player can stake here (held or the casino's, with limits for this game). */
  assets: string[];
  setAsset: (code: string) => void;
  limit: StakeLimit | null;
  /** The player's wallet in the chosen asset, live; null when they never held it. */
  wallet: WalletView | null;
  recent: RecentBets;
}

function GameTabs({ current, enabled }: { current: GameCode; enabled: GameCode[] | null }) {
  const { tenant } = useTenant();
  const codes = enabled ?? GAME_CODES;
  return (
    <nav aria-label="Game list" className="flex flex-wrap gap-2 text-sm">
      {codes.map((code) => (
        <Link
          key={code}
          href={gamePath(tenant.slug, code)}
          aria-current={code === current ? 'page' : undefined}
          className="rounded-full border border-brand-fg/20 px-3 py-1 font-medium hover:bg-brand-fg/10 aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-brand-on"
        >
          {GAME_NAMES[code]}
        </Link>
      ))}
    </nav>
  );
}

function SignInToPlay({ slug, title }: { slug: string; title: string }) {
  return (
    <div className="rounded-xl border border-dashed border-brand-fg/25 bg-brand-fg/5 px-6 py-10 text-center">
      <p className="text-lg font-semibold">Sign in to play {title}</p>
      <p className="mt-2 text-sm opacity-75">Bets are placed from your wallet, so you need to be signed in.</p>
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

function Playing({ game, children }: { game: GameView; children: (session: GameSession) => ReactNode }) {
  const { tenant } = useTenant();
  const { wallets, currencies, mainCurrency } = useMyWallets();
  const recent = useRecentBets(game.code);
  const assets = useMemo(() => {
    const held = (wallets ?? []).map((w) => w.asset.code);
    return [...new Set([...currencies, ...held])].filter(
      (code) => limitFor(game.limits, code) && assetScale(code, wallets ?? []) !== null,
    );
  }, [wallets, currencies, game.limits]);
  const [chosen, setChosen] = useState<string | null>(null);
  // The main currency until the player picks another one.
  const code =
    chosen && assets.includes(chosen)
      ? chosen
      : mainCurrency && assets.includes(mainCurrency)
        ? mainCurrency
        : (assets[0] ?? null);

  if (!wallets) {
    return (
      <p role="status" className="text-sm opacity-75">
        Loading your wallet…
      </p>
    );
  }
  if (!code) return <FormAlert>{game.name} cannot be played in any of your currencies here.</FormAlert>;
  const scale = assetScale(code, wallets) ?? 2;
  const session: GameSession = {
    game,
    tenantSlug: tenant.slug,
    asset: { code, scale },
    assets,
    setAsset: setChosen,
    limit: limitFor(game.limits, code),
    wallet: wallets.find((w) => w.asset.code === code) ?? null,
    recent,
  };
  return (
    <>
      {children(session)}
      <section aria-labelledby="recent-bets-heading" className="flex flex-col gap-3">
        <h2 id="recent-bets-heading" className="text-xl font-bold">
          Your recent {game.name.toLowerCase()} bets
        </h2>
        <RecentBetsTable
          bets={recent.bets}
          loaded={recent.loaded}
          problem={recent.problem}
          tenantSlug={tenant.slug}
          gameName={game.name}
        />
      </section>
    </>
  );
}

/**
 * A game's page: its name, the other games, then (signed in, and when the casino has the game
 * switched on) the play area and the player's recent bets of the game.
 */
export function GameScreen({
  code,
  tagline,
  children,
}: {
  code: GameCode;
  tagline: string;
  children: (session: GameSession) => ReactNode;
}) {
  const { tenant } = useTenant();
  const session = useSession();
  const { games, problem } = useGames();
  const game = games?.find((g) => g.code === code) ?? null;
  const title = game?.name ?? GAME_NAMES[code];

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <GameTabs current={code} enabled={games ? games.map((g) => g.code) : null} />
        <div>
          <h1 className="text-3xl font-extrabold">{title}</h1>
          <p className="mt-1 opacity-75">
            {tagline}
            {game ? ` RTP ${(game.rtp * 100).toFixed(2)} %.` : ''}
          </p>
        </div>
      </div>
      {session.status === 'loading' ? (
        <p role="status" className="text-sm opacity-75">
          Checking your session…
        </p>
      ) : session.status === 'anonymous' ? (
        <SignInToPlay slug={tenant.slug} title={title} />
      ) : !games ? (
        problem ? (
          <FormAlert problem={problem} />
        ) : (
          <p role="status" className="text-sm opacity-75">
            Loading the game…
          </p>
        )
      ) : !game ? (
        <FormAlert>
          {title} is not available at {tenant.name} right now. Pick another game in the lobby.
        </FormAlert>
      ) : (
        <Playing game={game}>{children}</Playing>
      )}
    </div>
  );
}
