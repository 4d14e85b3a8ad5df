'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useSession } from '@casinox/web';
import { Button } from '@/ui/primitives';
import { can, ROLE_LABELS } from './permissions';
import { TenantSwitcher } from './tenant-switcher';
import { useViewer } from './viewer-context';

interface NavItem {
  href: string;
  label: string;
}

export function Sidebar() {
  const { viewer, currentMembership, role, platformAdmin } = useViewer();
  const session = useSession();
  const pathname = usePathname();
  const router = useRouter();

  const tenantItems: NavItem[] = currentMembership
    ? [
        { href: '/', label: 'Overview' },
        ...(can(role, 'players.view') ? [{ href: '/players', label: 'Players' }] : []),
        ...(can(role, 'bets.view')
          ? [
              { href: '/live-bets', label: 'Live bets' },
              { href: '/bets', label: 'Bets' },
            ]
          : []),
        ...(can(role, 'games.view') ? [{ href: '/games', label: 'Games' }] : []),
        ...(can(role, 'bonuses.view') ? [{ href: '/bonuses', label: 'Bonuses' }] : []),
        ...(can(role, 'jackpots.view') ? [{ href: '/jackpots', label: 'Jackpots' }] : []),
        ...(can(role, 'rtp.view') ? [{ href: '/rtp', label: 'RTP report' }] : []),
        ...(can(role, 'treasury.view') ? [{ href: '/treasury', label: 'Treasury' }] : []),
        ...(can(role, 'withdrawals.approve') ? [{ href: '/withdrawals', label: 'Withdrawals' }] : []),
        ...(can(role, 'adjustments.view') ? [{ href: '/adjustments', label: 'Adjustments' }] : []),
        ...(can(role, 'reconciliation.view') ? [{ href: '/reconciliation', label: 'Reconciliation' }] : []),
        { href: '/operators', label: 'Operators' },
        { href: '/settings', label: 'Branding & settings' },
        { href: '/api-keys', label: 'Partner API keys' },
      ]
    : [{ href: '/', label: 'Overview' }];
  const platformItems: NavItem[] = platformAdmin ? [{ href: '/platform/tenants', label: 'Tenants' }] : [];

  const isActive = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));
  const link = (item: NavItem) => (
    <li key={item.href}>
      <Link
        href={item.href}
        aria-current={isActive(item.href) ? 'page' : undefined}
        className={`block rounded-md px-3 py-2 text-sm font-medium ${isActive(item.href) ? 'bg-white/10 text-white' : 'text-slate-300 hover:bg-white/5 hover:text-white'}`}
      >
        {item.label}
      </Link>
    </li>
  );

  const signOut = async () => {
    await session.signOut();
    router.replace('/login');
  };

  return (
    <aside className="flex w-64 shrink-0 flex-col bg-slate-900 text-slate-100">
      <div className="px-5 py-5">
        <p className="text-lg font-bold tracking-tight">CasinoX Admin</p>
      </div>
      <div className="px-4">
        <TenantSwitcher />
      </div>
      <nav aria-label="Main" className="mt-4 flex-1 px-3">
        <ul className="space-y-1">{tenantItems.map(link)}</ul>
        {platformItems.length > 0 ? (
          <>
            <p className="mt-6 px-3 text-xs font-semibold uppercase tracking-wider text-slate-500">Platform</p>
            <ul className="mt-2 space-y-1">{platformItems.map(link)}</ul>
          </>
        ) : null}
      </nav>
      <div className="border-t border-white/10 px-4 py-4 text-sm">
        <p className="truncate font-medium">{viewer.operator?.displayName ?? viewer.user.displayName}</p>
        <p className="truncate text-xs text-slate-400">{viewer.user.email}</p>
        <p className="mt-1 text-xs text-slate-400">
          {role ? ROLE_LABELS[role] : platformAdmin ? 'Platform administrator' : ''}
        </p>
        <Button variant="secondary" className="mt-3 w-full" onClick={() => void signOut()}>
          Sign out
        </Button>
      </div>
    </aside>
  );
}
