import type { Metadata } from 'next';
import { GameGrid } from '@/lobby/game-grid';

export const metadata: Metadata = { title: 'Games' };

export default function GamesPage() {
  return <GameGrid headingLevel={1} />;
}
