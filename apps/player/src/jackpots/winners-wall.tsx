'use client';

import { useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  assetScale,
  formatMoney,
  JackpotDrawFields,
  JackpotDrawQuery,
  JackpotWinFields,
  JackpotWinsQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  useSession,
} from '@casinox/web';
import { LobbyJackpotWonSubscription } from '@/lobby/lobby-subscriptions';
import { useTenant } from '@/tenant/tenant-context';
import { mergeWins, progressiveProofText } from './jackpot-view';
import { useJackpots } from './use-jackpots';

type WinView = ResultOf<typeof JackpotWinFields>;

const SHOWN = 10;

/** A draw's verification data, read when the player opens it (the entry list can be long). */
function DrawData({ drawId }: { drawId: string }) {
  const { tenant } = useTenant();
  const [result] = useQuery({ query: JackpotDrawQuery, variables: { id: drawId, tenantId: tenant.id } });
  if (result.error) return <p role="alert">{problemFromCombinedError(result.error)?.message}</p>;
  if (!result.data) return <p role="status">Loading the draw…</p>;
  if (!result.data.jackpotDraw) return <p>This draw is not available.</p>;
  const draw = readFragment(JackpotDrawFields, result.data.jackpotDraw);
  const entries = result.data.jackpotDraw.entryList ?? [];
  return (
    <>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 break-all font-mono">
        <dt className="opacity-70">Draw</dt>
        <dd>{draw.id}</dd>
        <dt className="opacity-70">Server seed</dt>
        <dd>{draw.serverSeed ?? 'not revealed yet'}</dd>
        <dt className="opacity-70">Commitment</dt>
        <dd>{draw.commitment}</dd>
        <dt className="opacity-70">Client seed</dt>
        <dd>{draw.clientSeed}</dd>
        <dt className="opacity-70">Entries digest</dt>
        <dd>{draw.entriesDigest ?? '—'}</dd>
        <dt className="opacity-70">Ticket</dt>
        <dd>
          {draw.ticket ?? '—'} of {draw.totalTickets ?? '—'}
        </dd>
        <dt className="opacity-70">Winning bet</dt>
        <dd>{draw.winnerBetId ?? '—'}</dd>
        <dt className="opacity-70">Entries</dt>
        <dd>{draw.entries}</dd>
      </dl>
      {entries.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer underline">Entry list ({entries.length})</summary>
          <ol className="mt-1 max-h-48 overflow-y-auto font-mono">
            {entries.map((e) => (
              <li key={e.betId}>
                {e.betId}:{e.stake}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <p className="mt-2 opacity-75">
        SHA-256 of the server seed equals the commitment published when the period opened; the entries digest is SHA-256
        of the lines “betId:stake” in this order; the ticket is an integer in 0…(total − 1) drawn from
        HMAC-SHA256(server seed, “client seed:0:round”), and the entry whose ticket range holds it wins.
      </p>
    </>
  );
}

function Proof({ win }: { win: WinView }) {
  const proof = win.proof;
  const [opened, setOpened] = useState(false);
  if (win.drawId) {
    return (
      <details className="mt-1 text-xs" onToggle={(e) => setOpened(e.currentTarget.open)}>
        <summary className="cursor-pointer underline">Verify this draw</summary>
        {opened ? <DrawData drawId={win.drawId} /> : null}
      </details>
    );
  }
  if (win.progressiveProof) {
    const p = win.progressiveProof;
    return (
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer underline">Verify this win</summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 break-all font-mono">
          <dt className="opacity-70">Bet</dt>
          <dd>{win.betId}</dd>
          <dt className="opacity-70">Round</dt>
          <dd>{p.round}</dd>
          <dt className="opacity-70">Byte offset</dt>
          <dd>{p.byteOffset}</dd>
          <dt className="opacity-70">Word</dt>
          <dd>{p.word}</dd>
          <dt className="opacity-70">Odds</dt>
          <dd>1 in {p.hitOneIn.toLocaleString()}</dd>
        </dl>
        <p className="mt-2 break-words opacity-75">
          {progressiveProofText(p)}. Check it on the Fairness page once the bet’s server seed is revealed (rotate your
          seed pair).
        </p>
      </details>
    );
  }
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer underline">Verify this win</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 break-all font-mono">
        <dt className="opacity-70">Bet</dt>
        <dd>{win.betId}</dd>
        {proof ? (
          <>
            <dt className="opacity-70">Server seed</dt>
            <dd>{proof.serverSeed}</dd>
            <dt className="opacity-70">Server seed hash</dt>
            <dd>{proof.serverSeedHash}</dd>
            <dt className="opacity-70">Client seed</dt>
            <dd>{proof.clientSeed}</dd>
            <dt className="opacity-70">Nonce</dt>
            <dd>{proof.nonce}</dd>
            <dt className="opacity-70">Drop range</dt>
            <dd>
              {proof.minDropValue}–{proof.maxDropValue} (minor units)
            </dd>
            <dt className="opacity-70">Drop value</dt>
            <dd>{proof.dropValue}</dd>
          </>
        ) : null}
      </dl>
      {proof ? (
        <p className="mt-2 opacity-75">
          SHA-256 of the server seed equals the hash published before the seeding opened; the drop value is min + an
          integer in 0…(max − min) drawn from HMAC-SHA256(server seed, “client seed:nonce:round”).
        </p>
      ) : (
        <p className="mt-2 opacity-75">
          The win was decided by the bet’s own provably fair outcome: verify the bet on the Fairness page once its seed
          is revealed.
        </p>
      )}
    </details>
  );
}

/** The winners' wall: the casino's latest jackpot wins, then each new one live (signed in or not), with the data to verify it. */
export function WinnersWall() {
  const { tenant } = useTenant();
  const session = useSession();
  const { jackpots } = useJackpots();
  // jackpotId: null explicitly — the API lists no wins when the argument is omitted.
  const [page] = useQuery({
    query: JackpotWinsQuery,
    variables: { tenantId: tenant.id, jackpotId: null, first: SHOWN },
    requestPolicy: 'cache-and-network',
    pause: session.status === 'loading',
  });
  const [live] = useSubscription({
    query: LobbyJackpotWonSubscription,
    variables: { tenantId: tenant.id },
    pause: session.status === 'loading',
  });
  const [arrived, setArrived] = useState<WinView[]>([]);

  useEffect(() => {
    const win = live.data?.jackpotWon;
    if (win) setArrived((list) => [...list.slice(-SHOWN), readFragment(JackpotWinFields, win)]);
  }, [live.data]);

  const wins = useMemo(
    () =>
      mergeWins(
        page.data ? page.data.jackpotWins.edges.map((e) => readFragment(JackpotWinFields, e.node)) : [],
        arrived,
        SHOWN,
      ),
    [page.data, arrived],
  );
  const names = new Map((jackpots ?? []).map((j) => [j.id, j.name]));
  if (!page.data) return null;
  if (wins.length === 0 && (jackpots ?? []).length === 0) return null;

  return (
    <section aria-labelledby="winners-heading" className="flex flex-col gap-3">
      <h2 id="winners-heading" className="text-xl font-bold">
        Jackpot winners
      </h2>
      {wins.length === 0 ? (
        <p className="text-sm opacity-75">No jackpot has been won yet — wins show up here the moment they drop.</p>
      ) : (
        <ul aria-label="Jackpot wins" className="flex flex-col gap-2">
          {wins.map((win) => (
            <li key={win.id} className="rounded-lg border border-brand-fg/15 bg-brand-fg/5 px-3 py-2 text-sm">
              <p>
                <span className="font-bold tabular-nums text-emerald-400">
                  {formatMoney(win.amount, assetScale(win.asset) ?? 2, win.asset)}
                </span>{' '}
                won on <span className="font-semibold">{names.get(win.jackpotId) ?? 'a jackpot'}</span> ({win.tierCode})
                · {new Date(win.wonAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
              </p>
              <Proof win={win} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
