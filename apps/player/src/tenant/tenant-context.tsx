'use client';

import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { brandingStyle } from '@casinox/web';
import type { TenantView } from './tenant-view';

interface TenantContextValue {
  tenant: TenantView;
  /** Applies a newer tenant (from `tenantUpdated`): branding changes restyle the page at once. */
  applyUpdate: (tenant: TenantView) => void;
}

const TenantContext = createContext<TenantContextValue | null>(null);

/** Holds the current tenant and paints its branding as CSS variables on the page wrapper. */
export function TenantBranding({ initial, children }: { initial: TenantView; children: ReactNode }) {
  const [tenant, setTenant] = useState(initial);
  const applyUpdate = useCallback((next: TenantView) => setTenant(next), []);
  const value = useMemo(() => ({ tenant, applyUpdate }), [tenant, applyUpdate]);
  return (
    <TenantContext.Provider value={value}>
      <div
        data-tenant={tenant.slug}
        style={brandingStyle(tenant.branding)}
        className="flex min-h-screen flex-col bg-brand-bg text-brand-fg"
      >
        {children}
      </div>
    </TenantContext.Provider>
  );
}

export function useTenant(): TenantContextValue {
  const value = useContext(TenantContext);
  if (!value) throw new Error('useTenant must be used inside <TenantBranding>.');
  return value;
}
