'use client';

import { useMemo } from 'react';
import { useQuery } from 'urql';
import {
  type ApiProblem,
  GameFields,
  GamesQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  StakeLimitFields,
} from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { isGameCode, type GameCode } from './game-catalogue';
import type { StakeLimit } from './stake-limits';

export interface GameView extends Omit<ResultOf<typeof GameFields>, 'limits' | 'code'> {
  code: GameCode;
  limits: StakeLimit[];
}

/**
 * The casino's enabled games with their limits. Signed out as well: the tenant is named by id
 * (signed in, the API reads it from the session and accepts the same id).
 */
export function useGames(): { games: GameView[] | null; fetching: boolean; problem: ApiProblem | null } {
  const { tenant } = useTenant();
  const [result] = useQuery({
    query: GamesQuery,
    variables: { tenantId: tenant.id },
    requestPolicy: 'cache-and-network',
  });
  return useMemo(() => {
    const games = result.data
      ? result.data.games
          .map((raw) => readFragment(GameFields, raw))
          .filter((g): g is typeof g & { code: GameCode } => isGameCode(g.code))
          .map((g) => ({ ...g, limits: g.limits.map((l) => ({ ...readFragment(StakeLimitFields, l) })) }))
      : null;
    return { games, fetching: result.fetching, problem: problemFromCombinedError(result.error) };
  }, [result.data, result.fetching, result.error]);
}
