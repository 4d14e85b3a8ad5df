'use client';

import { type FormEvent, useId, useState } from 'react';
import { formatMoney, parseMoneyInput } from '@casinox/web';
import { AutoBetPanel } from '../auto-bet/auto-bet-panel';
import { twoDecimals, winText } from '../shared/describe-outcome';
import type { GameSession } from '../shared/game-screen';
import { readDiceOutcome, type DiceDirection } from '../shared/outcomes';
import { BetProblem, Figure, ModeTabs, PlayButton } from '../shared/play-controls';
import type { PlayedBet } from '../shared/played-bet';
import { StakeField, useStakeInput } from '../shared/stake-field';
import { useAnimatedNumber } from '../shared/use-animated-number';
import type { BetRequest } from '../shared/use-bet-submission';
import { useInstantPlay } from '../shared/use-instant-play';
import { diceOdds, dicePayout, diceTargetBounds, hundredthsText, trackPercent } from './dice-odds';

const ROLL_MS = 900;
const FAST_ROLL_MS = 350;

interface Shown {
  bet: PlayedBet;
  roll: number;
  win: boolean;
}

/** The 0–100 track: the winning range in green, the target, and the marker sliding to the roll. */
function DiceTrack({
  targetHundredths,
  direction,
  marker,
  win,
}: {
  targetHundredths: number;
  direction: DiceDirection;
  marker: number | null;
  win: boolean | null;
}) {
  const t = targetHundredths / 100;
  const green = direction === 'OVER' ? { left: t, width: 100 - t } : { left: 0, width: t };
  return (
    <div className="relative mt-8 mb-2 h-4 rounded-full bg-red-500/70" aria-hidden="true">
      <div
        className="absolute inset-y-0 rounded-full bg-emerald-500"
        style={{ left: `${green.left}%`, width: `${green.width}%` }}
      />
      <div className="absolute -top-1 h-6 w-0.5 bg-white" style={{ left: `${t}%` }} />
      {marker !== null ? (
        <div className="absolute -top-8 -translate-x-1/2" style={{ left: `${trackPercent(marker)}%` }}>
          <div
            className={`rounded-md px-2 py-0.5 text-xs font-bold tabular-nums shadow ${win === null ? 'bg-white text-black' : win ? 'bg-emerald-500 text-black' : 'bg-red-500 text-white'}`}
          >
            {twoDecimals(marker)}
          </div>
          <div className="mx-auto h-3 w-0.5 bg-white" />
        </div>
      ) : null}
      <div className="absolute -bottom-5 flex w-full justify-between text-[10px] opacity-60">
        <span>0</span>
        <span>25</span>
        <span>50</span>
        <span>75</span>
        <span>100</span>
      </div>
    </div>
  );
}

/**
 * Dice: choose over or under a target, see the chance and the multiplier, roll. The number rolls
 * to the result and the marker slides along the track before the result is told in words.
 */
