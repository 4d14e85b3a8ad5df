import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { gatewayHttpUrl } from '@casinox/web/server';
import { loadTenant } from '@/tenant/load-tenant';
import { TenantProviders } from '@/tenant/tenant-providers';

// The tenant and the gateway URL are read per request, never at build time.
export const dynamic = 'force-dynamic';

interface Props {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const tenant = await loadTenant((await params).slug);
  if (!tenant) return { title: 'Casino not found' };
  return {
    title: { default: tenant.name, template: `%s · ${tenant.name}` },
    description: tenant.branding.tagline ?? undefined,
  };
}

export default async function TenantLayout({ children, params }: Props) {
  const tenant = await loadTenant((await params).slug);
  if (!tenant) notFound();
  return (
    <TenantProviders tenant={tenant} gatewayUrl={gatewayHttpUrl()}>
      {children}
    </TenantProviders>
  );
}
