import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GamePage } from '@/games/game-page';
import { GAME_NAMES, gameOfPath } from '@/games/shared/game-catalogue';

interface Props {
  params: Promise<{ slug: string; game: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = gameOfPath((await params).game);
  return { title: code ? GAME_NAMES[code] : 'Game not found' };
}

/** /{tenant}/games/dice, /limbo, /roulette, /slots, /mines. */
export default async function GameRoute({ params }: Props) {
  const code = gameOfPath((await params).game);
  if (!code) notFound();
  return <GamePage code={code} />;
}
