'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { BetDetailQuery, BetRowFields, FormAlert, problemFromCombinedError, readFragment } from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { Badge, Card, CopyButton, EmptyState, formatDate, LoadingState, PageHeader } from '@/ui/primitives';
import { formatBetMoney, formatMultiplier, isBigWin, netResult } from './bet-amounts';
import { gameLabel, isUuid } from './bet-filter';
import { BetStatusBadge } from './bet-row';
import { type BetFact, describeBet, minesBoard, type MinesTile, slotsRows, verifierCommand } from './describe-bet';

function Facts({ facts, label }: { facts: BetFact[]; label: string }) {
  if (facts.length === 0) return <p className="text-sm text-slate-500">Nothing recorded.</p>;
  return (
    <dl aria-label={label} className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
      {facts.map((fact, i) => (
        <div key={`${fact.label}-${i}`} className="contents">
          <dt className="font-medium text-slate-600">{fact.label}</dt>
          <dd
            className={
              fact.tone === 'win'
                ? 'font-semibold text-emerald-700'
                : fact.tone === 'loss'
                  ? 'text-slate-700'
                  : 'text-slate-900'
            }
          >
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}

function Mono({ children }: { children: ReactNode }) {
  return <code className="font-mono text-xs break-all text-slate-800">{children}</code>;
}

const TILE_CLASS: Record<MinesTile, string> = {
  hidden: 'bg-slate-100 text-slate-400',
  safe: 'bg-emerald-100 text-emerald-800',
  mine: 'bg-red-100 text-red-700',
  hit: 'bg-red-600 text-white',
};
const TILE_LABEL: Record<MinesTile, string> = { hidden: 'not revealed', safe: 'safe', mine: 'mine', hit: 'mine (hit)' };

function MinesGrid({ tiles }: { tiles: MinesTile[] }) {
  return (
    <ol aria-label="Mines board" className="mt-4 grid w-fit grid-cols-5 gap-1">
      {tiles.map((tile, i) => (
        <li
          key={i}
          aria-label={`Tile ${i}: ${TILE_LABEL[tile]}`}
          className={`flex h-9 w-9 items-center justify-center rounded text-xs font-semibold ${TILE_CLASS[tile]}`}
        >
          {tile === 'mine' || tile === 'hit' ? '✹' : i}
        </li>
      ))}
    </ol>
  );
}

function SlotsGrid({ rows }: { rows: string[][] }) {
  return (
    <table aria-label="Reels" className="mt-4 border-separate border-spacing-1 text-center text-xs">
      <thead className="sr-only">
        <tr>
          {rows[0]!.map((_, reel) => (
            <th key={reel} scope="col">
              Reel {reel + 1}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((symbol, reel) => (
              <td key={reel} className="w-16 rounded bg-slate-100 px-2 py-2 font-medium text-slate-800">
                {symbol}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One bet: money, who and when, the game's parameters and outcome in words, and every provably fair input. */
export function BetDetailScreen({ betId }: { betId: string }) {
  const { role } = useViewer();
  const allowed = can(role, 'bets.view');
  const validId = isUuid(betId);
  const [result] = useQuery({
    query: BetDetailQuery,
    variables: { id: betId },
    pause: !allowed || !validId,
    requestPolicy: 'cache-and-network',
  });
  const problem = problemFromCombinedError(result.error);
  const data = result.data?.bet;

  const back = (
    <Link href="/bets" className="text-sm font-medium text-brand hover:underline">
      ← All bets
    </Link>
  );

  if (!allowed) {
    return (
      <>
        <PageHeader title="Bet" />
        <EmptyState title="Not available for your role">Bets are for casino staff.</EmptyState>
      </>
    );
  }
  if (!validId || (!data && problem)) {
    return (
      <>
        <PageHeader title="Bet" actions={back} />
        {validId && problem?.code !== 'NOT_FOUND' ? (
          <FormAlert problem={problem} />
        ) : (
          <EmptyState title="No such bet">No bet of your casino has the id {betId}.</EmptyState>
        )}
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title="Bet" actions={back} />
        <LoadingState label="Loading the bet…" />
      </>
    );
  }

  const bet = readFragment(BetRowFields, data);
  const { fairness } = data;
  const described = describeBet(bet.game, data.params, data.outcome, bet.asset);
  const net = netResult(bet.stake, bet.payout);
  const big = bet.status === 'SETTLED' && isBigWin(bet.stake, bet.payout);
  const board = bet.game === 'MINES' ? minesBoard(data.outcome) : null;
  const reels = bet.game === 'SLOTS' ? slotsRows(data.outcome) : null;
  const command = verifierCommand({ game: bet.game, variant: bet.variant, params: data.params, fairness });

  return (
    <>
      <PageHeader
        title={`${gameLabel(bet.game)} bet of ${formatBetMoney(bet.stake, bet.asset)}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <BetStatusBadge status={bet.status} />
            {big ? <Badge tone="amber">Big win</Badge> : null}
            <span className="font-mono text-xs text-slate-500">{bet.id}</span>
          </span>
        }
        actions={back}
      />
      {problem ? <FormAlert problem={problem} /> : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card title="Summary">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <Field label="Player">
              <Link href={`/players/${bet.playerId}`} className="font-medium hover:underline">
                {data.player.displayName}
              </Link>
              {data.player.email ? <span className="text-slate-500"> · {data.player.email}</span> : null}
              <div>
                <Mono>{bet.playerId}</Mono>
              </div>
              <Link href={`/bets?playerId=${bet.playerId}`} className="text-xs font-medium text-brand hover:underline">
                All bets of this player
              </Link>
            </Field>
            <Field label="Game">
              {gameLabel(bet.game)} <span className="text-slate-500">(variant {bet.variant})</span>
            </Field>
            <Field label="Placed">{formatDate(bet.createdAt)}</Field>
            <Field label="Settled">{bet.settledAt ? formatDate(bet.settledAt) : 'Not yet'}</Field>
            <Field label="Stake">
              <span className="tabular-nums">{formatBetMoney(bet.stake, bet.asset)}</span>
            </Field>
            <Field label="Payout">
              <span className="tabular-nums">
                {bet.status === 'REJECTED'
                  ? 'None: the bet was refused'
                  : bet.payout == null
                    ? 'Not known yet (round open)'
                    : formatBetMoney(bet.payout, bet.asset)}
              </span>
            </Field>
            <Field label="Player’s net result">
              <span className={`tabular-nums ${net && BigInt(net) > 0n ? 'font-semibold text-emerald-700' : ''}`}>
                {net == null ? '—' : formatBetMoney(net, bet.asset, { sign: 'always' })}
              </span>
            </Field>
            <Field label="Multiplier">{formatMultiplier(bet.multiplier)}</Field>
            {data.rejectionCode ? <Field label="Rejected because">{data.rejectionCode}</Field> : null}
          </dl>
        </Card>
        <Card
          title="Provably fair inputs"
          description="Everything a verifier needs to recompute this bet: HMAC-SHA256(server seed, “client seed:nonce:round”)."
        >
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <Field label="Seed pair">
              <Mono>{fairness.seedPairId}</Mono>
            </Field>
            <Field label="Server seed hash">
              <Mono>{fairness.serverSeedHash}</Mono>
            </Field>
            <Field label="Server seed">
              {fairness.serverSeed ? (
                <Mono>{fairness.serverSeed}</Mono>
              ) : (
                <span className="text-slate-600">
                  Not revealed yet — it is revealed when the player rotates this seed pair.
                </span>
              )}
            </Field>
            <Field label="Client seed">
              <Mono>{fairness.clientSeed}</Mono>
            </Field>
            <Field label="Nonce">
              <span className="tabular-nums">{fairness.nonce}</span>
            </Field>
          </dl>
          {command ? (
            <div className="mt-4">
              <p className="text-sm font-medium text-slate-700">Recompute it with the independent verifier</p>
              <div className="mt-2 flex items-start gap-2">
                <code
                  aria-label="Verifier command"
                  className="min-w-0 flex-1 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-xs break-all text-slate-900"
                >
                  {command}
                </code>
                <CopyButton value={command} />
              </div>
            </div>
          ) : (
            <p className="mt-4 text-sm text-slate-600">
              Once the server seed is revealed, anyone can recompute the outcome from these inputs.
            </p>
          )}
        </Card>
        <Card title="Game parameters" description="What the player chose.">
          <Facts facts={described.params} label="Game parameters" />
        </Card>
        <Card
          title="Outcome"
          description={bet.status === 'OPEN' ? 'Only what has been revealed so far: the round is open.' : undefined}
        >
          {/* A refused bet never happened: the API shows no outcome for it. */}
          {bet.status === 'REJECTED' ? (
            <p className="text-sm text-slate-600">None: the bet was refused, so it has no outcome.</p>
          ) : (
            <Facts facts={described.outcome} label="Outcome" />
          )}
          {reels ? <SlotsGrid rows={reels} /> : null}
          {board ? <MinesGrid tiles={board} /> : null}
        </Card>
      </div>
      <details className="mt-6 rounded-xl border border-slate-200 bg-white p-5 text-sm shadow-sm">
        <summary className="cursor-pointer font-semibold text-slate-900">Raw parameters and outcome (JSON)</summary>
        <pre className="mt-3 overflow-x-auto rounded-md bg-slate-50 p-3 font-mono text-xs text-slate-800">
          {JSON.stringify({ params: data.params, outcome: data.outcome }, null, 2)}
        </pre>
      </details>
    </>
  );
}
