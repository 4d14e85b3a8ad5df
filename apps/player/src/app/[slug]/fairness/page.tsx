import type { Metadata } from 'next';
import { Suspense } from 'react';
import { FairnessScreen } from '@/fairness/fairness-screen';

export const metadata: Metadata = { title: 'Provably fair' };

export default function FairnessPage() {
  // The screen reads ?bet= (a bet to verify) from the URL.
  return (
    <Suspense>
      <FairnessScreen />
    </Suspense>
  );
}
