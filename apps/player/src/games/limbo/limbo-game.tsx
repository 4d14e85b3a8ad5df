'use client';

import { type FormEvent, useId, useState } from 'react';
import { formatMoney, parseMoneyInput } from '@casinox/web';
import { AutoBetPanel } from '../auto-bet/auto-bet-panel';
import { multiplierText, winText } from '../shared/describe-outcome';
import type { GameSession } from '../shared/game-screen';
import { readLimboOutcome } from '../shared/outcomes';
import { BetProblem, Figure, ModeTabs, PlayButton } from '../shared/play-controls';
import type { PlayedBet } from '../shared/played-bet';
import { StakeField, useStakeInput } from '../shared/stake-field';
import { useAnimatedNumber } from '../shared/use-animated-number';
import type { BetRequest } from '../shared/use-bet-submission';
import { useInstantPlay } from '../shared/use-instant-play';
import { limboCountUp, limboCountUpMs, limboOdds } from './limbo-odds';

interface Shown {
  bet: PlayedBet;
  result: number;
  win: boolean;
  target: number;
}

/**
 * Limbo: set a target multiplier, bet, watch the drawn multiplier count up from 1.00× — green once
 * it passes the target — and stop on the result.
 */
export function LimboGame({ session }: { session: GameSession }) {
  const { asset, game } = session;
  const [mode, setMode] = useState<'manual' | 'auto'>('manual');
  const [target, setTarget] = useState('2.00');
  const [autoRunning, setAutoRunning] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [counting, setCounting] = useState<number | null>(null);
  const stake = useStakeInput(session);
  const round = useInstantPlay(session);
  const multiplier = useAnimatedNumber(1);
  const targetId = useId();

  const odds = limboOdds(target, game.rtp);

  const showResult = (fast: boolean, targetValue: number) => async (bet: PlayedBet) => {
    const outcome = readLimboOutcome(bet.outcome);
    if (!outcome) return;
    setShown(null);
    setCounting(targetValue);
    multiplier.jumpTo(1);
    const ms = fast ? Math.min(500, limboCountUpMs(outcome.result)) : limboCountUpMs(outcome.result);
    await multiplier.animateTo(outcome.result, ms, (progress, _from, to) => limboCountUp(progress, to));
    setCounting(null);
    setShown({ bet, result: outcome.result, win: outcome.win, target: targetValue });
  };

  const requestFor = (stakeMinor: string): BetRequest | null =>
    odds.ok ? { game: 'LIMBO', asset: asset.code, stake: stakeMinor, params: { target: odds.target } } : null;

  const onBet = (event: FormEvent) => {
    event.preventDefault();
    const check = stake.read();
    const request = check.ok ? requestFor(check.minor) : null;
    if (request && odds.ok) void round.play(request, showResult(false, odds.target));
  };

  const locked = round.busy || autoRunning;
  const payoutOnWin = (() => {
    const check = parseMoneyInput(stake.text, asset.scale);
    return odds.ok && check.ok
      ? formatMoney(((BigInt(check.minor) * BigInt(odds.targetHundredths)) / 100n).toString(), asset.scale, asset.code)
      : '—';
  })();
  // While counting, the number turns green the moment it reaches the target.
  const liveTarget = counting ?? shown?.target ?? null;
  const tone =
    liveTarget === null
      ? ''
      : multiplier.value >= liveTarget
        ? 'text-emerald-400'
        : counting !== null
          ? ''
          : 'text-red-400';

  return (
    <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
      <div className="flex flex-col gap-4 rounded-xl border border-brand-fg/15 p-5">
        <ModeTabs mode={mode} onChange={setMode} disabled={locked} />
        <StakeField session={session} stake={stake} disabled={locked} />
        <div className="flex flex-col gap-1">
          <label htmlFor={targetId} className="text-sm font-medium">
            Target multiplier
          </label>
          <input
            id={targetId}
            inputMode="decimal"
            value={target}
            disabled={locked}
            onChange={(e) => setTarget(e.target.value)}
            aria-invalid={odds.ok ? undefined : true}
            className="rounded-md border border-field-border bg-field px-3 py-2 tabular-nums text-field-fg outline-none focus:ring-2 focus:ring-brand aria-[invalid=true]:border-danger"
          />
          {odds.ok ? null : <p className="text-sm text-danger">{odds.problem}</p>}
        </div>
        <dl className="grid grid-cols-2 gap-2">
          <Figure label="Chance" value={odds.ok ? `${odds.chance} %` : '—'} />
          <Figure label="Payout" value={payoutOnWin} />
        </dl>
        {mode === 'manual' ? (
          <form onSubmit={onBet} noValidate aria-label="Limbo bet">
            <PlayButton busy={round.busy} busyLabel={round.settling ? 'Settling…' : 'Drawing…'} disabled={!odds.ok}>
              Bet
            </PlayButton>
          </form>
        ) : (
          <AutoBetPanel
            session={session}
            stake={stake}
            onRunningChange={setAutoRunning}
            checkSettings={() => (odds.ok ? null : odds.problem)}
            play={async (stakeMinor) => {
              const request = requestFor(stakeMinor);
              return request && odds.ok
                ? round.play(request, showResult(true, odds.target))
                : { ok: false, message: 'Check the target.' };
            }}
          />
        )}
        <BetProblem message={round.problem} onRetry={round.retry} />
      </div>

      <section
        aria-label="Limbo result"
        className="flex min-h-72 flex-col items-center justify-center gap-4 rounded-xl border border-brand-fg/15 bg-gradient-to-br from-brand/20 to-transparent p-6"
      >
        <p aria-hidden="true" className={`text-7xl font-black tabular-nums transition-colors sm:text-8xl ${tone}`}>
          {multiplier.value.toFixed(2)}×
        </p>
        {liveTarget !== null ? <p className="text-sm opacity-75">Target {multiplierText(liveTarget)}</p> : null}
        <p role="status" className="min-h-7 text-center text-lg font-semibold">
          {round.busy
            ? round.settling
              ? 'Settling…'
              : 'Drawing…'
            : shown
              ? `${multiplierText(shown.result)} — ${shown.win ? winText(shown.bet, asset.scale) : 'no win this time'}`
              : 'Set a target and bet.'}
        </p>
      </section>
    </div>
  );
}
