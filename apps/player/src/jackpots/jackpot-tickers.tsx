'use client';

import { useEffect, useId, useState } from 'react';
import { useMutation } from 'urql';
import {
  assetScale,
  formatMoney,
  JackpotFields,
  problemFromCombinedError,
  readFragment,
  SetJackpotOptInMutation,
  useSession,
} from '@casinox/web';
import { GAME_NAMES, isGameCode } from '@/games/shared/game-catalogue';
import { jackpotsFor, timeUntil } from './jackpot-view';
import { type JackpotView, type OpenDrawView, useJackpots } from './use-jackpots';

const TYPE_LABELS: Record<JackpotView['type'], string> = {
  FIXED: 'Daily draw',
  PROGRESSIVE: 'Progressive',
  SPONSORED: 'Sponsored draw',
  MUST_DROP: 'Must drop',
};

function OptInToggle({ jackpot, onChanged }: { jackpot: JackpotView; onChanged: (jackpot: JackpotView) => void }) {
  const [state, setOptIn] = useMutation(SetJackpotOptInMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const on = jackpot.optedIn === true;
  const toggle = async () => {
    setProblem(null);
    const result = await setOptIn({ jackpotId: jackpot.id, optIn: !on });
    if (result.error || !result.data)
      return setProblem(problemFromCombinedError(result.error)?.message ?? 'Your choice was not saved.');
    onChanged(readFragment(JackpotFields, result.data.setJackpotOptIn));
  };
  return (
    <div className="flex flex-col gap-1 text-sm">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          disabled={state.fetching}
          onChange={() => void toggle()}
          className="h-4 w-4 accent-brand"
        />
        <label htmlFor={id}>Take part in {jackpot.name}</label>
      </div>
      {!on ? <p className="text-xs opacity-75">Opt in: only bets of players who take part count and can win.</p> : null}
      {problem ? (
        <p role="alert" className="text-xs text-danger">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** A clock that ticks each half minute: enough for "closes in 3 h 12 min". */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** A daily draw's running period: when it closes, its entries, and the commitment published before any entry. */
function NextDraw({ draw }: { draw: OpenDrawView }) {
  const now = useNow();
  const closes = new Date(draw.closesAt);
  return (
    <div className="flex flex-col gap-1 text-xs">
      <p>
        <span className="font-semibold">Next draw</span>{' '}
        <time dateTime={draw.closesAt} title={closes.toUTCString()}>
          closes {closes.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} (
          {timeUntil(draw.closesAt, now)})
        </time>{' '}
        · {draw.entries} {draw.entries === 1 ? 'entry' : 'entries'} so far
      </p>
      <details>
        <summary className="cursor-pointer underline" title={`Commitment ${draw.commitment}`}>
          Commitment
        </summary>
        <p className="mt-1 break-all font-mono">{draw.commitment}</p>
        <p className="mt-1 opacity-75">
          SHA-256 of this draw’s secret server seed, published before any entry. After the draw the seed is revealed:
          hash it and compare, then recompute the winning ticket from it and the draw id.
        </p>
      </details>
    </div>
  );
}

function Ticker({
  jackpot,
  draw,
  onChanged,
}: {
  jackpot: JackpotView;
  draw: OpenDrawView | null;
  onChanged: (jackpot: JackpotView) => void;
}) {
  const session = useSession();
  const scale = assetScale(jackpot.asset) ?? 2;
  const games =
    jackpot.gameCodes && jackpot.gameCodes.length > 0
      ? jackpot.gameCodes.map((g) => (isGameCode(g) ? GAME_NAMES[g] : g)).join(', ')
      : 'every game';
  return (
    <section
      aria-label={`${jackpot.name} jackpot`}
      className="flex min-w-56 flex-col gap-2 rounded-xl border border-brand-accent/50 bg-gradient-to-br from-brand/30 to-brand-accent/10 p-4"
    >
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="font-bold">{jackpot.name}</h3>
        <span className="text-xs uppercase tracking-wide opacity-70">{TYPE_LABELS[jackpot.type]}</span>
      </div>
      <ul aria-label={`${jackpot.name} tiers`} className="flex flex-col gap-1">
        {jackpot.tiers.map((tier) => (
          <li key={tier.code} className="flex items-baseline justify-between gap-3">
            <span className="text-xs font-semibold uppercase opacity-80">{tier.code}</span>
            <span className="text-lg font-extrabold tabular-nums text-emerald-400">
              {formatMoney(tier.pool, scale, jackpot.asset)}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs opacity-70">
        On {games}.{' '}
        {jackpot.type === 'MUST_DROP'
          ? `Drops by ${jackpot.tiers
              .map((t) => (t.maxDropValue ? formatMoney(t.maxDropValue, scale, jackpot.asset) : null))
              .filter(Boolean)
              .join(' / ')}.`
          : null}
      </p>
      {draw && (jackpot.type === 'FIXED' || jackpot.type === 'SPONSORED') ? <NextDraw draw={draw} /> : null}
      {jackpot.optIn && session.status === 'authenticated' ? (
        <OptInToggle jackpot={jackpot} onChanged={onChanged} />
      ) : null}
      {jackpot.optIn && session.status !== 'authenticated' ? (
        <p className="text-xs opacity-70">Players opt in to take part.</p>
      ) : null}
    </section>
  );
}

/** Live jackpot tickers: every running jackpot in the lobby, those that apply to `game` on its page. */
export function JackpotTickers({ game = null }: { game?: string | null }) {
  const { jackpots, draws, replace } = useJackpots();
  const shown = jackpotsFor(jackpots ?? [], game);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="jackpots-heading" className="flex flex-col gap-3">
      <h2 id="jackpots-heading" className="text-xl font-bold">
        Jackpots
      </h2>
      <div className="flex flex-wrap gap-4">
        {shown.map((j) => (
          <Ticker key={j.id} jackpot={j} draw={draws.get(j.id) ?? null} onChanged={replace} />
        ))}
      </div>
    </section>
  );
}
