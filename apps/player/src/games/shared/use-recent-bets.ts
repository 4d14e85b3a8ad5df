'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { type ApiProblem, MyBetsQuery, MyBetsSubscription, problemFromCombinedError, useSession } from '@casinox/web';
import type { GameCode } from './game-catalogue';
import { mergeBets } from './merge-bets';
import { type PlayedBet, toPlayedBet } from './played-bet';

export interface RecentBets {
  bets: PlayedBet[];
  /** Null until the first page arrives. */
  loaded: boolean;
  problem: ApiProblem | null;
  /** Shows a bet this screen just placed or moved on, before the live push arrives. */
  add: (bet: PlayedBet) => void;
}

/**
 * The signed-in player's latest bets of one game: the first page of `myBets`, then every bet the
 * `myBets` subscription pushes as it settles (this tab, another tab, a recovered bet) and the
 * results this screen gets back from its own mutations.
 */
export function useRecentBets(game: GameCode, limit = 10): RecentBets {
  const session = useSession();
  const authenticated = session.status === 'authenticated';
  const [page] = useQuery({
    query: MyBetsQuery,
    variables: { first: limit, filter: { game } },
    pause: !authenticated,
    requestPolicy: 'cache-and-network',
  });
  const [live] = useSubscription({ query: MyBetsSubscription, pause: !authenticated });
  const [arrived, setArrived] = useState<PlayedBet[]>([]);

  useEffect(() => {
    const pushed = live.data?.myBets;
    if (pushed) setArrived((list) => [...list.slice(-limit * 4), toPlayedBet(pushed)]);
  }, [live.data, limit]);

  const add = useCallback((bet: PlayedBet) => setArrived((list) => [...list.slice(-limit * 4), bet]), [limit]);

  return useMemo(() => {
    const fromPage = page.data ? page.data.myBets.edges.map((edge) => toPlayedBet(edge.node)) : [];
    return {
      bets: mergeBets(fromPage, arrived, { game, limit }),
      loaded: !!page.data,
      problem: problemFromCombinedError(page.error),
      add,
    };
  }, [page.data, page.error, arrived, game, limit, add]);
}
