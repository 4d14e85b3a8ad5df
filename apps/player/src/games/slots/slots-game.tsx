'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { formatMoney, parseMoneyInput } from '@casinox/web';
import { winText } from '../shared/describe-outcome';
import type { GameSession } from '../shared/game-screen';
import { readSlotsOutcome, type SlotsOutcome, type SlotSymbol } from '../shared/outcomes';
import { BetProblem, PlayButton } from '../shared/play-controls';
import type { PlayedBet } from '../shared/played-bet';
import { StakeField, useStakeInput } from '../shared/stake-field';
import { delay, motionMs } from '../shared/use-animated-number';
import { useInstantPlay } from '../shared/use-instant-play';
import { SlotSymbolArt } from './slot-symbol-art';
import {
  cellKey,
  describeLineWin,
  PAYTABLE,
  REELS,
  ROWS,
  SCATTER_PAYS,
  spinStrip,
  SYMBOL_LOOK,
  winningCells,
} from './slot-machine';

const CELL_PX = 72;
const FILLER = 18;
const FIRST_STOP_MS = 1_100;
const NEXT_STOP_MS = 350;
const START_GRID: SlotSymbol[][] = [
  ['SEVEN', 'BAR', 'CHERRY'],
  ['BELL', 'SEVEN', 'LEMON'],
  ['PLUM', 'WILD', 'BAR'],
  ['CHERRY', 'SEVEN', 'BELL'],
  ['LEMON', 'SCATTER', 'PLUM'],
];

function SlotCell({ symbol, lit }: { symbol: SlotSymbol; lit?: boolean }) {
  const look = SYMBOL_LOOK[symbol];
  return (
    <div className="flex items-center justify-center p-1" style={{ height: CELL_PX }}>
      <div
        className={`flex h-full w-full items-center justify-center rounded-md text-2xl font-black ${look.className} ${lit ? 'ring-4 ring-amber-300 shadow-[0_0_18px_rgba(252,211,77,0.8)]' : ''}`}
        role="img"
        aria-label={look.name}
      >
        <SlotSymbolArt symbol={symbol} />
      </div>
    </div>
  );
}

/** One reel: on each spin it scrolls through a strip of random symbols and stops on its result column. */
function Reel({
  index,
  column,
  spin,
  durationMs,
  lit,
}: {
  index: number;
  column: SlotSymbol[];
  spin: number;
  durationMs: number;
  lit: Set<string>;
}) {
  const [strip, setStrip] = useState<SlotSymbol[]>(column);
  const [offset, setOffset] = useState(0);
  const [animating, setAnimating] = useState(false);
  const shown = useRef(column);

  useEffect(() => {
    if (spin === 0) return;
    const next = spinStrip(column, FILLER, Math.random);
    // Start from what is showing, scroll to the end of the strip: the result column.
    setStrip([...shown.current, ...next]);
    setAnimating(false);
    setOffset(0);
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        setAnimating(true);
        setOffset(FILLER + ROWS);
      });
    });
    const done = setTimeout(() => {
      shown.current = column;
      setAnimating(false);
      setStrip(column);
      setOffset(0);
    }, durationMs + 30);
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
      clearTimeout(done);
    };
    // A new spin (not a new render) starts the animation: `column` changes together with `spin`.
  }, [spin]);

  return (
    <div className="relative overflow-hidden rounded-lg bg-black/40" style={{ height: CELL_PX * ROWS }}>
      <div
        style={{
          transform: `translateY(-${offset * CELL_PX}px)`,
          transition: animating ? `transform ${durationMs}ms cubic-bezier(0.2, 0.7, 0.25, 1.02)` : 'none',
        }}
      >
        {strip.map((symbol, i) => (
          <SlotCell key={i} symbol={symbol} lit={!animating && strip === column && lit.has(cellKey(index, i))} />
        ))}
      </div>
    </div>
  );
}

interface Shown {
  bet: PlayedBet;
  outcome: SlotsOutcome;
}

/**
 * Slots: 5 reels × 3 rows, 10 paylines. The reels spin and stop one after another on the symbols
 * the API drew; the winning runs light up and each win is listed.
 */
