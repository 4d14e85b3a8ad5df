import type { Metadata } from 'next';
import { AcceptInvite } from '@/features/auth/accept-invite';

// The token is in the URL: never leak it to another site through the Referer header.
export const metadata: Metadata = { title: 'Accept invitation', referrer: 'no-referrer' };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <AcceptInvite token={decodeURIComponent(token)} />;
}
