'use client';

import { useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  type ApiProblem,
  JackpotFields,
  JackpotsQuery,
  OpenDrawFields,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  useSession,
} from '@casinox/web';
import { LobbyJackpotUpdatedSubscription } from '@/lobby/lobby-subscriptions';
import { useTenant } from '@/tenant/tenant-context';
import { useFocusSignal } from '@/wallet/use-focus-signal';
import { applyJackpotUpdates } from './jackpot-view';

export type JackpotView = ResultOf<typeof JackpotFields>;
export type OpenDrawView = ResultOf<typeof OpenDrawFields>;

/**
 * The casino's jackpots: queried once, then kept current by `jackpotUpdated`, both by tenant id so
 * visitors see them move too. Lobby, game pages and the winners' wall share the one urql operation
 * of each kind.
 */
export function useJackpots(): {
  jackpots: JackpotView[] | null;
  /** FIXED and SPONSORED: the draw period running now, by jackpot id (from the query; pushes carry pools only). */
  draws: ReadonlyMap<string, OpenDrawView>;
  problem: ApiProblem | null;
  replace: (jackpot: JackpotView) => void;
} {
  const { tenant } = useTenant();
  const session = useSession();
  const loading = session.status === 'loading';
  const [result, reexecute] = useQuery({
    query: JackpotsQuery,
    variables: { tenantId: tenant.id },
    requestPolicy: 'cache-and-network',
    pause: loading,
  });
  const [live] = useSubscription({
    query: LobbyJackpotUpdatedSubscription,
    variables: { tenantId: tenant.id },
    pause: loading,
  });
  const [updates, setUpdates] = useState<ReadonlyMap<string, JackpotView>>(new Map());
  // Pushes have no catch-up: coming back to the tab (the socket may have been down) reads the pools again.
  const focus = useFocusSignal();
  useEffect(() => {
    if (focus === 0) return;
    setUpdates(new Map());
    reexecute({ requestPolicy: 'network-only' });
  }, [focus, reexecute]);

  useEffect(() => {
    const pushed = live.data?.jackpotUpdated;
    if (!pushed) return;
    const jackpot = readFragment(JackpotFields, pushed);
    setUpdates((map) => new Map(map).set(jackpot.id, jackpot));
  }, [live.data]);

  return useMemo(() => {
    const page = result.data ? result.data.jackpots.map((j) => readFragment(JackpotFields, j)) : null;
    const draws = new Map<string, OpenDrawView>();
    for (const j of result.data?.jackpots ?? [])
      if (j.nextDraw) draws.set(readFragment(JackpotFields, j).id, readFragment(OpenDrawFields, j.nextDraw));
    return {
      jackpots: page ? applyJackpotUpdates(page, updates) : null,
      draws,
      problem: problemFromCombinedError(result.error),
      replace: (jackpot: JackpotView) => setUpdates((map) => new Map(map).set(jackpot.id, jackpot)),
    };
  }, [result.data, result.error, updates]);
}