export function DiceGame({ session }: { session: GameSession }) {
  const { asset, game } = session;
  const [mode, setMode] = useState<'manual' | 'auto'>('manual');
  const [direction, setDirection] = useState<DiceDirection>('OVER');
  const [target, setTarget] = useState('50.50');
  const [autoRunning, setAutoRunning] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const stake = useStakeInput(session);
  const round = useInstantPlay(session);
  const roll = useAnimatedNumber(50);
  const targetId = useId();
  const sliderId = useId();
  const rolling = round.busy;

  const odds = diceOdds(target, direction, game.rtp);
  const bounds = diceTargetBounds(direction);

  const changeDirection = (next: DiceDirection) => {
    setDirection(next);
    // Keep the same winning range size: rolling over 50.50 ↔ under 49.49 (W rolls either way).
    if (odds.ok) setTarget(hundredthsText(next === 'OVER' ? 9_999 - odds.winningRolls : odds.winningRolls));
  };

  /** The roll lands: from a random spot (every roll visibly rolls) to the result, then it is told in words. */
  const showRoll = (fast: boolean) => async (bet: PlayedBet) => {
    const outcome = readDiceOutcome(bet.outcome);
    if (!outcome) return;
    roll.jumpTo(Math.random() * 100);
    await roll.animateTo(outcome.roll, fast ? FAST_ROLL_MS : ROLL_MS);
    setShown({ bet, roll: outcome.roll, win: outcome.win });
  };

  const requestFor = (stakeMinor: string): BetRequest | null =>
    odds.ok
      ? {
          game: 'DICE',
          asset: asset.code,
          stake: stakeMinor,
          params: { target: odds.targetHundredths / 100, direction },
        }
      : null;

  const onRoll = (event: FormEvent) => {
    event.preventDefault();
    const check = stake.read();
    const request = check.ok ? requestFor(check.minor) : null;
    if (request) void round.play(request, showRoll(false));
  };

  const locked = rolling || autoRunning;
  const payoutOnWin = (() => {
    const check = parseMoneyInput(stake.text, asset.scale);
    return odds.ok && check.ok
      ? formatMoney(dicePayout(BigInt(check.minor), odds.winningRolls, game.rtp).toString(), asset.scale, asset.code)
      : '—';
  })();

  return (
    <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
      <div className="flex flex-col gap-4 rounded-xl border border-brand-fg/15 p-5">
        <ModeTabs mode={mode} onChange={setMode} disabled={locked} />
        <StakeField session={session} stake={stake} disabled={locked} />
        <fieldset className="flex flex-col gap-2" disabled={locked}>
          <legend className="text-sm font-medium">Direction</legend>
          <div className="grid grid-cols-2 gap-2">
            {(['OVER', 'UNDER'] as const).map((d) => (
              <label
                key={d}
                className="flex cursor-pointer items-center justify-center gap-2 rounded-md border border-brand-fg/20 px-3 py-2 text-sm font-semibold has-[:checked]:border-brand has-[:checked]:bg-brand has-[:checked]:text-brand-on"
              >
                <input
                  type="radio"
                  name="dice-direction"
                  value={d}
                  checked={direction === d}
                  onChange={() => changeDirection(d)}
                  className="sr-only"
                />
                {d === 'OVER' ? 'Roll over' : 'Roll under'}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor={targetId} className="text-sm font-medium">
            Target
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
          <label htmlFor={sliderId} className="sr-only">
            Target slider
          </label>
          <input
            id={sliderId}
            type="range"
            min={bounds.min / 100}
            max={bounds.max / 100}
            step={0.01}
            value={odds.ok ? odds.targetHundredths / 100 : 50}
            disabled={locked}
            onChange={(e) => setTarget(Number(e.target.value).toFixed(2))}
            className="accent-[var(--color-brand)]"
          />
          {odds.ok ? null : <p className="text-sm text-danger">{odds.problem}</p>}
        </div>
        <dl className="grid grid-cols-3 gap-2">
          <Figure label="Chance" value={odds.ok ? `${odds.chance} %` : '—'} />
          <Figure label="Multiplier" value={odds.ok ? `${odds.multiplier}×` : '—'} />
          <Figure label="Payout" value={payoutOnWin} />
        </dl>
        {mode === 'manual' ? (
          <form onSubmit={(e) => void onRoll(e)} noValidate aria-label="Dice bet">
            <PlayButton busy={rolling} busyLabel={round.settling ? 'Settling…' : 'Rolling…'} disabled={!odds.ok}>
              Roll dice
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
              return request ? round.play(request, showRoll(true)) : { ok: false, message: 'Check the target.' };
            }}
          />
        )}
        <BetProblem message={round.problem} onRetry={round.retry} />
      </div>

      <section
        aria-label="Dice result"
        className="flex flex-col justify-center gap-6 rounded-xl border border-brand-fg/15 bg-gradient-to-br from-brand/20 to-transparent p-6"
      >
        <p
          aria-hidden="true"
          className={`text-center text-7xl font-black tabular-nums transition-colors ${shown && !rolling ? (shown.win ? 'text-emerald-400' : 'text-red-400') : ''}`}
        >
          {twoDecimals(roll.value)}
        </p>
        <DiceTrack
          targetHundredths={odds.ok ? odds.targetHundredths : 5050}
          direction={direction}
          marker={rolling || shown ? roll.value : null}
          win={rolling || !shown ? null : shown.win}
        />
        <p role="status" className="min-h-7 text-center text-lg font-semibold">
          {rolling
            ? round.settling
              ? 'Settling…'
              : 'Rolling…'
            : shown
              ? `Rolled ${twoDecimals(shown.roll)} — ${shown.win ? winText(shown.bet, asset.scale) : 'no win this time'}`
              : 'Choose your target and roll.'}
        </p>
        {shown && !rolling ? (
          <p className="text-center text-xs opacity-70">
            Stake {formatMoney(shown.bet.stake, asset.scale, shown.bet.asset)} · nonce {shown.bet.fairness.nonce}
          </p>
        ) : null}
      </section>
    </div>
  );
}
