'use client';

import type { ReactNode } from 'react';
import { GraphQLProvider, SessionProvider } from '@casinox/web';
import { TenantBranding } from './tenant-context';
import type { TenantView } from './tenant-view';
import { SiteHeader } from '@/components/site-header';

interface Props {
  tenant: TenantView;
  gatewayUrl: string;
  children: ReactNode;
}

/** A player's session is per tenant: its refresh cookie lives under /api/session/{slug}. */
export function TenantProviders({ tenant, gatewayUrl, children }: Props) {
  return (
    <SessionProvider basePath={`/api/session/${tenant.slug}`}>
      <GraphQLProvider gatewayUrl={gatewayUrl}>
        <TenantBranding initial={tenant}>
          <SiteHeader />
          <main className="mx-auto flex w-full max-w-5xl flex-1 flex-col px-4 py-8 sm:px-6">{children}</main>
          <footer className="border-t border-brand-fg/10 px-6 py-4 text-center text-xs opacity-60">
            {tenant.name} · Play responsibly · 18+
          </footer>
        </TenantBranding>
      </GraphQLProvider>
    </SessionProvider>
  );
}
