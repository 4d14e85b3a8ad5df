'use client';

import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { PlayerRowFields, PlayersQuery, readFragment, type ResultOf } from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, Card, EmptyState, formatDate, PageHeader } from '@/ui/primitives';

type PlayerRow = ResultOf<typeof PlayerRowFields>;

function usePlayersPage(search: string) {
  return function usePlayers(after: string | null): PageOfRows<PlayerRow> {
    const [result] = useQuery({
      query: PlayersQuery,
      variables: { search: search || null, after },
      requestPolicy: 'cache-and-network',
    });
    return pageOfConnection(result, result.data?.players, (node) => readFragment(PlayerRowFields, node));
  };
}

function Row({ player }: { player: PlayerRow }) {
  return (
    <tr className="border-t border-slate-100">
      <td className="px-4 py-3">
        <Link href={`/players/${player.id}`} className="font-medium text-slate-900 hover:underline">
          {player.displayName}
        </Link>
      </td>
      <td className="px-4 py-3 text-slate-700">{player.email ?? '—'}</td>
      <td className="px-4 py-3 font-mono text-xs text-slate-600">{player.id}</td>
      <td className="px-4 py-3">
        <Badge tone={player.status === 'ACTIVE' ? 'green' : 'red'}>
          {player.status === 'ACTIVE' ? 'Active' : 'Disabled'}
        </Badge>
      </td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDate(player.createdAt)}</td>
    </tr>
  );
}

/** Finds players of the tenant by name, email or the start of their id; each opens their detail and ledger. */
export function PlayersScreen() {
  const { role } = useViewer();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(text.trim());
  };
  if (!can(role, 'players.view'))
    return <EmptyState title="Not available for your role">Ask an owner for a staff role in this tenant.</EmptyState>;
  return (
    <>
      <PageHeader
        title="Players"
        description="Find a player by display name, email or the start of their id, then open their balances and ledger."
      />
      <Card>
        <form
          role="search"
          aria-label="Search players"
          onSubmit={submit}
          className="mb-4 flex flex-wrap items-end gap-2"
        >
          <div className="flex min-w-64 flex-1 flex-col gap-1">
            <label htmlFor="player-search" className="text-sm font-medium">
              Name, email or id
            </label>
            <input
              id="player-search"
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="e.g. ada@example.com"
              className="rounded-md border border-field-border bg-field px-3 py-2 text-field-fg"
            />
          </div>
          <Button type="submit">Search</Button>
          {search ? (
            <Button
              variant="ghost"
              onClick={() => {
                setText('');
                setSearch('');
              }}
            >
              Clear
            </Button>
          ) : null}
        </form>
        <PagedTable
          key={search}
          columns={['Player', 'Email', 'Id', 'Status', 'Registered']}
          usePage={usePlayersPage(search)}
          loadingLabel="Searching players…"
          empty={
            <EmptyState title={search ? 'No players match' : 'No players yet'}>
              {search
                ? 'Try part of the name or email, or the first characters of the id.'
                : 'Players appear here once they register.'}
            </EmptyState>
          }
          renderRow={(player) => <Row key={player.id} player={player} />}
        />
      </Card>
    </>
  );
}
