'use client';

import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import type { CombinedError } from '@urql/core';
import { useClient, useMutation } from 'urql';
import {
  BetResultFields,
  CashOutMutation,
  type FragmentOf,
  formatMoney,
  MyBetQuery,
  MyBetsQuery,
  PlayRoundMutation,
  readFragment,
} from '@casinox/web';
import { betErrorFrom, betRefusalMessage } from '../shared/bet-problems';
import { multiplierText, winText } from '../shared/describe-outcome';
import type { GameSession } from '../shared/game-screen';
import { type MinesView, readMinesView } from '../shared/outcomes';
import { BetProblem, Figure, PlayButton } from '../shared/play-controls';
import { type PlayedBet, toPlayedBet } from '../shared/played-bet';
import { StakeField, useStakeInput } from '../shared/stake-field';
import { delay } from '../shared/use-animated-number';
import { useBetSubmission } from '../shared/use-bet-submission';
import {
  canCashOut,
  MINE_COUNTS,
  payoutAt,
  randomHiddenTile,
  safeRevealed,
  TILES,
  tileLabel,
  tileStates,
  type TileState,
} from './mines-board';

/** How often, and how long, to look again at a round whose payout the wallet has not confirmed yet. */
const SETTLE_POLL_MS = 1_000;
const SETTLE_POLL_TRIES = 20;

const TILE_LOOK: Record<TileState, string> = {
  hidden: 'bg-brand-fg/10 hover:bg-brand-fg/20 enabled:hover:-translate-y-0.5',
  gem: 'bg-emerald-500/90 text-black scale-100',
  'gem-unrevealed': 'bg-emerald-500/25 text-emerald-200',
  'mine-hit': 'bg-red-600 text-white animate-pulse',
  mine: 'bg-red-900/60 text-red-200',
};
const TILE_WORD: Record<TileState, string> = {
  hidden: '',
  gem: 'gem',
  'gem-unrevealed': 'gem (not revealed)',
  'mine-hit': 'mine — hit',
  mine: 'mine',
};

function TileFace({ state }: { state: TileState }) {
  if (state === 'gem' || state === 'gem-unrevealed') {
    return (
      <svg viewBox="0 0 40 40" className="h-2/3 w-2/3" aria-hidden="true">
        <path d="M10 8h20l7 10-17 16L3 18z" fill="currentColor" opacity="0.9" />
        <path d="M3 18h34M14 8l6 26 6-26" stroke="#064e3b" strokeWidth="1.2" fill="none" />
      </svg>
    );
  }
  if (state === 'mine' || state === 'mine-hit') {
    return (
      <svg viewBox="0 0 40 40" className="h-2/3 w-2/3" aria-hidden="true">
        <circle cx="20" cy="22" r="11" fill="currentColor" />
        <path
          d="M20 4v7M20 33v4M4 22h5M31 22h5M9 11l4 4M27 29l4 4M31 11l-4 4M9 33l4-4"
          stroke="currentColor"
          strokeWidth="2.5"
        />
      </svg>
    );
  }
  return null;
}

/**
 * Mines: choose how many mines hide in the 5×5 grid and start a round (the stake is debited), reveal
 * tiles one at a time — each gem raises the multiplier — and cash out before you hit a mine. An open
 * round survives a reload: the page asks the API for it and carries on.
 */
