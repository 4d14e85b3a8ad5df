import type { Metadata } from 'next';
import { PlayersScreen } from '@/features/players/players-screen';

export const metadata: Metadata = { title: 'Players' };

export default function Page() {
  return <PlayersScreen />;
}
