import type { Metadata } from 'next';
import { PlayerDetailScreen } from '@/features/players/player-detail-screen';

export const metadata: Metadata = { title: 'Player' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PlayerDetailScreen playerId={decodeURIComponent(id)} />;
}
