import type { Metadata } from 'next';
import { GameConfigScreen } from '@/features/games/game-config-screen';

export const metadata: Metadata = { title: 'Games' };

export default function Page() {
  return <GameConfigScreen />;
}
