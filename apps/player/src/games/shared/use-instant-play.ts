'use client';

import { useCallback, useRef, useState } from 'react';
import type { GameSession } from './game-screen';
import type { PlayedBet } from './played-bet';
import { type BetRequest, useBetSubmission } from './use-bet-submission';

/** One bet's end: its stake and payout, or why it did not go through. */
export type PlayOutcome = { ok: true; stake: bigint; payout: bigint } | { ok: false; message: string };

export interface InstantPlay {
  /** Places the bet, then runs `show` (the game's animation) before resolving. One bet at a time. */
  play: (request: BetRequest, show: (bet: PlayedBet) => Promise<void>) => Promise<PlayOutcome>;
  busy: boolean;
  settling: boolean;
  problem: string | null;
  /** Set when the last bet may be retried with the same key (still settling, or no answer came back). */
  retry: (() => void) | null;
}

/**
 * The round trip every instant game shares: place the bet (one idempotency key per bet, kept on a
 * retry), say a refusal in plain words, animate an accepted result, then add it to the recent bets.
 */
export function useInstantPlay(session: GameSession): InstantPlay {
  const { submit, settling } = useBetSubmission();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; again: (() => void) | null } | null>(null);
  const inFlight = useRef(false);
  const { asset, recent } = session;

  const play = useCallback(
    async (request: BetRequest, show: (bet: PlayedBet) => Promise<void>): Promise<PlayOutcome> => {
      if (inFlight.current) return { ok: false, message: 'A bet is already on its way.' };
      inFlight.current = true;
      setProblem(null);
      setBusy(true);
      try {
        const attempt = await submit(request, asset);
        if (attempt.kind !== 'accepted') {
          const retryable = attempt.kind === 'error' && (attempt.settling || attempt.code === 'NETWORK_ERROR');
          setProblem({ message: attempt.message, again: retryable ? () => void play(request, show) : null });
          return { ok: false, message: attempt.message };
        }
        await show(attempt.bet);
        recent.add(attempt.bet);
        return { ok: true, stake: BigInt(attempt.bet.stake), payout: BigInt(attempt.bet.payout ?? '0') };
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [submit, asset, recent],
  );

  return { play, busy, settling, problem: problem?.message ?? null, retry: problem?.again ?? null };
}
