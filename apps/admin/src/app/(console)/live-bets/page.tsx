import type { Metadata } from 'next';
import { LiveBetFeedScreen } from '@/features/bets/live-bet-feed';

export const metadata: Metadata = { title: 'Live bets' };

export default function Page() {
  return <LiveBetFeedScreen />;
}
