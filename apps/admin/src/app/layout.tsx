import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { gatewayHttpUrl } from '@casinox/web/server';
import { AdminProviders } from '@/components/admin-providers';
import './globals.css';

// The gateway URL is read per request (tests run the same build against other ports).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'CasinoX Admin', template: '%s · CasinoX Admin' },
  description: 'Operator console for CasinoX tenants.',
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <AdminProviders gatewayUrl={gatewayHttpUrl()}>{children}</AdminProviders>
      </body>
    </html>
  );
}
