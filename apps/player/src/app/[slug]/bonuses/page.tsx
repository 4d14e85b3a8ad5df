import type { Metadata } from 'next';
import { BonusesScreen } from '@/bonuses/bonuses-screen';

export const metadata: Metadata = { title: 'Bonuses' };

export default function BonusesPage() {
  return <BonusesScreen />;
}
