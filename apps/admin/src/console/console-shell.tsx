'use client';

import { usePathname, useRouter } from 'next/navigation';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import {
  FormAlert,
  OperatorViewerFields,
  OperatorViewerQuery,
  problemFromCombinedError,
  readFragment,
  useSession,
} from '@casinox/web';
import { LoadingState } from '@/ui/primitives';
import { ReconciliationAlert } from '@/features/reconciliation/reconciliation-alert';
import { can, type Role } from './permissions';
import { Sidebar } from './sidebar';
import { ViewerContext, type ViewerContextValue } from './viewer-context';

/** Everything behind sign-in: waits for the session, loads the viewer, renders the sidebar. */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const session = useSession();
  const router = useRouter();
  const pathname = usePathname();
  const authenticated = session.status === 'authenticated';
  const [result] = useQuery({ query: OperatorViewerQuery, pause: !authenticated });

  useEffect(() => {
    if (session.status === 'anonymous') router.replace(`/login?next=${encodeURIComponent(pathname)}`);
  }, [session.status, router, pathname]);

  const value = useMemo<ViewerContextValue | null>(() => {
    const raw = result.data?.operatorViewer;
    if (!raw) return null;
    const viewer = readFragment(OperatorViewerFields, raw);
    const tenantId = viewer.tenant?.id ?? session.claims?.tid ?? null;
    const currentMembership = viewer.memberships.find((m) => m.tenant.id === tenantId) ?? null;
    const role = (currentMembership?.role ?? session.claims?.role ?? viewer.operator?.role ?? null) as Role | null;
    return { viewer, tenantId, currentMembership, role, platformAdmin: viewer.platformAdmin };
  }, [result.data, session.claims]);

  if (session.status !== 'authenticated') return <LoadingState label="Checking your session…" />;
  if (result.error && !value) {
    return (
      <main className="mx-auto max-w-md px-6 py-20">
        <FormAlert problem={problemFromCombinedError(result.error)} />
      </main>
    );
  }
  if (!value) return <LoadingState label="Loading the console…" />;

  return (
    <ViewerContext.Provider value={value}>
      <div className="flex min-h-screen">
        <Sidebar />
        {/* Keyed by tenant: a tenant switch starts every screen afresh (no stale drafts). */}
        <main key={value.tenantId ?? 'none'} className="min-w-0 flex-1 px-6 py-8 lg:px-10">
          {can(value.role, 'reconciliation.view') ? <ReconciliationAlert /> : null}
          {children}
        </main>
      </div>
    </ViewerContext.Provider>
  );
}
