'use client';

import { useQuery } from 'urql';
import { assetScale, BonusFields, formatMoney, PlayerBonusesQuery, readFragment, type ResultOf } from '@casinox/web';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, EmptyState, formatDate } from '@/ui/primitives';
import { CAMPAIGN_KIND_LABELS, type CampaignKind } from '@/features/bonuses/campaign-form';

type BonusView = ResultOf<typeof BonusFields>;

const money = (minor: string, asset: string) => formatMoney(minor, assetScale(asset) ?? 2, asset);

const STATES: Record<BonusView['state'], { label: string; tone: 'green' | 'amber' | 'red' | 'slate' | 'indigo' }> = {
  PENDING: { label: 'Waiting for deposit', tone: 'indigo' },
  GRANTED: { label: 'Queued', tone: 'slate' },
  ACTIVE: { label: 'Active', tone: 'green' },
  ELIGIBLE: { label: 'Converting', tone: 'green' },
  COMPLETED: { label: 'Completed', tone: 'slate' },
  EXPIRED: { label: 'Expired', tone: 'amber' },
  CANCELLED: { label: 'Cancelled', tone: 'red' },
};

/** A cancellation's cause, as the operator reads it. */
const END_REASONS: Record<string, string> = {
  PLAYER_CANCELLED: 'Cancelled by the player',
  WITHDRAWAL: 'Forfeited on withdrawal',
  BONUS_MONEY_SPENT: 'Bonus money spent',
};

function BonusRow({ b }: { b: BonusView }) {
  const state =
    b.state === 'PENDING' && b.lapsed
      ? { label: 'Lapsed', tone: 'amber' as const }
      : b.state === 'CANCELLED' && b.endReason && END_REASONS[b.endReason]
        ? { label: END_REASONS[b.endReason], tone: 'red' as const }
        : STATES[b.state];
  return (
    <tr className="border-t border-slate-100 align-top" aria-label={`Bonus ${b.campaignName}`}>
      <td className="px-4 py-3">
        <p className="font-medium text-slate-900">{b.campaignName}</p>
        <p className="text-xs text-slate-500">{b.kind ? CAMPAIGN_KIND_LABELS[b.kind as CampaignKind] : '—'}</p>
      </td>
      <td className="px-4 py-3">
        <Badge tone={state.tone}>{state.label}</Badge>
        {b.state === 'PENDING' && !b.lapsed && b.depositDeadline ? (
          <p className="mt-1 text-xs text-slate-500">deposit by {formatDate(b.depositDeadline)}</p>
        ) : null}
      </td>
      <td className="px-4 py-3 tabular-nums">{b.state === 'PENDING' ? '—' : money(b.bonusAmount, b.asset)}</td>
      <td className="px-4 py-3 tabular-nums">
        {b.state === 'PENDING' ? (
          '—'
        ) : (
          <>
            <p className="font-semibold">{b.wageringPercent} %</p>
            <p className="text-xs text-slate-500">
              {money(b.wagered, b.asset)} of {money(b.wageringRequired, b.asset)}
            </p>
          </>
        )}
      </td>
      <td className="px-4 py-3 text-xs tabular-nums text-slate-700">
        {b.state === 'COMPLETED'
          ? `${money(b.converted, b.asset)} converted`
          : b.state === 'EXPIRED' || b.state === 'CANCELLED'
            ? `${money(b.forfeited, b.asset)} forfeited`
            : '—'}
      </td>
      <td className="px-4 py-3 text-xs whitespace-nowrap">
        <p>claimed {formatDate(b.grantedAt)}</p>
        {b.expiresAt ? <p className="text-slate-500">expires {formatDate(b.expiresAt)}</p> : null}
        {b.endedAt ? <p className="text-slate-500">ended {formatDate(b.endedAt)}</p> : null}
      </td>
    </tr>
  );
}

function usePlayerBonusesPage(playerId: string) {
  return function usePlayerBonuses(after: string | null): PageOfRows<BonusView> {
    const [result] = useQuery({
      query: PlayerBonusesQuery,
      variables: { playerId, first: 20, after },
      requestPolicy: 'cache-and-network',
    });
    return pageOfConnection(result, result.data?.playerBonuses, (node) => readFragment(BonusFields, node));
  };
}

/** One player's bonuses, newest first: state, amounts, wagering progress and how each ended. */
export function PlayerBonuses({ playerId }: { playerId: string }) {
  return (
    <PagedTable
      columns={['Bonus', 'State', 'Amount', 'Wagering', 'Outcome', 'Dates']}
      usePage={usePlayerBonusesPage(playerId)}
      loadingLabel="Loading the player’s bonuses…"
      empty={<EmptyState title="No bonuses">The player has not claimed or received a bonus here.</EmptyState>}
      renderRow={(b) => <BonusRow key={b.id} b={b} />}
    />
  );
}
