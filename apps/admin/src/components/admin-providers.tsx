'use client';

import type { ReactNode } from 'react';
import { GraphQLProvider, SessionProvider } from '@casinox/web';

/** Operator sessions: the refresh cookie lives under /api/session, the access token in memory. */
export function AdminProviders({ gatewayUrl, children }: { gatewayUrl: string; children: ReactNode }) {
  return (
    <SessionProvider basePath="/api/session">
      <GraphQLProvider gatewayUrl={gatewayUrl}>{children}</GraphQLProvider>
    </SessionProvider>
  );
}
