'use client';

import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import {
  FormAlert,
  MyRevealedSeedPairsQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  RevealedSeedPairFields,
} from '@casinox/web';

export type RevealedPair = ResultOf<typeof RevealedSeedPairFields>;

function when(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function Page({
  after,
  isFirst,
  isLast,
  refresh,
  onMore,
  onUse,
}: {
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  refresh: number;
  onMore: (cursor: string) => void;
  onUse: (pair: RevealedPair) => void;
}) {
  const [result, reexecute] = useQuery({
    query: MyRevealedSeedPairsQuery,
    variables: { after },
    requestPolicy: 'cache-and-network',
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (refresh > 0 && isFirst) refetch();
  }, [refresh, isFirst, refetch]);
  const pairs = (result.data?.myRevealedSeedPairs.edges ?? []).map((edge) =>
    readFragment(RevealedSeedPairFields, edge.node),
  );
  if (!result.data && result.error) {
    return (
      <tr>
        <td colSpan={5} className="px-3 py-2">
          <FormAlert problem={problemFromCombinedError(result.error)} />
        </td>
      </tr>
    );
  }
  if (isFirst && result.data && pairs.length === 0) {
    return (
      <tr>
        <td colSpan={5} className="px-3 py-3 text-sm opacity-75">
          No revealed seeds yet. Rotate your seeds to reveal the current server seed.
        </td>
      </tr>
    );
  }
  const info = result.data?.myRevealedSeedPairs.pageInfo;
  return (
    <>
      {pairs.map((pair) => (
        <tr key={pair.id} className="border-t border-brand-fg/10 align-top">
          <td className="px-3 py-2 whitespace-nowrap">{when(pair.revealedAt)}</td>
          <td className="px-3 py-2 font-mono text-xs break-all">{pair.serverSeed}</td>
          <td className="px-3 py-2 font-mono text-xs break-all">{pair.clientSeed}</td>
          <td className="px-3 py-2 text-right tabular-nums">{pair.nextNonce}</td>
          <td className="px-3 py-2">
            <button
              type="button"
              onClick={() => onUse(pair)}
              className="whitespace-nowrap text-sm font-semibold underline"
              aria-label={`Verify with the seeds revealed ${when(pair.revealedAt)}`}
            >
              Use to verify
            </button>
          </td>
        </tr>
      ))}
      {isLast && info?.hasNextPage && info.endCursor ? (
        <tr>
          <td colSpan={5} className="px-3 py-2 text-center">
            <button
              type="button"
              onClick={() => onMore(info.endCursor as string)}
              className="rounded-md border border-brand-fg/30 px-3 py-1.5 text-sm font-semibold hover:bg-brand-fg/10"
            >
              Show older
            </button>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** The player's revealed seed pairs, newest first, paged; `refresh` goes up after a rotation. */
export function RevealedPairs({ refresh, onUse }: { refresh: number; onUse: (pair: RevealedPair) => void }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  // A rotation adds a pair at the top: start again from the first page.
  useEffect(() => {
    if (refresh > 0) setCursors([null]);
  }, [refresh]);
  return (
    <div className="overflow-x-auto rounded-xl border border-brand-fg/15">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your revealed seed pairs, newest first</caption>
        <thead className="bg-brand-fg/5 text-xs uppercase tracking-wide opacity-80">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Revealed
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Server seed
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Client seed
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Bets
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cursors.map((after, i) => (
            <Page
              key={after ?? 'first'}
              after={after}
              isFirst={i === 0}
              isLast={i === cursors.length - 1}
              refresh={refresh}
              onUse={onUse}
              onMore={(cursor) => setCursors((list) => [...list, cursor])}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
