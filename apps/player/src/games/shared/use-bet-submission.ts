'use client';

import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { BetResultFields, PlaceBetMutation, readFragment, StartRoundMutation, useSubmissionKey } from '@casinox/web';
import { betErrorFrom, betRefusalMessage } from './bet-problems';
import { canonicalJson } from './canonical-json';
import type { GameCode } from './game-catalogue';
import { type PlayedBet, toPlayedBet } from './played-bet';

export type BetAttempt =
  | { kind: 'accepted'; bet: PlayedBet; balanceAfter: string | null }
  | { kind: 'refused'; code: string; message: string }
  /** `settling`: the bet is recorded but not settled yet; `retry` again sends the SAME key. */
  | { kind: 'error'; code: string; message: string; settling: boolean };

export interface BetRequest {
  game: GameCode;
  asset: string;
  /** Minor units. */
  stake: string;
  params: Record<string, unknown>;
}

/** Automatic retries while the API says SETTLEMENT_PENDING, before handing the retry to the player. */
const SETTLING_RETRY_MS = [400, 800, 1_600, 3_200];

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Places a bet (`placeBet`, or `startRound` for a multi-step game) with an idempotency key per
 * bet: a fresh key for every new bet, the same key while one bet is retried — after a network
 * failure or while it is settling — so a retry can never place it twice. Refusals are typed results
 * turned into plain words.
 */
export function useBetSubmission(kind: 'place' | 'start' = 'place') {
  const [, placeBet] = useMutation(PlaceBetMutation);
  const [, startRound] = useMutation(StartRoundMutation);
  const { keyFor, settle } = useSubmissionKey();
  const [settling, setSettling] = useState(false);

  const submit = useCallback(
    async (request: BetRequest, asset: { code: string; scale: number }): Promise<BetAttempt> => {
      const idempotencyKey = keyFor(canonicalJson(request));
      for (let attempt = 0; ; attempt++) {
        const variables = { input: { ...request, idempotencyKey } };
        const result = kind === 'start' ? await startRound(variables) : await placeBet(variables);
        const data = result.data ? ('startRound' in result.data ? result.data.startRound : result.data.placeBet) : null;
        if (data) {
          setSettling(false);
          settle();
          const answer = readFragment(BetResultFields, data);
          if (!answer.ok || !answer.bet)
            return { kind: 'refused', code: answer.code ?? 'REFUSED', message: betRefusalMessage(answer, asset) };
          return { kind: 'accepted', bet: toPlayedBet(answer.bet), balanceAfter: answer.balanceAfter };
        }
        const error = betErrorFrom(result.error);
        if (error.settling && attempt < SETTLING_RETRY_MS.length) {
          setSettling(true);
          await wait(SETTLING_RETRY_MS[attempt]!);
          continue;
        }
        setSettling(false);
        // Keep the key when nothing definitive came back: the next submit of this bet retries it.
        if (!error.retryable) settle();
        return { kind: 'error', code: error.code, message: error.message, settling: error.settling };
      }
    },
    [kind, keyFor, settle, placeBet, startRound],
  );

  return { submit, settling };
}
