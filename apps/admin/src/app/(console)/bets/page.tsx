import type { Metadata } from 'next';
import { BetSearchScreen } from '@/features/bets/bet-search-screen';

export const metadata: Metadata = { title: 'Bets' };

/** `/bets?playerId=…` opens the search narrowed to one player (linked from a bet or a player). */
export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { playerId } = await searchParams;
  return <BetSearchScreen initialPlayerId={typeof playerId === 'string' ? playerId : ''} />;
}
