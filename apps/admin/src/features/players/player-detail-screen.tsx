'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useQuery } from 'urql';
import {
  FormAlert,
  formatMoney,
  PlayerDetailQuery,
  PlayerRowFields,
  problemFromCombinedError,
  readFragment,
  WalletFields,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { AdjustmentRequestForm } from '@/features/adjustments/adjustment-request-form';
import { ADJUSTABLE_ASSETS, AdjustmentsTable } from '@/features/adjustments/adjustments-screen';
import { Badge, Button, Card, EmptyState, formatDate, LoadingState, PageHeader } from '@/ui/primitives';
import { PlayerBonuses } from './player-bonuses';
import { PlayerLedger } from './player-ledger';

/** One player as operators see them: who they are, their balances, their ledger, and adjustments. */
export function PlayerDetailScreen({ playerId }: { playerId: string }) {
  const { role } = useViewer();
  const [refresh, setRefresh] = useState(0);
  const [result, reexecute] = useQuery({
    query: PlayerDetailQuery,
    variables: { id: playerId },
    requestPolicy: 'cache-and-network',
  });
  const problem = problemFromCombinedError(result.error);
  const reload = () => {
    reexecute({ requestPolicy: 'network-only' });
    setRefresh((n) => n + 1);
  };

  if (!result.data && problem) return <FormAlert problem={problem} />;
  if (!result.data) return <LoadingState label="Loading the player…" />;
  const raw = result.data.player;
  if (!raw) {
    return (
      <>
        <PageHeader title="Player not found" />
        <EmptyState title="No such player at this casino">
          <Link href="/players" className="font-semibold text-brand hover:underline">
            Back to the player search
          </Link>
        </EmptyState>
      </>
    );
  }
  const player = readFragment(PlayerRowFields, raw);
  const wallets = (raw.wallets ?? []).map((w) => readFragment(WalletFields, w));
  const assets = [...new Set([...wallets.map((w) => w.asset.code), ...ADJUSTABLE_ASSETS])];

  return (
    <>
      <PageHeader
        title={player.displayName}
        description={
          <>
            <Link href="/players" className="text-brand hover:underline">
              Players
            </Link>{' '}
            · {player.email ?? 'no email'} · registered {formatDate(player.createdAt)}
          </>
        }
        actions={
          <Button variant="secondary" disabled={result.fetching} onClick={reload}>
            {result.fetching ? 'Refreshing…' : 'Refresh'}
          </Button>
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="Details">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-500">Player id</dt>
            <dd className="font-mono text-xs text-slate-800">{player.id}</dd>
            <dt className="text-slate-500">Status</dt>
            <dd>
              <Badge tone={player.status === 'ACTIVE' ? 'green' : 'red'}>
                {player.status === 'ACTIVE' ? 'Active' : 'Disabled'}
              </Badge>
            </dd>
          </dl>
        </Card>
        <Card
          title="Balances"
          description="Real money (balance, what is available, what withdrawals hold) and bonus money, per asset."
        >
          {wallets.length === 0 ? (
            <EmptyState title="No balances yet">The player has not held any money here.</EmptyState>
          ) : (
            <div className="-mx-5 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    {['Asset', 'Balance', 'Available', 'Held', 'Bonus'].map((c) => (
                      <th key={c} scope="col" className={`px-4 py-2 font-medium ${c === 'Asset' ? '' : 'text-right'}`}>
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {wallets.map((w) => (
                    <tr key={w.asset.code} className="border-t border-slate-100" aria-label={`${w.asset.code} balance`}>
                      <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                        {w.asset.code}
                      </th>
                      {[w.balance, w.available, w.held, w.bonusBalance].map((amount, i) => (
                        <td key={i} className="px-4 py-3 text-right tabular-nums text-slate-800">
                          {formatMoney(amount, w.asset.scale, w.asset.code)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card
          title="Bonuses"
          description="The player’s bonuses, newest first: state, bonus money awarded and wagering progress."
        >
          <PlayerBonuses key={refresh} playerId={player.id} />
        </Card>
        <Card title="Ledger" description="Every movement on the player’s balances, newest first.">
          <PlayerLedger playerId={player.id} assets={assets} refresh={refresh} />
        </Card>
        {can(role, 'adjustments.request') ? (
          <Card
            title="Request an adjustment"
            description="A manual credit or debit of this player’s cash. A finance operator other than you approves it before anything moves."
          >
            <AdjustmentRequestForm playerId={player.id} assets={assets} onRequested={() => setRefresh((n) => n + 1)} />
          </Card>
        ) : null}
        {can(role, 'adjustments.view') ? (
          <Card title="Adjustments for this player" description="Newest first.">
            <AdjustmentsTable key={refresh} playerId={player.id} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
