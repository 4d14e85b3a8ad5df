import type { Branding } from '@casinox/web';

/** The tenant as the player site renders it (plain data: it crosses the server/client boundary). */
export interface TenantView {
  id: string;
  slug: string;
  name: string;
  status: 'ACTIVE' | 'SUSPENDED';
  version: number;
  branding: Branding;
}
