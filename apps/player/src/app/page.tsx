import { redirect } from 'next/navigation';
import { defaultTenantSlug } from '@/env';

export const dynamic = 'force-dynamic';

export default function Home() {
  redirect(`/${defaultTenantSlug()}`);
}
