import type { Metadata } from 'next';
import { TreasuryScreen } from '@/features/treasury/treasury-screen';

export const metadata: Metadata = { title: 'Treasury' };

export default function Page() {
  return <TreasuryScreen />;
}
