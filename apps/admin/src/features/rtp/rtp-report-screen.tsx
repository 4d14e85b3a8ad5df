'use client';

import { type FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { FormAlert, GameRtpQuery, problemFromCombinedError, TextField } from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { Badge, Button, Card, EmptyState, LoadingState, PageHeader } from '@/ui/primitives';
import { formatBetMoney } from '../bets/bet-amounts';
import { dateRange, gameLabel } from '../bets/bet-filter';
import { RtpChart } from './rtp-chart';
import {
  FEW_BETS,
  formatDelta,
  formatRtp,
  houseResult,
  rtpChartData,
  rtpDelta,
  type RtpVerdict,
  rtpVerdict,
  sortRtpRows,
} from './rtp-report';

const VERDICT: Record<RtpVerdict, { tone: 'green' | 'amber' | 'red' | 'slate'; text: string }> = {
  'no-bets': { tone: 'slate', text: 'No bets' },
  'few-bets': { tone: 'slate', text: 'Too few bets to judge' },
  'on-target': { tone: 'green', text: 'Within 1 pp' },
  above: { tone: 'amber', text: 'Players ahead' },
  below: { tone: 'red', text: 'Below stated' },
};

const COLUMNS = [
  'Game',
  'Variant',
  'Asset',
  'Bets',
  'Staked',
  'Paid',
  'House kept',
  'Stated RTP',
  'Actual RTP',
  'Difference',
  'Reading',
];

/** Each game's stated RTP against what the casino's settled bets returned, per variant and asset, over a date range. */
export function RtpReportScreen() {
  const { role } = useViewer();
  const allowed = can(role, 'rtp.view');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [range, setRange] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const [rangeProblem, setRangeProblem] = useState<{ field: 'from' | 'to'; text: string } | null>(null);
  const [result, reexecute] = useQuery({
    query: GameRtpQuery,
    variables: range,
    pause: !allowed,
    requestPolicy: 'cache-and-network',
  });
  const problem = problemFromCombinedError(result.error);
  const rows = result.data ? sortRtpRows(result.data.gameRtp) : null;
  const charted = rows?.filter((row) => row.bets > 0) ?? [];

  const onApply = (event: FormEvent) => {
    event.preventDefault();
    const parsed = dateRange(fromDay, toDay);
    if (!parsed.ok) return setRangeProblem({ field: parsed.field, text: parsed.problem });
    setRangeProblem(null);
    setRange({ from: parsed.from, to: parsed.to });
  };
  const onAllTime = () => {
    setFromDay('');
    setToDay('');
    setRangeProblem(null);
    setRange({ from: null, to: null });
  };

  return (
    <>
      <PageHeader
        title="RTP report"
        description="Each game’s stated return to player against what your casino’s settled bets actually paid back, per RTP variant and asset. Short runs swing widely; judge over many bets."
        actions={
          allowed ? (
            <Button
              variant="secondary"
              disabled={result.fetching}
              onClick={() => reexecute({ requestPolicy: 'network-only' })}
            >
              {result.fetching ? 'Refreshing…' : 'Refresh'}
            </Button>
          ) : null
        }
      />
      {!allowed ? (
        <EmptyState title="Not available for your role">
          The RTP report is for owners, admins and finance staff.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <Card
            title="Period"
            description="Bets placed on these days (UTC, both inclusive). Leave both empty for all time."
          >
            <form onSubmit={onApply} noValidate aria-label="RTP period" className="flex flex-wrap items-end gap-4">
              <TextField
                label="From"
                type="date"
                value={fromDay}
                onChange={(e) => setFromDay(e.target.value)}
                error={rangeProblem?.field === 'from' ? rangeProblem.text : undefined}
              />
              <TextField
                label="To"
                type="date"
                value={toDay}
                onChange={(e) => setToDay(e.target.value)}
                error={rangeProblem?.field === 'to' ? rangeProblem.text : undefined}
              />
              <div className="flex gap-2 pb-0.5">
                <Button type="submit">Apply</Button>
                <Button variant="secondary" onClick={onAllTime}>
                  All time
                </Button>
              </div>
            </form>
          </Card>
          {!rows && problem ? (
            <FormAlert problem={problem} />
          ) : !rows ? (
            <LoadingState label="Loading the RTP report…" />
          ) : rows.length === 0 ? (
            <EmptyState title="No settled bets in this period">The report fills in as players’ bets settle.</EmptyState>
          ) : (
            <>
              {problem ? <FormAlert problem={problem} /> : null}
              {charted.length > 0 ? (
                <Card title="Stated and actual RTP">
                  <RtpChart points={rtpChartData(charted)} />
                </Card>
              ) : null}
              <Card title="By game, variant and asset">
                <div className="-mx-5 overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <thead className="text-xs uppercase tracking-wide text-slate-500">
                      <tr>
                        {COLUMNS.map((c) => (
                          <th key={c} scope="col" className="px-4 py-2 font-medium whitespace-nowrap">
                            {c}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => {
                        const verdict = VERDICT[rtpVerdict(row)];
                        const kept = houseResult(row.staked, row.paid);
                        return (
                          <tr key={`${row.game}:${row.variant}:${row.asset}`} className="border-t border-slate-100">
                            <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                              {gameLabel(row.game)}
                            </th>
                            <td className="px-4 py-2 text-slate-700">{row.variant}</td>
                            <td className="px-4 py-2 text-slate-700">{row.asset}</td>
                            <td className="px-4 py-2 tabular-nums">{row.bets.toLocaleString('en')}</td>
                            <td className="px-4 py-2 whitespace-nowrap tabular-nums">
                              {formatBetMoney(row.staked, row.asset)}
                            </td>
                            <td className="px-4 py-2 whitespace-nowrap tabular-nums">
                              {formatBetMoney(row.paid, row.asset)}
                            </td>
                            <td
                              className={`px-4 py-2 whitespace-nowrap tabular-nums ${kept.startsWith('-') ? 'text-red-700' : 'text-slate-900'}`}
                            >
                              {formatBetMoney(kept, row.asset)}
                            </td>
                            <td className="px-4 py-2 tabular-nums">{formatRtp(row.statedRtp)}</td>
                            <td className="px-4 py-2 font-semibold tabular-nums">{formatRtp(row.actualRtp)}</td>
                            <td className="px-4 py-2 whitespace-nowrap tabular-nums">
                              {formatDelta(rtpDelta(row.statedRtp, row.actualRtp))}
                            </td>
                            <td className="px-4 py-2 whitespace-nowrap">
                              <Badge tone={verdict.tone}>{verdict.text}</Badge>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                <p className="mt-3 text-xs text-slate-500">
                  Under {FEW_BETS.toLocaleString('en')} bets the actual RTP is mostly chance. “Within 1 pp”: the actual
                  RTP is within one percentage point of the stated one.
                </p>
              </Card>
            </>
          )}
        </div>
      )}
    </>
  );
}
