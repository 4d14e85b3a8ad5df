import { cache } from 'react';
import { readFragment, TenantBrandFields, TenantBySlugQuery } from '@casinox/web';
import { gatewayRequest } from '@casinox/web/server';
import { isTenantSlug } from '@/env';
import type { TenantView } from './tenant-view';

/**
 * The tenant for a slug, once per request (layout and metadata share it). Null means no such
 * tenant; an unreachable gateway throws, so the error page says so instead of a false 404.
 */
export const loadTenant = cache(async (slug: string): Promise<TenantView | null> => {
  if (!isTenantSlug(slug)) return null;
  const result = await gatewayRequest(TenantBySlugQuery, { slug });
  if (!result.ok) {
    if (result.problem.code === 'TENANT_NOT_FOUND' || result.problem.code === 'NOT_FOUND') return null;
    throw new Error(`Could not load tenant "${slug}": ${result.problem.code}`);
  }
  const tenant = result.data.tenant ? readFragment(TenantBrandFields, result.data.tenant) : null;
  return tenant ? { ...tenant, branding: { ...tenant.branding } } : null;
});
