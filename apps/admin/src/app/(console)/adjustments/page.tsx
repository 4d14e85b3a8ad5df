import type { Metadata } from 'next';
import { AdjustmentsScreen } from '@/features/adjustments/adjustments-screen';

export const metadata: Metadata = { title: 'Adjustments' };

export default function Page() {
  return <AdjustmentsScreen />;
}
