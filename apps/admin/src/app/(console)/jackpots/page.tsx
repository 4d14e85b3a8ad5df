import type { Metadata } from 'next';
import { JackpotsScreen } from '@/features/jackpots/jackpots-screen';

export const metadata: Metadata = { title: 'Jackpots' };

export default function Page() {
  return <JackpotsScreen />;
}
