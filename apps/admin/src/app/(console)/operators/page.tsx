import type { Metadata } from 'next';
import { OperatorsScreen } from '@/features/operators/operators-screen';

export const metadata: Metadata = { title: 'Operators' };

export default function Page() {
  return <OperatorsScreen />;
}
