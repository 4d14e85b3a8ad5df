'use client';

import { type FormEvent, useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { isVerifyError, sha256Hex, verifyBet, type VerifyBetResult } from '@casinox/verifier';
import { FormAlert, MyBetQuery, problemFromCombinedError, TextField } from '@casinox/web';
import { canonicalJson } from '../games/shared/canonical-json';
import { describeOutcome } from '../games/shared/describe-outcome';
import { GAME_CODES, GAME_NAMES, type GameCode, isGameCode } from '../games/shared/game-catalogue';
import { type PlayedBet, toPlayedBet } from '../games/shared/played-bet';
import { type Check, compareWithRecord } from './compare-verification';
import {
  EMPTY_VERIFY_FORM,
  EXAMPLE_PARAMS,
  readVerifyForm,
  VARIANTS_BY_GAME,
  type VerifyForm,
  verifyFormFromBet,
  type VerifyInput,
} from './verify-form';

interface Verified {
  input: VerifyInput;
  result: VerifyBetResult;
  /** SHA-256 of the server seed as this browser computed it. */
  hash: string;
  /** The platform's record, when a bet was opened. */
  recorded: PlayedBet | null;
  checks: Check[] | null;
  matches: boolean | null;
}

function Mark({ ok }: { ok: boolean }) {
  return <span className={ok ? 'text-emerald-400' : 'text-danger'}>{ok ? '✓' : '✗'}</span>;
}

function VerifyResult({ verified }: { verified: Verified }) {
  const { input, result, hash, recorded, checks, matches } = verified;
  const recomputedText = recorded
    ? (checks?.find((c) => c.label === 'Outcome')?.recomputed ?? '')
    : describeOutcome({ game: input.game, status: 'SETTLED', params: input.params, outcome: result.outcome });
  return (
    <section
      aria-label="Verification result"
      className="flex flex-col gap-4 rounded-xl border border-brand-fg/15 bg-brand-fg/5 p-5"
    >
      {matches === null ? null : (
        <p
          role="status"
          className={`rounded-md px-3 py-2 text-lg font-bold ${matches ? 'bg-emerald-500/15 text-emerald-300' : 'bg-danger/15 text-danger'}`}
        >
          {matches
            ? 'Match: the recorded bet is exactly what these seeds produce.'
            : 'Mismatch: the recorded bet differs from what these seeds produce.'}
        </p>
      )}
      <dl className="grid gap-2 text-sm">
        <div>
          <dt className="opacity-75">SHA-256 of the server seed (computed in your browser)</dt>
          <dd className="font-mono break-all">{hash}</dd>
        </div>
        {input.serverSeedHash ? (
          <div>
            <dt className="opacity-75">Hash committed before the bet</dt>
            <dd className="font-mono break-all">{input.serverSeedHash}</dd>
            <dd className="mt-1 font-semibold">
              <Mark ok={result.hashMatches === true} />{' '}
              {result.hashMatches
                ? 'The server seed matches the commitment.'
                : 'The server seed does NOT match the commitment.'}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="opacity-75">Recomputed outcome</dt>
          <dd className="font-semibold">{recomputedText}</dd>
        </div>
        <div>
          <dt className="opacity-75">Recomputed multiplier</dt>
          <dd className="font-semibold tabular-nums">{result.multiplier}×</dd>
        </div>
      </dl>
      {checks ? (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left font-semibold">Recorded by the casino vs recomputed here</caption>
          <thead className="text-xs uppercase tracking-wide opacity-75">
            <tr>
              <th scope="col" className="py-1">
                Check
              </th>
              <th scope="col" className="py-1">
                Recorded
              </th>
              <th scope="col" className="py-1">
                Recomputed
              </th>
              <th scope="col" className="py-1">
                Result
              </th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.label} className="border-t border-brand-fg/10">
                <th scope="row" className="py-1 font-medium">
                  {check.label}
                </th>
                <td className="py-1">{check.recorded}</td>
                <td className="py-1">{check.recomputed}</td>
                <td className="py-1">
                  <Mark ok={check.ok} /> {check.ok ? 'match' : 'mismatch'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold">Raw recomputed outcome</summary>
        <pre className="mt-2 overflow-x-auto rounded bg-black/30 p-2 text-xs">
          {JSON.stringify(result.outcome, null, 2)}
        </pre>
        {recorded ? (
          <pre className="mt-2 overflow-x-auto rounded bg-black/30 p-2 text-xs">
            {JSON.stringify(recorded.outcome, null, 2)}
          </pre>
        ) : null}
      </details>
    </section>
  );
}

async function runVerifier(input: VerifyInput, recorded: PlayedBet | null): Promise<Verified> {
  const result = await verifyBet({ ...input });
  const hash = await sha256Hex(input.serverSeed);
  const comparison = recorded ? compareWithRecord(recorded, result) : null;
  const matches = comparison
    ? comparison.matches && result.hashMatches !== false
    : input.serverSeedHash
      ? result.hashMatches === true
      : null;
  return { input, result, hash, recorded, checks: comparison?.checks ?? null, matches };
}

/**
 * Verify any bet in the browser with @casinox/verifier (no server code): paste the seeds, nonce,
 * game and params — or open a revealed bet from a bet list, which fills everything in and compares
 * the recomputed outcome and payout with what the casino recorded.
 */
export function VerifyPanel({
  betId,
  prefill,
}: {
  betId: string | null;
  prefill: { serverSeed: string; serverSeedHash: string; clientSeed: string; nonce: number } | null;
}) {
  const [form, setForm] = useState<VerifyForm>(EMPTY_VERIFY_FORM);
  const [errors, setErrors] = useState<Partial<Record<keyof VerifyForm, string>>>({});
  const [verified, setVerified] = useState<Verified | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [recorded, setRecorded] = useState<PlayedBet | null>(null);
  const gameId = useId();
  const variantId = useId();
  const paramsId = useId();
  const [bet] = useQuery({
    query: MyBetQuery,
    variables: { id: betId ?? '' },
    pause: !betId,
    requestPolicy: 'network-only',
  });

  const verify = async (current: VerifyForm, record: PlayedBet | null) => {
    setProblem(null);
    const read = readVerifyForm(current);
    if (!read.ok) {
      setErrors(read.errors);
      setVerified(null);
      return;
    }
    setErrors({});
    setWorking(true);
    try {
      setVerified(await runVerifier(read.input, record));
    } catch (error) {
      setVerified(null);
      setProblem(isVerifyError(error) ? error.message : 'The verifier could not run in this browser.');
    } finally {
      setWorking(false);
    }
  };

  // A bet opened from a list: fill the form from it and verify at once.
  useEffect(() => {
    const node = bet.data?.myBet;
    if (!node) return;
    const played = toPlayedBet(node);
    setRecorded(played);
    if (!played.fairness.serverSeed) return;
    const filled = verifyFormFromBet(played);
    setForm(filled);
    void verify(filled, played);
  }, [bet.data]);

  // Seeds picked from the revealed list.
  useEffect(() => {
    if (!prefill) return;
    setRecorded(null);
    setVerified(null);
    setForm((f) => ({
      ...f,
      serverSeed: prefill.serverSeed,
      serverSeedHash: prefill.serverSeedHash,
      clientSeed: prefill.clientSeed,
      nonce: '0',
    }));
  }, [prefill]);

  const set = (field: keyof VerifyForm) => (value: string) => {
    // Editing the inputs detaches them from the opened bet: nothing recorded to compare with any more.
    setRecorded(null);
    setVerified(null);
    setForm((f) => {
      const next = { ...f, [field]: value };
      if (field === 'game' && isGameCode(value)) {
        next.params = EXAMPLE_PARAMS[value];
        next.variant = VARIANTS_BY_GAME[value][0] ?? '';
      }
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void verify(form, recorded);
  };

  const game = isGameCode(form.game) ? (form.game as GameCode) : 'DICE';

  return (
    <div className="flex flex-col gap-4">
      {betId && bet.error ? <FormAlert problem={problemFromCombinedError(bet.error)} /> : null}
      {betId && bet.data && !bet.data.myBet ? <FormAlert>This bet was not found among yours.</FormAlert> : null}
      {recorded && !recorded.fairness.serverSeed ? (
        <FormAlert>
          The server seed of this bet is not revealed yet. Rotate your seeds above, then open the bet again to verify
          it.
        </FormAlert>
      ) : null}
      {recorded && recorded.fairness.serverSeed ? (
        <p className="text-sm">
          Verifying your {GAME_NAMES[recorded.game].toLowerCase()} bet of{' '}
          {new Date(recorded.createdAt).toLocaleString()} — nonce {recorded.fairness.nonce}.
        </p>
      ) : null}
      <form
        onSubmit={submit}
        noValidate
        aria-label="Verify a bet"
        className="grid gap-3 rounded-xl border border-brand-fg/15 p-5 sm:grid-cols-2"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={gameId} className="text-sm font-medium">
            Game
          </label>
          <select
            id={gameId}
            value={form.game}
            onChange={(e) => set('game')(e.target.value)}
            className="rounded-md border border-field-border bg-field px-3 py-2 text-field-fg outline-none focus:ring-2 focus:ring-brand"
          >
            {GAME_CODES.map((code) => (
              <option key={code} value={code} className="text-black">
                {GAME_NAMES[code]}
              </option>
            ))}
          </select>
          {errors.game ? <p className="text-sm text-danger">{errors.game}</p> : null}
        </div>
        {VARIANTS_BY_GAME[game].length > 0 ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={variantId} className="text-sm font-medium">
              RTP variant
            </label>
            <select
              id={variantId}
              value={form.variant}
              onChange={(e) => set('variant')(e.target.value)}
              className="rounded-md border border-field-border bg-field px-3 py-2 text-field-fg outline-none focus:ring-2 focus:ring-brand"
            >
              {VARIANTS_BY_GAME[game].map((v) => (
                <option key={v} value={v} className="text-black">
                  {v === 'edge-1' ? 'edge-1 (99 % RTP)' : 'edge-2 (98 % RTP)'}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div />
        )}
        <TextField
          label="Server seed"
          className="flex flex-col gap-1 sm:col-span-2"
          autoComplete="off"
          spellCheck={false}
          value={form.serverSeed}
          onChange={(e) => set('serverSeed')(e.target.value)}
          error={errors.serverSeed}
        />
        <TextField
          label="Server seed hash (optional)"
          className="flex flex-col gap-1 sm:col-span-2"
          autoComplete="off"
          spellCheck={false}
          value={form.serverSeedHash}
          onChange={(e) => set('serverSeedHash')(e.target.value)}
          error={errors.serverSeedHash}
        />
        <TextField
          label="Client seed"
          autoComplete="off"
          spellCheck={false}
          value={form.clientSeed}
          onChange={(e) => set('clientSeed')(e.target.value)}
          error={errors.clientSeed}
        />
        <TextField
          label="Nonce"
          inputMode="numeric"
          value={form.nonce}
          onChange={(e) => set('nonce')(e.target.value)}
          error={errors.nonce}
        />
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor={paramsId} className="text-sm font-medium">
            Params (JSON)
          </label>
          <textarea
            id={paramsId}
            rows={3}
            spellCheck={false}
            value={form.params}
            onChange={(e) => set('params')(e.target.value)}
            aria-invalid={errors.params ? true : undefined}
            className="rounded-md border border-field-border bg-field px-3 py-2 font-mono text-sm text-field-fg outline-none focus:ring-2 focus:ring-brand aria-[invalid=true]:border-danger"
          />
          {errors.params ? (
            <p className="text-sm text-danger">{errors.params}</p>
          ) : (
            <p className="text-xs opacity-75">
              The bet&apos;s params as played; for mines add &quot;revealed&quot;: the tiles in the order you revealed
              them.
            </p>
          )}
        </div>
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={working}
            aria-busy={working || undefined}
            className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-on hover:opacity-90 disabled:opacity-60"
          >
            {working ? 'Verifying…' : 'Verify'}
          </button>
        </div>
      </form>
      {problem ? <FormAlert>{problem}</FormAlert> : null}
      {verified ? <VerifyResult key={canonicalJson(verified.input)} verified={verified} /> : null}
    </div>
  );
}
