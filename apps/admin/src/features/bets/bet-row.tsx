'use client';

import Link from 'next/link';
import type { BetRowFields, ResultOf } from '@casinox/web';
import { Badge } from '@/ui/primitives';
import { formatBetMoney, formatMultiplier, isBigWin } from './bet-amounts';
import { betStatusLabel, gameLabel } from './bet-filter';

export type BetRowView = ResultOf<typeof BetRowFields>;

const STATUS_TONE: Record<string, 'green' | 'amber' | 'red' | 'slate' | 'indigo'> = {
  SETTLED: 'green',
  OPEN: 'indigo',
  CASHING: 'amber',
  PENDING: 'amber',
  REJECTED: 'red',
};

/** Time of day with seconds (a feed moves faster than minutes); the date too when it is not today. */
export function formatBetTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  const today = new Date().toDateString() === date.toDateString();
  return today
    ? date.toLocaleTimeString(undefined, { timeStyle: 'medium' })
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function BetStatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONE[status] ?? 'slate'}>{betStatusLabel(status)}</Badge>;
}

/**
 * One bet in a console table (live feed or search): when, who, which game, stake, payout and
 * multiplier, a big win highlighted, a link to its detail.
 */
export function BetTableRow({
  bet,
  bigWinMultiple,
  showStatus,
}: {
  bet: BetRowView;
  bigWinMultiple: number;
  showStatus: boolean;
}) {
  const big = bet.status === 'SETTLED' && isBigWin(bet.stake, bet.payout, bigWinMultiple);
  const won = bet.payout != null && BigInt(bet.payout) > 0n;
  return (
    <tr className={`border-t border-slate-100 ${big ? 'bg-amber-50' : ''}`} data-big-win={big ? 'true' : undefined}>
      <td className="px-4 py-2 whitespace-nowrap tabular-nums text-slate-700">
        {formatBetTime(bet.settledAt ?? bet.createdAt)}
      </td>
      <td className="px-4 py-2">
        <Link href={`/players/${bet.playerId}`} className="font-medium text-slate-900 hover:underline">
          {bet.player.displayName}
        </Link>
      </td>
      <td className="px-4 py-2 text-slate-700">{gameLabel(bet.game)}</td>
      <td className="px-4 py-2 whitespace-nowrap tabular-nums text-slate-900">
        {formatBetMoney(bet.stake, bet.asset)}
      </td>
      <td
        className={`px-4 py-2 whitespace-nowrap tabular-nums ${won ? 'font-semibold text-emerald-700' : 'text-slate-500'}`}
      >
        {formatBetMoney(bet.payout, bet.asset)}
      </td>
      <td className="px-4 py-2 whitespace-nowrap tabular-nums text-slate-700">
        {big ? (
          <span className="inline-flex items-center gap-1.5">
            <Badge tone="amber">Big win</Badge>
            <span className="font-semibold text-amber-800">{formatMultiplier(bet.multiplier)}</span>
          </span>
        ) : (
          formatMultiplier(bet.multiplier)
        )}
      </td>
      {showStatus ? (
        <td className="px-4 py-2">
          <BetStatusBadge status={bet.status} />
        </td>
      ) : null}
      <td className="px-4 py-2 text-right">
        <Link
          href={`/bets/${bet.id}`}
          className="text-sm font-medium text-brand hover:underline"
          aria-label={`Details of ${bet.player.displayName}’s ${gameLabel(bet.game)} bet of ${formatBetMoney(bet.stake, bet.asset)}`}
        >
          Details
        </Link>
      </td>
    </tr>
  );
}

/** Column headings matching BetTableRow (amount columns right-aligned). */
export function betColumns(showStatus: boolean): (string | { hidden: string })[] {
  return [
    'Time',
    'Player',
    'Game',
    'Stake',
    'Payout',
    'Multiplier',
    ...(showStatus ? ['Status'] : []),
    { hidden: 'Details' },
  ];
}
