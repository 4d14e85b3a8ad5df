'use client';

import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  ActiveSeedPairFields,
  FormAlert,
  MyFairnessQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  RevealedSeedPairFields,
  RotateSeedMutation,
  SubmitButton,
  TextField,
} from '@casinox/web';
import { readClientSeed } from './verify-form';

type RevealedPair = ResultOf<typeof RevealedSeedPairFields>;

function Row({ label, value, mono }: { label: string; value: string; mono?: boolean }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="w-44 shrink-0 text-sm opacity-75">{label}</dt>
      <dd className={`break-all ${mono ? 'font-mono text-sm' : 'font-semibold'}`}>{value}</dd>
    </div>
  );
}

const ROTATE_MESSAGES: Record<string, string> = {
  ROUND_OPEN: 'Finish your open mines round first: rotating reveals the server seed it uses.',
  INVALID_CLIENT_SEED: 'That client seed cannot be used: 1–64 visible characters, no spaces and no ":".',
};

/**
 * The seed pair the next bet uses — the server seed's SHA-256 (the commitment), the client seed and
 * the next nonce — and rotation: reveal the server seed, commit a new one with a client seed of the
 * player's choice.
 */
export function SeedPanel({ onRotated }: { onRotated: (revealed: RevealedPair) => void }) {
  const [fairness] = useQuery({ query: MyFairnessQuery, requestPolicy: 'cache-and-network' });
  const [rotation, rotate] = useMutation(RotateSeedMutation);
  const [clientSeed, setClientSeed] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<RevealedPair | null>(null);
  const current = fairness.data ? readFragment(ActiveSeedPairFields, fairness.data.myFairness) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const read = readClientSeed(clientSeed);
    if (!read.ok) return setFieldError(read.problem);
    setFieldError(undefined);
    const result = await rotate({ clientSeed: read.clientSeed });
    if (!result.data) {
      const code = result.error?.graphQLErrors[0]?.extensions?.code;
      setProblem(
        (typeof code === 'string' && ROTATE_MESSAGES[code]) ||
          problemFromCombinedError(result.error)?.message ||
          'The seeds could not be rotated.',
      );
      return;
    }
    const pair = readFragment(RevealedSeedPairFields, result.data.rotateSeed.revealed);
    setRevealed(pair);
    setClientSeed('');
    onRotated(pair);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section
        aria-labelledby="current-seeds-heading"
        className="flex flex-col gap-3 rounded-xl border border-brand-fg/15 p-5"
      >
        <h2 id="current-seeds-heading" className="text-xl font-bold">
          Your current seeds
        </h2>
        {current ? (
          <dl className="flex flex-col gap-3">
            <Row label="Server seed (SHA-256)" value={current.serverSeedHash} mono />
            <Row label="Client seed" value={current.clientSeed} mono />
            <Row label="Next nonce" value={String(current.nextNonce)} />
          </dl>
        ) : fairness.error ? (
          <FormAlert problem={problemFromCombinedError(fairness.error)} />
        ) : (
          <p role="status" className="text-sm opacity-75">
            Loading your seeds…
          </p>
        )}
        <p className="text-sm opacity-75">
          The server seed stays secret while you play; you see its SHA-256 now. Each bet uses HMAC-SHA256(server seed,
          “client seed:nonce:round”), and the nonce goes up by one per bet.
        </p>
      </section>
      <section
        aria-labelledby="rotate-heading"
        className="flex flex-col gap-3 rounded-xl border border-brand-fg/15 p-5"
      >
        <h2 id="rotate-heading" className="text-xl font-bold">
          Rotate seeds
        </h2>
        <p className="text-sm opacity-75">
          Rotating reveals the current server seed — every bet made with it can then be verified — and commits a new
          one.
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate aria-label="Rotate seeds" className="flex flex-col gap-3">
          <TextField
            label="New client seed"
            placeholder="Leave empty for a random one"
            autoComplete="off"
            value={clientSeed}
            onChange={(e) => setClientSeed(e.target.value)}
            error={fieldError}
          />
          <div>
            <SubmitButton pending={rotation.fetching} pendingLabel="Rotating…">
              Rotate seeds
            </SubmitButton>
          </div>
        </form>
        {problem ? <FormAlert>{problem}</FormAlert> : null}
        {revealed ? (
          <div
            role="status"
            className="flex flex-col gap-2 rounded-md border border-emerald-400/40 bg-emerald-400/10 px-3 py-2 text-sm"
          >
            <p className="font-semibold">Seeds rotated. Your previous server seed is revealed:</p>
            <dl className="flex flex-col gap-2">
              <Row label="Revealed server seed" value={revealed.serverSeed} mono />
              <Row label="Its SHA-256 (as committed)" value={revealed.serverSeedHash} mono />
              <Row label="Bets made with it" value={String(revealed.nextNonce)} />
            </dl>
          </div>
        ) : null}
      </section>
    </div>
  );
}
