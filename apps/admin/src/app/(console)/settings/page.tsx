import type { Metadata } from 'next';
import { SettingsScreen } from '@/features/settings/settings-screen';

export const metadata: Metadata = { title: 'Branding & settings' };

export default function Page() {
  return <SettingsScreen />;
}
