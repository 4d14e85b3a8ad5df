'use client';

import { useId, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  BetRowFields,
  BetSettledSubscription,
  BetsQuery,
  FormAlert,
  problemFromCombinedError,
  readFragment,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { Button, Card, EmptyState, LoadingState, PageHeader } from '@/ui/primitives';
import { DEFAULT_BIG_WIN_MULTIPLE } from './bet-amounts';
import { GAME_CODES, GAME_LABELS, type GameCodeName } from './bet-filter';
import { betColumns, BetTableRow, type BetRowView } from './bet-row';
import { addToFeed, EMPTY_FEED, feedRows, LIVE_FEED_CAP, type LiveFeed, waitingWhilePaused } from './live-feed';

const BIG_WIN_CHOICES = [2, 5, 10, 50, 100];
const selectClass = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

/**
 * Every bet of the casino as it settles, newest on top (the last 200), over the gateway's
 * graphql-ws `betSettled`. Opens with the latest settled bets. Pausing freezes the list while the
 * subscription keeps counting what arrives; resuming shows it.
 */
export function LiveBetFeedScreen() {
  const { role } = useViewer();
  const allowed = can(role, 'bets.view');
  const gameId = useId();
  const bigId = useId();
  const [game, setGame] = useState<GameCodeName | ''>('');
  const [bigWinMultiple, setBigWinMultiple] = useState(DEFAULT_BIG_WIN_MULTIPLE);
  const [frozen, setFrozen] = useState<LiveFeed<BetRowView> | null>(null);

  const [recent] = useQuery({
    query: BetsQuery,
    variables: { after: null, filter: { status: 'SETTLED' } },
    pause: !allowed,
    requestPolicy: 'network-only',
  });
  const [live, resubscribe] = useSubscription(
    { query: BetSettledSubscription, pause: !allowed },
    (feed: LiveFeed<BetRowView> = EMPTY_FEED, data) => addToFeed(feed, readFragment(BetRowFields, data.betSettled)),
  );

  const feed = live.data ?? EMPTY_FEED;
  const shownLive = frozen ? frozen.bets : feed.bets;
  const recentBets = (recent.data?.bets.edges ?? []).map((edge) => readFragment(BetRowFields, edge.node));
  const rows = feedRows(shownLive, recentBets, LIVE_FEED_CAP).filter((bet) => !game || bet.game === game);
  const waiting = waitingWhilePaused(feed, frozen);
  const liveProblem = problemFromCombinedError(live.error);
  const recentProblem = problemFromCombinedError(recent.error);

  // urql's `fetching` only means "no event yet" for a subscription: while it has no error, it is live.
  const state = liveProblem
    ? 'Disconnected'
    : frozen
      ? `Paused — ${waiting} new bet${waiting === 1 ? '' : 's'} waiting`
      : 'Live';
  const columns = betColumns(false);

  return (
    <>
      <PageHeader
        title="Live bets"
        description={`Bets of your casino as they settle, newest first (the latest ${LIVE_FEED_CAP}). Wins of at least the chosen multiple of the stake are highlighted.`}
        actions={
          allowed ? (
            frozen ? (
              <Button onClick={() => setFrozen(null)}>Resume</Button>
            ) : (
              <Button variant="secondary" onClick={() => setFrozen(feed)} disabled={!!liveProblem}>
                Pause
              </Button>
            )
          ) : null
        }
      />
      {!allowed ? (
        <EmptyState title="Not available for your role">The live bet feed is for casino staff.</EmptyState>
      ) : (
        <Card>
          <div className="mb-4 flex flex-wrap items-center gap-4">
            <p
              role="status"
              aria-label="Feed status"
              className="inline-flex items-center gap-2 text-sm font-medium text-slate-700"
            >
              <span
                aria-hidden
                className={`inline-block h-2.5 w-2.5 rounded-full ${liveProblem ? 'bg-red-500' : frozen ? 'bg-amber-500' : 'animate-pulse bg-emerald-500'}`}
              />
              {state}
            </p>
            <div className="flex items-center gap-2">
              <label htmlFor={gameId} className="text-sm font-medium text-slate-700">
                Game
              </label>
              <select
                id={gameId}
                value={game}
                onChange={(e) => setGame(e.target.value as GameCodeName | '')}
                className={selectClass}
              >
                <option value="">All games</option>
                {GAME_CODES.map((code) => (
                  <option key={code} value={code}>
                    {GAME_LABELS[code]}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex items-center gap-2">
              <label htmlFor={bigId} className="text-sm font-medium text-slate-700">
                Highlight wins from
              </label>
              <select
                id={bigId}
                value={bigWinMultiple}
                onChange={(e) => setBigWinMultiple(Number(e.target.value))}
                className={selectClass}
              >
                {BIG_WIN_CHOICES.map((multiple) => (
                  <option key={multiple} value={multiple}>
                    {multiple}× the stake
                  </option>
                ))}
              </select>
            </div>
            <span className="text-sm text-slate-500">{feed.received} received since you opened the feed</span>
          </div>
          {liveProblem ? (
            <div className="mb-4 flex flex-wrap items-center gap-3">
              <FormAlert>{`The live connection dropped: ${liveProblem.message}`}</FormAlert>
              <Button variant="secondary" onClick={() => resubscribe({ requestPolicy: 'network-only' })}>
                Reconnect
              </Button>
            </div>
          ) : null}
          {recentProblem ? <FormAlert problem={recentProblem} /> : null}
          {recent.fetching && rows.length === 0 ? (
            <LoadingState label="Loading the latest bets…" />
          ) : rows.length === 0 ? (
            <EmptyState title={game ? `No ${GAME_LABELS[game]} bets yet` : 'No bets yet'}>
              Bets appear here the moment they settle.
            </EmptyState>
          ) : (
            <div className="-mx-5 overflow-x-auto">
              <table className="w-full text-left text-sm" aria-label="Live bets">
                <thead className="text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    {columns.map((column) =>
                      typeof column === 'string' ? (
                        <th key={column} scope="col" className="px-4 py-2 font-medium">
                          {column}
                        </th>
                      ) : (
                        <th key={column.hidden} scope="col" className="px-4 py-2">
                          <span className="sr-only">{column.hidden}</span>
                        </th>
                      ),
                    )}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((bet) => (
                    <BetTableRow key={bet.id} bet={bet} bigWinMultiple={bigWinMultiple} showStatus={false} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      )}
    </>
  );
}
