import type { Metadata } from 'next';
import { BetDetailScreen } from '@/features/bets/bet-detail-screen';

export const metadata: Metadata = { title: 'Bet' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <BetDetailScreen betId={decodeURIComponent(id)} />;
}
