import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

// Every page reads the tenant and the gateway URL at request time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'CasinoX', template: '%s' },
  description: 'Casino lobby powered by CasinoX.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="antialiased">{children}</body>
    </html>
  );
}
