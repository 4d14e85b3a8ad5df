'use client';

import { useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  type ApiProblem,
  MyBalanceSubscription,
  MyWalletsQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  useSession,
  WalletFields,
} from '@casinox/web';
import { useFocusSignal } from './use-focus-signal';

export type WalletView = ResultOf<typeof WalletFields>;

export interface MyWallets {
  /** Null until the first answer arrives (or while signed out). */
  wallets: WalletView[] | null;
  /** The tenant's main currency and its wallet (null when the player has never held it). */
  mainCurrency: string | null;
  mainWallet: WalletView | null;
  currencies: string[];
  /** Goes up with every live balance push: screens that derive from balances (the history) refetch on it. */
  liveVersion: number;
  fetching: boolean;
  problem: ApiProblem | null;
}

/**
 * The signed-in player's balances: queried once, then kept current by the `myBalance`
 * subscription (pushed after every committed change). Refetched as well when the player returns
 * to the tab, which also covers a socket that was down. Header, lobby and wallet page share one
 * urql operation of each kind.
 */
export function useMyWallets(): MyWallets {
  const session = useSession();
  const authenticated = session.status === 'authenticated';
  const [result, reexecute] = useQuery({
    query: MyWalletsQuery,
    pause: !authenticated,
    requestPolicy: 'cache-and-network',
  });
  const [live] = useSubscription({ query: MyBalanceSubscription, pause: !authenticated });
  const focus = useFocusSignal();
  useEffect(() => {
    if (focus > 0 && authenticated) reexecute({ requestPolicy: 'network-only' });
  }, [focus, authenticated, reexecute]);

  // Whichever arrived last wins: a push after the query, or a refetch after the push.
  const [latest, setLatest] = useState<{ source: 'query' | 'live'; liveVersion: number }>({
    source: 'query',
    liveVersion: 0,
  });
  useEffect(() => {
    if (result.data) setLatest((s) => ({ ...s, source: 'query' }));
  }, [result.data]);
  useEffect(() => {
    if (live.data) setLatest((s) => ({ source: 'live', liveVersion: s.liveVersion + 1 }));
  }, [live.data]);

  return useMemo(() => {
    const raw = latest.source === 'live' && live.data ? live.data.myBalance : result.data?.myWallets;
    const wallets = raw ? raw.map((w) => readFragment(WalletFields, w)) : null;
    const mainCurrency = result.data?.currentTenant.mainCurrency ?? null;
    return {
      wallets,
      mainCurrency,
      mainWallet: wallets?.find((w) => w.asset.code === mainCurrency) ?? null,
      currencies: result.data ? [...result.data.currentTenant.currencies] : [],
      liveVersion: latest.liveVersion,
      fetching: result.fetching,
      problem: problemFromCombinedError(result.error),
    };
  }, [result.data, result.fetching, result.error, live.data, latest]);
}
