'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  assetScale,
  DrawJackpotNowMutation,
  formatMoney,
  JackpotDrawFields,
  JackpotDrawsQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
} from '@casinox/web';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, EmptyState, formatDate } from '@/ui/primitives';
import { JACKPOT_CONTEXT } from './jackpot-editor';

type DrawView = ResultOf<typeof JackpotDrawFields>;
type Outcome = { tone: 'ok' | 'problem'; text: string };

const STATUS = {
  OPEN: { label: 'Open', tone: 'indigo' },
  DRAWN: { label: 'Drawn', tone: 'green' },
  ROLLED_OVER: { label: 'Rolled over', tone: 'amber' },
} as const;

function Hash({ label, value }: { label: string; value: string | null }) {
  return (
    <p className="break-all">
      <span className="text-slate-500">{label} </span>
      <span className="font-mono">{value ?? '—'}</span>
    </p>
  );
}

function DrawRow({ draw, asset }: { draw: DrawView; asset: string }) {
  const status = STATUS[draw.status];
  return (
    <tr className="border-t border-slate-100 align-top" aria-label={`Draw ${draw.id}`}>
      <td className="px-4 py-3 text-xs whitespace-nowrap">
        <p className="font-medium text-slate-900">{draw.tierCode}</p>
        <p>opened {formatDate(draw.openedAt)}</p>
        <p className="text-slate-500">
          {draw.closedAt ? `closed ${formatDate(draw.closedAt)}` : `closes ${formatDate(draw.closesAt)}`}
        </p>
      </td>
      <td className="px-4 py-3">
        <Badge tone={status.tone}>{status.label}</Badge>
      </td>
      <td className="max-w-md px-4 py-3 text-xs">
        <Hash label="commitment" value={draw.commitment} />
        <Hash
          label="server seed"
          value={draw.serverSeed ?? (draw.status === 'OPEN' ? 'secret until the draw' : null)}
        />
        <Hash label="client seed" value={draw.clientSeed} />
        {draw.entriesDigest ? <Hash label="entries digest" value={draw.entriesDigest} /> : null}
      </td>
      <td className="px-4 py-3 tabular-nums">
        <p>{draw.entries}</p>
        {draw.totalTickets ? <p className="text-xs text-slate-500">{draw.totalTickets} tickets</p> : null}
      </td>
      <td className="px-4 py-3 text-xs">
        {draw.winnerBetId ? (
          <>
            <p className="font-mono">bet {draw.winnerBetId}</p>
            <p className="font-mono text-slate-500">player {draw.winnerPlayerId ?? '—'}</p>
            <p className="text-slate-500">
              ticket {draw.ticket} of {draw.totalTickets}
            </p>
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="px-4 py-3 font-semibold tabular-nums">
        {draw.prize ? formatMoney(draw.prize, assetScale(asset) ?? 2, asset) : '—'}
      </td>
    </tr>
  );
}

function useDrawsPage(jackpotId: string) {
  return function useDraws(after: string | null): PageOfRows<DrawView> {
    const [result] = useQuery({
      query: JackpotDrawsQuery,
      variables: { jackpotId, first: 10, after },
      requestPolicy: 'cache-and-network',
    });
    return pageOfConnection(result, result.data?.jackpotDraws, (node) => readFragment(JackpotDrawFields, node));
  };
}

/** "Draw now" with a confirmation: closes every tier's running period, pays the winners, reveals the seeds. */
function DrawNow({ jackpot, onDrawn }: { jackpot: { id: string; name: string }; onDrawn: (o: Outcome) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [state, drawNow] = useMutation(DrawJackpotNowMutation);
  const run = async () => {
    const result = await drawNow({ jackpotId: jackpot.id, tierCode: null }, JACKPOT_CONTEXT);
    setConfirming(false);
    if (result.error || !result.data)
      return onDrawn({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The draw did not run.',
      });
    const draws = result.data.drawJackpotNow.map((d) => readFragment(JackpotDrawFields, d));
    const summary = draws
      .map((d) => `${d.tierCode} ${d.status === 'DRAWN' ? 'drawn' : 'rolled over (no entries)'}`)
      .join(', ');
    onDrawn({
      tone: 'ok',
      text: `${jackpot.name}: ${summary || 'nothing to draw'}. The seeds are revealed and the next period is open.`,
    });
  };
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Draw now
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Confirm drawing ${jackpot.name} now`}
      className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <span>
        Close the running period of every tier now, pay each winner and reveal the seeds? This cannot be undone.
      </span>
      <Button disabled={state.fetching} onClick={() => void run()}>
        {state.fetching ? 'Drawing…' : 'Draw now'}
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}

/** A FIXED or SPONSORED jackpot's draw periods, newest first, with what is needed to verify each. */
export function JackpotDraws({
  jackpot,
  editable,
  onOutcome,
}: {
  jackpot: { id: string; name: string; asset: string };
  editable: boolean;
  onOutcome: (o: Outcome) => void;
}) {
  const [generation, setGeneration] = useState(0);
  return (
    <section aria-label={`${jackpot.name} draw history`} className="mt-4 flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-semibold text-slate-900">Draw history</h4>
        {editable ? (
          <DrawNow
            jackpot={jackpot}
            onDrawn={(o) => {
              onOutcome(o);
              setGeneration((n) => n + 1);
            }}
          />
        ) : null}
      </div>
      <PagedTable
        key={generation}
        columns={['Period', 'Status', 'Seeds', 'Entries', 'Winner', 'Prize']}
        usePage={useDrawsPage(jackpot.id)}
        loadingLabel="Loading draws…"
        empty={<EmptyState title="No draws yet">The first period opens when the jackpot is created.</EmptyState>}
        renderRow={(d) => <DrawRow key={d.id} draw={d} asset={jackpot.asset} />}
      />
    </section>
  );
}
