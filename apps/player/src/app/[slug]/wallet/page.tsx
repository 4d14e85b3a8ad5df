import type { Metadata } from 'next';
import { WalletScreen } from '@/wallet/wallet-screen';

export const metadata: Metadata = { title: 'Wallet' };

export default function WalletPage() {
  return <WalletScreen />;
}
