'use client';

import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { formatMoney } from '@casinox/web';
import { winText } from '../shared/describe-outcome';
import type { GameSession } from '../shared/game-screen';
import {
  readRouletteOutcome,
  readRouletteParams,
  type RouletteBetParam,
  type RouletteOutcome,
} from '../shared/outcomes';
import { BetProblem, PlayButton } from '../shared/play-controls';
import type { PlayedBet } from '../shared/played-bet';
import { CurrencyField } from '../shared/stake-field';
import { checkStakeMinor } from '../shared/stake-limits';
import { delay, motionMs } from '../shared/use-animated-number';
import { useInstantPlay } from '../shared/use-instant-play';
import { RouletteBoard } from './roulette-board';
import {
  type BoardSpot,
  chipValues,
  MAX_BETS_PER_SPIN,
  type PlacedChip,
  spotOfBet,
  toRouletteBets,
  wheelRotationFor,
} from './roulette-layout';
import { RouletteWheel } from './roulette-wheel';

const SPIN_MS = 4_000;
const COLOUR_WORD = { RED: 'red', BLACK: 'black', GREEN: 'green' } as const;

interface Shown {
  bet: PlayedBet;
  outcome: RouletteOutcome;
  /** The spots of the bets that won (the board rings them). */
  winningSpots: Set<string>;
}

/**
 * European roulette: pick a chip, place it on any bets of the board (several per spin), spin. The
 * wheel turns, the ball lands in the pocket the API drew, then the winning bets light up.
 */
