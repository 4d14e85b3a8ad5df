import type { Metadata } from 'next';
import { BonusCampaignsScreen } from '@/features/bonuses/bonus-campaigns-screen';

export const metadata: Metadata = { title: 'Bonuses' };

export default function Page() {
  return <BonusCampaignsScreen />;
}
