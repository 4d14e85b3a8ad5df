'use client';

import { useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  assetScale,
  BigWinFields,
  BigWinsQuery,
  formatMoney,
  readFragment,
  type ResultOf,
  useSession,
} from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { multiplierText } from '@/games/shared/describe-outcome';
import { GAME_NAMES, isGameCode } from '@/games/shared/game-catalogue';
import { LobbyBigWinsSubscription } from './lobby-subscriptions';
import { mergeBigWins } from './merge-big-wins';

type BigWin = ResultOf<typeof BigWinFields>;

const SHOWN = 10;

function WinChip({ win, fresh }: { win: BigWin; fresh?: boolean }) {
  const amount = formatMoney(win.payout, assetScale(win.asset) ?? 2, win.asset);
  const game = isGameCode(win.game) ? GAME_NAMES[win.game] : win.game;
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-2 rounded-full border border-brand-fg/15 bg-brand-fg/5 px-3 py-1 text-sm ${fresh ? 'border-brand-accent' : ''}`}
    >
      <span className="font-semibold">{win.playerAlias}</span>
      <span className="opacity-75">won</span>
      <span className="font-bold tabular-nums text-emerald-400">{amount}</span>
      <span className="opacity-75">
        on {game} · {multiplierText(win.multiplier, 2)}
      </span>
    </span>
  );
}

/**
 * The lobby's big-wins ticker: the casino's latest wins of at least 10× the stake (winners by
 * pseudonym), then each new one live as it happens, signed in or not (the subscription names the
 * casino, so a visitor's token-less socket may watch it).
 */
export function BigWinsTicker() {
  const { tenant } = useTenant();
  const session = useSession();
  const [page] = useQuery({
    query: BigWinsQuery,
    variables: { tenantId: tenant.id, first: SHOWN },
    requestPolicy: 'cache-and-network',
  });
  // Wait for the session: the socket is opened with whatever identity it has then.
  const [live] = useSubscription({
    query: LobbyBigWinsSubscription,
    variables: { tenantId: tenant.id },
    pause: session.status === 'loading',
  });
  const [arrived, setArrived] = useState<BigWin[]>([]);

  useEffect(() => {
    const win = live.data?.bigWins;
    if (win) setArrived((list) => [...list.slice(-SHOWN), readFragment(BigWinFields, win)]);
  }, [live.data]);

  const wins = useMemo(
    () => mergeBigWins(page.data ? page.data.bigWins.map((w) => readFragment(BigWinFields, w)) : [], arrived, SHOWN),
    [page.data, arrived],
  );
  const freshIds = new Set(arrived.map((w) => w.id));
  // A handful of wins sit still; a full row scrolls.
  const scrolls = wins.length >= 4;

  return (
    <section aria-labelledby="big-wins-heading" className="flex flex-col gap-3">
      <h2 id="big-wins-heading" className="text-xl font-bold">
        Big wins
      </h2>
      {page.data && wins.length === 0 ? (
        <p className="text-sm opacity-75">
          No big wins yet — wins of 10× the stake or more show up here as they happen.
        </p>
      ) : (
        <div className="relative overflow-hidden rounded-xl border border-brand-fg/10 py-2 [mask-image:linear-gradient(to_right,transparent,black_4%,black_96%,transparent)]">
          <div
            className={`flex w-max gap-3 px-3 ${scrolls ? 'motion-safe:animate-[ticker_45s_linear_infinite] hover:[animation-play-state:paused]' : ''}`}
          >
            <ul aria-label="Latest big wins" className="flex gap-3">
              {wins.map((win) => (
                <li key={win.id}>
                  <WinChip win={win} fresh={freshIds.has(win.id)} />
                </li>
              ))}
            </ul>
            {scrolls ? (
              // The same chips again, so the loop has no gap (hidden from assistive tech).
              <div aria-hidden="true" className="flex gap-3">
                {wins.map((win) => (
                  <WinChip key={win.id} win={win} />
                ))}
              </div>
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}