export function RouletteGame({ session }: { session: GameSession }) {
  const { asset, limit } = session;
  const chips = useMemo(() => (limit ? chipValues(BigInt(limit.minStake), BigInt(limit.maxStake)) : []), [limit]);
  const [chip, setChip] = useState<bigint | null>(null);
  const [placed, setPlaced] = useState<PlacedChip[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [rotation, setRotation] = useState(0);
  const [ballRotation, setBallRotation] = useState(0);
  const [spinning, setSpinning] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const round = useInstantPlay(session);
  const selectedChip = chip !== null && chips.includes(chip) ? chip : (chips[1] ?? chips[0] ?? null);

  // Chips are amounts of one asset: another asset starts an empty board.
  useEffect(() => {
    setPlaced([]);
    setShown(null);
  }, [asset.code]);

  const { bets, stake } = useMemo(() => toRouletteBets(placed), [placed]);
  const stakes = useMemo(() => {
    const map = new Map<string, bigint>();
    for (const p of placed) map.set(p.spotId, (map.get(p.spotId) ?? 0n) + p.amount);
    return map;
  }, [placed]);

  const place = (spot: BoardSpot) => {
    if (selectedChip === null) return;
    setNotice(null);
    if (!stakes.has(spot.id) && stakes.size >= MAX_BETS_PER_SPIN) {
      setNotice(`At most ${MAX_BETS_PER_SPIN} different bets per spin.`);
      return;
    }
    setPlaced((list) => [...list, { spotId: spot.id, amount: selectedChip }]);
  };

  const spinTo = (bet: PlayedBet, sent: RouletteBetParam[]) => async () => {
    const outcome = readRouletteOutcome(bet.outcome);
    if (!outcome) return;
    setShown(null);
    setSpinning(true);
    const ms = motionMs(SPIN_MS);
    setRotation((r) => wheelRotationFor(r, outcome.pocket));
    // The ball runs the other way and ends at the top, over the pocket.
    setBallRotation((b) => b - (((b % 360) + 360) % 360) - 3 * 360);
    await delay(ms + 50);
    setSpinning(false);
    const winningSpots = new Set(
      outcome.winningBets.map((i) => sent[i]).flatMap((b) => (b ? [spotOfBet(b)?.id ?? ''] : [])),
    );
    setShown({ bet, outcome, winningSpots });
  };

  const onSpin = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (bets.length === 0) return setNotice('Place at least one chip on the board.');
    const allowed = checkStakeMinor(stake.toString(), asset.scale, asset.code, limit);
    if (!allowed.ok) return setNotice(`Total stake: ${allowed.problem}`);
    const sent = bets;
    void round.play({ game: 'ROULETTE', asset: asset.code, stake: stake.toString(), params: { bets: sent } }, (bet) =>
      spinTo(bet, sent)(),
    );
  };

  const busy = round.busy || spinning;
  const money = (minor: bigint | string) => formatMoney(minor.toString(), asset.scale, asset.code);

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
        <section
          aria-label="Roulette wheel"
          className="flex flex-col items-center gap-3 rounded-xl border border-brand-fg/15 bg-gradient-to-br from-brand/20 to-transparent p-4"
        >
          <RouletteWheel
            rotation={rotation}
            ballRotation={ballRotation}
            spinMs={motionMs(SPIN_MS)}
            landed={shown && !spinning ? shown.outcome.pocket : null}
          />
          <p role="status" className="min-h-7 text-center text-lg font-semibold">
            {round.busy && !spinning
              ? round.settling
                ? 'Settling…'
                : 'Placing your bets…'
              : spinning
                ? 'The ball is spinning…'
                : shown
                  ? `The ball landed on ${shown.outcome.pocket} ${COLOUR_WORD[shown.outcome.colour]} — ${BigInt(shown.bet.payout ?? '0') > 0n ? winText(shown.bet, asset.scale) : 'no win this time'}`
                  : 'Place your chips and spin.'}
          </p>
        </section>
        <div className="flex flex-col gap-4 rounded-xl border border-brand-fg/15 p-5">
          <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
            <CurrencyField session={session} disabled={busy} />
            <div className="flex flex-col gap-1">
              <p id="chip-value-label" className="text-sm font-medium">
                Chip value
              </p>
              <div role="group" aria-labelledby="chip-value-label" className="flex flex-wrap gap-2">
                {chips.map((value) => (
                  <button
                    key={value.toString()}
                    type="button"
                    disabled={busy}
                    aria-pressed={value === selectedChip}
                    aria-label={`Chip ${money(value)}`}
                    onClick={() => setChip(value)}
                    className="flex h-11 min-w-11 items-center justify-center rounded-full border-2 border-dashed border-white/70 bg-amber-600/60 px-2 text-xs font-black aria-pressed:bg-amber-400 aria-pressed:text-black disabled:opacity-60"
                  >
                    {formatMoney(value.toString(), asset.scale, '').trim()}
                  </button>
                ))}
              </div>
            </div>
          </div>
          <RouletteBoard
            stakes={stakes}
            winningSpots={shown && !spinning ? shown.winningSpots : new Set()}
            pocket={shown && !spinning ? shown.outcome.pocket : null}
            asset={asset}
            disabled={busy}
            onPlace={place}
          />
          <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
            <p className="tabular-nums">
              <span className="font-semibold">Total stake {money(stake)}</span> · {bets.length} bet
              {bets.length === 1 ? '' : 's'}
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                disabled={busy || placed.length === 0}
                onClick={() => setPlaced((list) => list.slice(0, -1))}
                className="rounded-md border border-brand-fg/25 px-3 py-1.5 font-semibold hover:bg-brand-fg/10 disabled:opacity-50"
              >
                Undo chip
              </button>
              <button
                type="button"
                disabled={busy || placed.length === 0}
                onClick={() => setPlaced([])}
                className="rounded-md border border-brand-fg/25 px-3 py-1.5 font-semibold hover:bg-brand-fg/10 disabled:opacity-50"
              >
                Clear bets
              </button>
            </div>
          </div>
          {notice ? (
            <p role="alert" className="text-sm text-danger">
              {notice}
            </p>
          ) : null}
          <form onSubmit={onSpin} noValidate aria-label="Roulette bet">
            <PlayButton busy={busy} busyLabel={round.settling ? 'Settling…' : 'Spinning…'}>
              Spin
            </PlayButton>
          </form>
          <BetProblem message={round.problem} onRetry={round.retry} />
          {shown && !spinning && shown.outcome.winningBets.length > 0 ? (
            <ul aria-label="Winning bets" className="text-sm">
              {shown.outcome.winningBets.map((i) => {
                const sent = readRouletteParams(shown.bet.params)?.bets[i];
                const spot = sent ? spotOfBet(sent) : undefined;
                return (
                  <li key={i}>
                    ✓ {spot?.label ?? 'Bet'} — {sent ? money(sent.amount) : ''}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
