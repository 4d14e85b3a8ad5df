import type { Metadata } from 'next';
import { ApiKeysScreen } from '@/features/api-keys/api-keys-screen';

export const metadata: Metadata = { title: 'Partner API keys' };

export default function Page() {
  return <ApiKeysScreen />;
}
