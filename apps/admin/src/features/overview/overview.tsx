'use client';

import Link from 'next/link';
import { useViewer } from '@/console/viewer-context';
import { type Capability, can, ROLE_LABELS } from '@/console/permissions';
import { Card, EmptyState, PageHeader } from '@/ui/primitives';

const SECTIONS: { href: string; title: string; text: string; capability?: Capability }[] = [
  {
    href: '/players',
    title: 'Players',
    text: 'Find a player, see their balances and ledger.',
    capability: 'players.view',
  },
  {
    href: '/treasury',
    title: 'Treasury',
    text: 'House, jackpot pools, escrow, clearing and commission balances.',
    capability: 'treasury.view',
  },
  {
    href: '/withdrawals',
    title: 'Withdrawals',
    text: 'Approve or reject withdrawals above the threshold (four eyes).',
    capability: 'withdrawals.approve',
  },
  {
    href: '/adjustments',
    title: 'Adjustments',
    text: 'Manual credits and debits, approved by a second operator.',
    capability: 'adjustments.view',
  },
  {
    href: '/reconciliation',
    title: 'Reconciliation',
    text: 'Proof that the ledger balances, and what it found when it does not.',
    capability: 'reconciliation.view',
  },
  { href: '/operators', title: 'Operators', text: 'Invite staff, set their roles, disable access.' },
  { href: '/settings', title: 'Branding & settings', text: 'Name, colours, logo text and tagline of the player site.' },
  { href: '/api-keys', title: 'Partner API keys', text: 'Credentials for partners integrating with the GraphQL API.' },
];

export function Overview() {
  const { viewer, currentMembership, role, platformAdmin } = useViewer();
  if (!currentMembership) {
    return (
      <>
        <PageHeader title={`Welcome, ${viewer.user.displayName}`} description="You are signed in without a tenant." />
        {platformAdmin ? (
          <Card title="Platform administration">
            <p className="text-sm text-slate-600">
              Create and review tenants under{' '}
              <Link href="/platform/tenants" className="font-semibold text-brand hover:underline">
                Platform → Tenants
              </Link>
              .
            </p>
          </Card>
        ) : (
          <EmptyState title="No tenant yet">Ask a tenant owner to invite you.</EmptyState>
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={currentMembership.tenant.name}
        description={
          <>
            Signed in as {viewer.operator?.displayName ?? viewer.user.displayName} ·{' '}
            {role ? ROLE_LABELS[role] : 'Operator'}
          </>
        }
      />
      <div className="grid gap-4 md:grid-cols-3">
        {SECTIONS.filter((s) => !s.capability || can(role, s.capability)).map((s) => (
          <Link
            key={s.href}
            href={s.href}
            className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand/40 hover:shadow"
          >
            <p className="font-semibold text-slate-900">{s.title}</p>
            <p className="mt-1 text-sm text-slate-600">{s.text}</p>
          </Link>
        ))}
      </div>
      <div className="mt-6">
        <Card
          title="Business figures"
          description="Turnover, GGR and deposits appear here once the wallet and games services report them."
        >
          <EmptyState title="No figures yet">Reporting is not connected to this console yet.</EmptyState>
        </Card>
      </div>
    </>
  );
}
