'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useSession } from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { type RevealedPair, RevealedPairs } from './revealed-pairs';
import { SeedPanel } from './seed-panel';
import { VerifyPanel } from './verify-panel';

/**
 * Provably fair: the player's current commitment, client seed and nonce; rotation (which reveals the
 * server seed); the revealed seeds; and a verifier that recomputes any bet in the browser.
 */
export function FairnessScreen() {
  const { tenant } = useTenant();
  const session = useSession();
  const betId = useSearchParams().get('bet');
  const [rotations, setRotations] = useState(0);
  const [prefill, setPrefill] = useState<{
    serverSeed: string;
    serverSeedHash: string;
    clientSeed: string;
    nonce: number;
  } | null>(null);

  const verifyWith = (pair: RevealedPair) => {
    setPrefill({
      serverSeed: pair.serverSeed,
      serverSeedHash: pair.serverSeedHash,
      clientSeed: pair.clientSeed,
      nonce: 0,
    });
    document.getElementById('verify')?.scrollIntoView({ behavior: 'smooth' });
  };

  return (
    <div className="flex flex-col gap-10">
      <div>
        <h1 className="text-3xl font-extrabold">Provably fair</h1>
        <p className="mt-1 max-w-3xl opacity-75">
          Every result at {tenant.name} comes from your seeds: a server seed committed before you bet, your own client
          seed, and a nonce. Rotate to reveal the server seed, then check any bet yourself — the verifier below runs in
          your browser.
        </p>
      </div>
      {session.status === 'loading' ? (
        <p role="status" className="text-sm opacity-75">
          Checking your session…
        </p>
      ) : session.status === 'anonymous' ? (
        <div className="rounded-xl border border-dashed border-brand-fg/25 bg-brand-fg/5 px-6 py-10 text-center">
          <p className="text-lg font-semibold">Sign in to see your seeds</p>
          <p className="mt-2 text-sm opacity-75">
            Seeds are per player. The verifier below works for anyone with the seeds of a bet.
          </p>
          <Link
            href={`/${tenant.slug}/login`}
            className="mt-4 inline-block rounded-md bg-brand px-4 py-2 font-semibold text-brand-on hover:opacity-90"
          >
            Sign in
          </Link>
        </div>
      ) : (
        <>
          <SeedPanel onRotated={() => setRotations((n) => n + 1)} />
          <section aria-labelledby="revealed-heading" className="flex flex-col gap-3">
            <h2 id="revealed-heading" className="text-xl font-bold">
              Revealed seeds
            </h2>
            <RevealedPairs refresh={rotations} onUse={verifyWith} />
          </section>
        </>
      )}
      <section id="verify" aria-labelledby="verify-heading" className="flex scroll-mt-6 flex-col gap-3">
        <h2 id="verify-heading" className="text-xl font-bold">
          Verify a bet
        </h2>
        <VerifyPanel betId={session.status === 'authenticated' ? betId : null} prefill={prefill} />
      </section>
    </div>
  );
}
