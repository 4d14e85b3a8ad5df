import type { Metadata } from 'next';
import { ReconciliationScreen } from '@/features/reconciliation/reconciliation-screen';

export const metadata: Metadata = { title: 'Reconciliation' };

export default function Page() {
  return <ReconciliationScreen />;
}
