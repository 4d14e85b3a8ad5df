import type { Metadata } from 'next';
import { TenantsScreen } from '@/features/tenants/tenants-screen';

export const metadata: Metadata = { title: 'Tenants' };

export default function Page() {
  return <TenantsScreen />;
}
