'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  FormAlert,
  MeQuery,
  problemFromCombinedError,
  readFragment,
  TenantBrandFields,
  TenantUpdatedSubscription,
  useSession,
} from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { BigWinsTicker } from '@/lobby/big-wins-ticker';
import { GameGrid } from '@/lobby/game-grid';
import { JackpotTickers } from '@/jackpots/jackpot-tickers';
import { WinnersWall } from '@/jackpots/winners-wall';
import { LobbyBalance } from '@/wallet/balance-summary';

/** Restyles the page whenever the operator changes the tenant (live, no reload). */
function useLiveTenant(enabled: boolean) {
  const { tenant, applyUpdate } = useTenant();
  // Catch up from the version this page was rendered with; fixed so the subscription is stable.
  const [afterVersion] = useState(tenant.version);
  const [result] = useSubscription({ query: TenantUpdatedSubscription, variables: { afterVersion }, pause: !enabled });
  const update = result.data?.tenantUpdated;
  useEffect(() => {
    if (!update) return;
    const next = readFragment(TenantBrandFields, update);
    applyUpdate({ ...next, branding: { ...next.branding } });
  }, [update, applyUpdate]);
}

export function Lobby() {
  const { tenant } = useTenant();
  const session = useSession();
  const authenticated = session.status === 'authenticated';
  const [me] = useQuery({ query: MeQuery, pause: !authenticated });
  useLiveTenant(authenticated);
  const problem = problemFromCombinedError(me.error);

  return (
    <div className="flex flex-col">
      {tenant.status === 'SUSPENDED' ? (
        <FormAlert>{tenant.name} is temporarily unavailable. You can sign in, but play is paused.</FormAlert>
      ) : null}
      <section className="rounded-2xl bg-gradient-to-br from-brand to-brand-accent px-6 py-10 text-brand-on shadow-lg sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-widest opacity-80">
          {tenant.branding.logoText || tenant.name}
        </p>
        {session.status === 'loading' || (authenticated && me.fetching && !me.data) ? (
          <h1 className="mt-2 text-3xl font-extrabold" aria-busy="true">
            Welcome to {tenant.name}
          </h1>
        ) : authenticated && me.data?.me ? (
          <h1 className="mt-2 text-3xl font-extrabold">Welcome, {me.data.me.displayName}</h1>
        ) : (
          <h1 className="mt-2 text-3xl font-extrabold">Welcome to {tenant.name}</h1>
        )}
        {tenant.branding.tagline ? <p className="mt-2 max-w-xl text-lg opacity-90">{tenant.branding.tagline}</p> : null}
        {session.status === 'anonymous' ? (
          <div className="mt-6 flex flex-wrap gap-3">
            <Link
              href={`/${tenant.slug}/register`}
              className="rounded-md bg-white px-4 py-2 font-semibold text-black hover:opacity-90"
            >
              Create account
            </Link>
            <Link
              href={`/${tenant.slug}/login`}
              className="rounded-md border border-brand-on/60 px-4 py-2 font-semibold hover:bg-brand-on/10"
            >
              Sign in
            </Link>
          </div>
        ) : null}
      </section>
      {authenticated ? <LobbyBalance slug={tenant.slug} /> : null}
      {problem ? (
        <div className="mt-6">
          <FormAlert problem={problem} />
        </div>
      ) : null}
      <div className="mt-10 flex flex-col gap-10">
        <JackpotTickers />
        <GameGrid />
        <BigWinsTicker />
        <WinnersWall />
      </div>
    </div>
  );
}