export function SlotsGame({ session }: { session: GameSession }) {
  const { asset } = session;
  const stake = useStakeInput(session);
  const round = useInstantPlay(session);
  const [grid, setGrid] = useState<SlotSymbol[][]>(START_GRID);
  const [spin, setSpin] = useState(0);
  const [spinning, setSpinning] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const durations = Array.from({ length: REELS }, (_, i) => motionMs(FIRST_STOP_MS + i * NEXT_STOP_MS));

  const showSpin = async (bet: PlayedBet) => {
    const outcome = readSlotsOutcome(bet.outcome);
    if (!outcome) return;
    setShown(null);
    setSpinning(true);
    setGrid(outcome.grid);
    setSpin((n) => n + 1);
    await delay(Math.max(...durations) + 80);
    setSpinning(false);
    setShown({ bet, outcome });
  };

  const onSpin = (event: FormEvent) => {
    event.preventDefault();
    const check = stake.read();
    if (check.ok) void round.play({ game: 'SLOTS', asset: asset.code, stake: check.minor, params: {} }, showSpin);
  };

  const busy = round.busy || spinning;
  const lit = shown && !spinning ? winningCells(shown.outcome) : new Set<string>();
  const lineBet = (() => {
    const check = parseMoneyInput(stake.text, asset.scale);
    return check.ok ? formatMoney((BigInt(check.minor) / 10n).toString(), asset.scale, asset.code) : '—';
  })();

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
      <div className="flex flex-col gap-4 rounded-xl border border-brand-fg/15 p-5">
        <StakeField session={session} stake={stake} disabled={busy} label="Total stake (10 lines)" />
        <p className="text-sm opacity-80">Line bet {lineBet}</p>
        <form onSubmit={onSpin} noValidate aria-label="Slots bet">
          <PlayButton busy={busy} busyLabel={round.settling ? 'Settling…' : 'Spinning…'}>
            Spin
          </PlayButton>
        </form>
        <BetProblem message={round.problem} onRetry={round.retry} />
        <details className="rounded-lg border border-brand-fg/15 px-3 py-2 text-sm">
          <summary className="cursor-pointer font-semibold">Paytable</summary>
          <table className="mt-2 w-full text-left text-xs">
            <caption className="sr-only">Line pays in line bets for 3, 4 and 5 in a row</caption>
            <thead>
              <tr className="opacity-70">
                <th scope="col">Symbol</th>
                <th scope="col">3</th>
                <th scope="col">4</th>
                <th scope="col">5</th>
              </tr>
            </thead>
            <tbody>
              {PAYTABLE.map((row) => (
                <tr key={row.symbol}>
                  <th scope="row" className="py-0.5 font-medium">
                    {SYMBOL_LOOK[row.symbol].name}
                  </th>
                  {row.pays.map((p, i) => (
                    <td key={i}>{p}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row" className="py-0.5 font-medium">
                  Scatter (× total stake)
                </th>
                {SCATTER_PAYS.map((p, i) => (
                  <td key={i}>{p}</td>
                ))}
              </tr>
            </tbody>
          </table>
          <p className="mt-2 text-xs opacity-75">
            Wild substitutes for every symbol but the scatter. Lines pay left to right, in line bets (a tenth of the
            stake).
          </p>
        </details>
      </div>
      <section
        aria-label="Slot machine"
        className="flex flex-col gap-4 rounded-xl border border-brand-fg/15 bg-gradient-to-br from-brand/20 to-transparent p-5"
      >
        <div className="grid grid-cols-5 gap-2" aria-hidden={spinning ? true : undefined}>
          {grid.map((column, reel) => (
            <Reel key={reel} index={reel} column={column} spin={spin} durationMs={durations[reel]!} lit={lit} />
          ))}
        </div>
        <p role="status" className="min-h-7 text-center text-lg font-semibold">
          {round.busy && !spinning
            ? round.settling
              ? 'Settling…'
              : 'Spinning…'
            : spinning
              ? 'Spinning…'
              : shown
                ? BigInt(shown.bet.payout ?? '0') > 0n
                  ? winText(shown.bet, asset.scale)
                  : 'No win this time'
                : 'Set your stake and spin.'}
        </p>
        {shown && !spinning && (shown.outcome.lineWins.length > 0 || shown.outcome.scatterPays > 0) ? (
          <ul aria-label="Wins" className="flex flex-col gap-1 text-sm">
            {shown.outcome.lineWins.map((win) => (
              <li key={win.line}>★ {describeLineWin(win)}</li>
            ))}
            {shown.outcome.scatterPays > 0 ? (
              <li>
                ◆ {shown.outcome.scatters} scatters pay {shown.outcome.scatterPays}× the stake
              </li>
            ) : null}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
