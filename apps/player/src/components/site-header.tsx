'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useState } from 'react';
import { useSession } from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { HeaderBalance } from '@/wallet/balance-summary';

export function SiteHeader() {
  const { tenant } = useTenant();
  const session = useSession();
  const router = useRouter();
  const pathname = usePathname();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    await session.signOut();
    setSigningOut(false);
    router.push(`/${tenant.slug}`);
  };

  return (
    <header className="bg-brand text-brand-on shadow-md">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <div className="flex items-center gap-4">
          <Link href={`/${tenant.slug}`} className="text-xl font-extrabold tracking-tight">
            {tenant.branding.logoText || tenant.name}
          </Link>
          {session.status === 'authenticated' ? (
            <nav aria-label="Site" className="flex items-center gap-1 text-sm">
              {[
                { href: `/${tenant.slug}/games`, label: 'Games' },
                { href: `/${tenant.slug}/bonuses`, label: 'Bonuses' },
                { href: `/${tenant.slug}/fairness`, label: 'Fairness' },
              ].map((link) => (
                <Link
                  key={link.href}
                  href={link.href}
                  aria-current={pathname === link.href || pathname.startsWith(`${link.href}/`) ? 'page' : undefined}
                  className="rounded-md px-3 py-1.5 font-medium hover:bg-brand-on/10 aria-[current=page]:bg-brand-on/15"
                >
                  {link.label}
                </Link>
              ))}
            </nav>
          ) : null}
        </div>
        <nav aria-label="Account" className="flex items-center gap-2 text-sm">
          {session.status === 'authenticated' ? (
            <>
              <HeaderBalance slug={tenant.slug} />
              <button
                type="button"
                onClick={() => void signOut()}
                disabled={signingOut}
                className="rounded-md border border-brand-on/40 px-3 py-1.5 font-medium hover:bg-brand-on/10 disabled:opacity-60"
              >
                Sign out
              </button>
            </>
          ) : session.status === 'anonymous' ? (
            <>
              <Link href={`/${tenant.slug}/login`} className="rounded-md px-3 py-1.5 font-medium hover:bg-brand-on/10">
                Sign in
              </Link>
              <Link
                href={`/${tenant.slug}/register`}
                className="rounded-md bg-brand-accent px-3 py-1.5 font-semibold text-brand-accent-on hover:opacity-90"
              >
                Create account
              </Link>
            </>
          ) : null}
        </nav>
      </div>
    </header>
  );
}