export function MinesGame({ session }: { session: GameSession }) {
  const { asset } = session;
  const client = useClient();
  const stake = useStakeInput(session);
  const minesId = useId();
  const [mineCount, setMineCount] = useState(3);
  const [round, setRound] = useState<PlayedBet | null>(null);
  const [resumeChecked, setResumeChecked] = useState(false);
  const [acting, setActing] = useState<number | 'cashout' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [settlingRound, setSettlingRound] = useState(false);
  const starter = useBetSubmission('start');
  const [, playRound] = useMutation(PlayRoundMutation);
  const [, cashOut] = useMutation(CashOutMutation);
  const { add } = session.recent;

  const view: MinesView | null = round ? readMinesView(round.outcome) : null;
  const open = round?.status === 'OPEN' && view?.status === 'ACTIVE';

  const show = useCallback(
    (bet: PlayedBet) => {
      setRound(bet);
      add(bet);
    },
    [add],
  );

  // An open round from before (another tab, a reload) is resumed.
  useEffect(() => {
    let cancelled = false;
    void client
      .query(MyBetsQuery, { first: 1, filter: { game: 'MINES', status: 'OPEN' } }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (cancelled) return;
        const node = result.data?.myBets.edges[0]?.node;
        if (node) {
          const bet = toPlayedBet(node);
          setRound(bet);
          if (bet.asset !== asset.code) session.setAsset(bet.asset);
        }
        setResumeChecked(true);
      });
    return () => {
      cancelled = true;
    };
    // Once per visit (switching the asset to the round's must not look again).
  }, [client]);

  /** After SETTLEMENT_PENDING: the round's end is recorded; look again until its payout is settled. */
  const followSettlement = async (betId: string) => {
    setSettlingRound(true);
    try {
      for (let i = 0; i < SETTLE_POLL_TRIES; i++) {
        await delay(SETTLE_POLL_MS);
        const result = await client.query(MyBetQuery, { id: betId }, { requestPolicy: 'network-only' }).toPromise();
        const node = result.data?.myBet;
        if (node) {
          const bet = toPlayedBet(node);
          if (bet.status === 'SETTLED' || bet.status === 'REJECTED' || bet.status === 'OPEN') {
            show(bet);
            setProblem(null);
            return;
          }
        }
      }
      setProblem(
        'Your winnings are still being paid. They will reach your balance shortly; this page updates when they do.',
      );
    } finally {
      setSettlingRound(false);
    }
  };

  /** What a step or a cash-out answered: the round as it now stands, a refusal, or "settling". */
  const settleStep = async (
    betId: string,
    data: FragmentOf<typeof BetResultFields> | undefined,
    error: CombinedError | undefined,
  ) => {
    if (data) {
      const r = readFragment(BetResultFields, data);
      if (r.ok && r.bet) return show(toPlayedBet(r.bet));
      return setProblem(betRefusalMessage(r, asset));
    }
    const failure = betErrorFrom(error);
    setProblem(failure.message);
    if (failure.settling) return followSettlement(betId);
    // The round may have moved on elsewhere (another tab): show it as it stands.
    const fresh = await client.query(MyBetQuery, { id: betId }, { requestPolicy: 'network-only' }).toPromise();
    if (fresh.data?.myBet) setRound(toPlayedBet(fresh.data.myBet));
  };

  const reveal = async (tile: number) => {
    if (!round || !open || acting !== null) return;
    setActing(tile);
    setProblem(null);
    try {
      const result = await playRound({ betId: round.id, action: { reveal: tile } });
      await settleStep(round.id, result.data?.playRound, result.error);
    } finally {
      setActing(null);
    }
  };

  const collect = async () => {
    if (!round || !canCashOut(view) || acting !== null) return;
    setActing('cashout');
    setProblem(null);
    try {
      const result = await cashOut({ betId: round.id });
      await settleStep(round.id, result.data?.cashOut, result.error);
    } finally {
      setActing(null);
    }
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (open) return;
    setProblem(null);
    const check = stake.read();
    if (!check.ok) return;
    const attempt = await starter.submit(
      { game: 'MINES', asset: asset.code, stake: check.minor, params: { mines: mineCount } },
      asset,
    );
    if (attempt.kind === 'accepted') show(attempt.bet);
    else setProblem(attempt.message);
  };

  const states = tileStates(view);
  const stakeMinor = round ? BigInt(round.stake) : 0n;
  const cashOutAmount = view && round ? payoutAt(stakeMinor, view.multiplier) : null;
  const nextAmount = view && round ? payoutAt(stakeMinor, view.nextMultiplier) : null;
  const money = (minor: bigint | string | null) =>
    minor === null ? '—' : formatMoney(minor.toString(), asset.scale, round?.asset ?? asset.code);

  const summary = (() => {
    if (!resumeChecked) return 'Looking for a round in progress…';
    if (settlingRound) return 'Settling… your round is over and its payout is on its way.';
    if (!round || !view) return 'Choose your stake and the number of mines, then start a round.';
    if (open) {
      const safe = safeRevealed(view);
      return safe === 0
        ? `Round started with ${view.mineCount} mine${view.mineCount === 1 ? '' : 's'}: reveal a tile.`
        : `${safe} gem${safe === 1 ? '' : 's'} found — cash out or reveal another tile.`;
    }
    switch (view.status) {
      case 'LOST':
        return 'Boom — you hit a mine. No win this time.';
      case 'CASHED_OUT':
        return `Cashed out — ${winText(round, asset.scale)}`;
      case 'CLEARED':
        return `Board cleared — ${winText(round, asset.scale)}`;
      default:
        return round.status === 'CASHING' ? 'Settling…' : '';
    }
  })();

  return (
    <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
      <div className="flex flex-col gap-4 rounded-xl border border-brand-fg/15 p-5">
        <form onSubmit={(e) => void start(e)} noValidate aria-label="Mines round" className="flex flex-col gap-4">
          <StakeField session={session} stake={stake} disabled={open || starter.settling} />
          <div className="flex flex-col gap-1">
            <label htmlFor={minesId} className="text-sm font-medium">
              Mines
            </label>
            <select
              id={minesId}
              value={mineCount}
              disabled={open}
              onChange={(e) => setMineCount(Number(e.target.value))}
              className="rounded-md border border-field-border bg-field px-3 py-2 text-field-fg outline-none focus:ring-2 focus:ring-brand disabled:opacity-60"
            >
              {MINE_COUNTS.map((n) => (
                <option key={n} value={n} className="text-black">
                  {n}
                </option>
              ))}
            </select>
          </div>
          {open ? null : (
            <PlayButton busy={starter.settling} busyLabel="Settling…" disabled={!resumeChecked}>
              Start round
            </PlayButton>
          )}
        </form>
        {open && view ? (
          <>
            <dl className="grid grid-cols-2 gap-2">
              <Figure label="Multiplier now" value={view.multiplier ? multiplierText(view.multiplier, 4) : '—'} />
              <Figure label="Next tile" value={view.nextMultiplier ? multiplierText(view.nextMultiplier, 4) : '—'} />
            </dl>
            <PlayButton
              type="button"
              busy={acting === 'cashout'}
              busyLabel="Cashing out…"
              disabled={!canCashOut(view) || acting !== null}
              onClick={() => void collect()}
            >
              {canCashOut(view) ? `Cash out ${money(cashOutAmount)}` : 'Cash out'}
            </PlayButton>
            <p className="text-xs opacity-75">
              Stake {money(round!.stake)}
              {nextAmount !== null ? ` · the next gem makes it ${money(nextAmount)}` : ''}
            </p>
            <button
              type="button"
              disabled={acting !== null}
              onClick={() => {
                const tile = randomHiddenTile(view, Math.random);
                if (tile !== null) void reveal(tile);
              }}
              className="rounded-md border border-brand-fg/25 px-3 py-1.5 text-sm font-semibold hover:bg-brand-fg/10 disabled:opacity-50"
            >
              Pick a random tile
            </button>
          </>
        ) : null}
        <BetProblem message={problem} />
      </div>

      <section
        aria-label="Mines grid"
        className="flex flex-col items-center gap-4 rounded-xl border border-brand-fg/15 bg-gradient-to-br from-brand/20 to-transparent p-5"
      >
        <div className="grid w-full max-w-md grid-cols-5 gap-2">
          {Array.from({ length: TILES }, (_, tile) => {
            const state = states[tile]!;
            const clickable = open && state === 'hidden' && acting === null;
            return (
              <button
                key={tile}
                type="button"
                disabled={!clickable}
                onClick={() => void reveal(tile)}
                aria-label={`${tileLabel(tile)}${TILE_WORD[state] ? `: ${TILE_WORD[state]}` : ''}`}
                className={`flex aspect-square items-center justify-center rounded-lg text-lg font-bold shadow transition-all duration-300 disabled:cursor-default ${TILE_LOOK[state]} ${acting === tile ? 'animate-pulse' : ''}`}
                style={
                  state === 'mine' || state === 'gem-unrevealed'
                    ? { transitionDelay: `${(tile % 5) * 40 + Math.floor(tile / 5) * 40}ms` }
                    : undefined
                }
              >
                <TileFace state={state} />
              </button>
            );
          })}
        </div>
        <p role="status" className="min-h-7 text-center text-lg font-semibold">
          {summary}
        </p>
      </section>
    </div>
  );
}
