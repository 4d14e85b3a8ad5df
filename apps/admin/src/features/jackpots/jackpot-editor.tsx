'use client';

import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import {
  CreateJackpotMutation,
  FormAlert,
  JackpotFields,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  TextField,
  UpdateJackpotMutation,
  useSubmissionKey,
} from '@casinox/web';
import { Button } from '@/ui/primitives';
import {
  buildJackpotInput,
  buildJackpotUpdate,
  emptyJackpotDraft,
  emptyTier,
  JACKPOT_TYPE_LABELS,
  JACKPOT_TYPES,
  type JackpotDraft,
  type JackpotProblems,
  jackpotToDraft,
  type JackpotType,
  problemsFromApi,
  type TierDraft,
} from './jackpot-form';

export type JackpotView = ResultOf<typeof JackpotFields>;
export const JACKPOT_CONTEXT = { additionalTypenames: ['Jackpot'] };
const GAMES = [
  ['DICE', 'Dice'],
  ['LIMBO', 'Limbo'],
  ['ROULETTE', 'Roulette'],
  ['SLOTS', 'Slots'],
  ['MINES', 'Mines'],
] as const;

/**
 * A new jackpot: its type, scope, opt-in and 1–8 tiers with the terms the type needs. Given `jackpot`,
 * the same form edits it: type, asset, fairness slot and the tier list cannot change once it exists
 * (a tier's index is part of its provably fair data), so they are shown read-only.
 */
export function JackpotEditor({
  currencies,
  scaleOf,
  onDone,
  jackpot,
}: {
  currencies: string[];
  scaleOf: (asset: string) => number;
  onDone: (jackpot: JackpotView | null) => void;
  jackpot?: JackpotView;
}) {
  const editing = jackpot !== undefined;
  const [draft, setDraft] = useState<JackpotDraft>(() =>
    jackpot ? jackpotToDraft(jackpot, scaleOf(jackpot.asset)) : emptyJackpotDraft(currencies[0] ?? 'EUR'),
  );
  const [problems, setProblems] = useState<JackpotProblems>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [createState, create] = useMutation(CreateJackpotMutation);
  const [updateState, update] = useMutation(UpdateJackpotMutation);
  const state = editing ? updateState : createState;
  const assets = editing ? [draft.asset] : currencies;
  const key = useSubmissionKey();
  const typeId = useId();
  const assetId = useId();
  const set = (patch: Partial<JackpotDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setTier = (index: number, patch: Partial<TierDraft>) =>
    setDraft((d) => ({ ...d, tiers: d.tiers.map((t, i) => (i === index ? { ...t, ...patch } : t)) }));
  const shared = draft.type === 'PROGRESSIVE' || draft.type === 'MUST_DROP';

  const onSave = async () => {
    const built = buildJackpotUpdate(draft, scaleOf(draft.asset));
    if (!built.ok) {
      setProblems(built.problems);
      return setFormProblem(built.problems.tiers ?? 'Check the highlighted fields.');
    }
    setProblems({});
    const result = await update({ id: jackpot!.id, input: built.input }, JACKPOT_CONTEXT);
    if (result.error || !result.data) {
      const problem = problemFromCombinedError(result.error);
      const fields = problem?.code === 'BAD_USER_INPUT' ? problemsFromApi(problem.fields) : {};
      setProblems(fields);
      return setFormProblem(fields.form ?? fields.tiers ?? problem?.message ?? 'The jackpot was not saved.');
    }
    onDone(readFragment(JackpotFields, result.data.updateJackpot));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormProblem(null);
    if (editing) return onSave();
    const built = buildJackpotInput(draft, scaleOf(draft.asset));
    if (!built.ok) {
      setProblems(built.problems);
      return setFormProblem(built.problems.tiers ?? 'Check the highlighted fields.');
    }
    setProblems({});
    const payload = JSON.stringify(built.input);
    const result = await create({ input: { ...built.input, idempotencyKey: key.keyFor(payload) } }, JACKPOT_CONTEXT);
    if (result.error || !result.data)
      return setFormProblem(problemFromCombinedError(result.error)?.message ?? 'The jackpot was not created.');
    key.settle();
    onDone(readFragment(JackpotFields, result.data.createJackpot));
  };

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={editing ? `Edit ${jackpot.name}` : 'New jackpot'}
      className="flex flex-col gap-5"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Jackpot name"
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          error={problems.name}
          maxLength={64}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={typeId} className="text-sm font-medium">
            Type
          </label>
          <select
            id={typeId}
            value={draft.type}
            disabled={editing}
            onChange={(e) => set({ type: e.target.value as JackpotType })}
            className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
          >
            {JACKPOT_TYPES.map((t) => (
              <option key={t} value={t}>
                {JACKPOT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={assetId} className="text-sm font-medium">
            Asset
          </label>
          <select
            id={assetId}
            value={draft.asset}
            disabled={editing}
            onChange={(e) => set({ asset: e.target.value })}
            className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
          >
            {assets.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        {shared ? (
          <TextField
            label="Contribution (% of each stake)"
            inputMode="decimal"
            value={draft.contribution}
            onChange={(e) => set({ contribution: e.target.value })}
            error={problems.contribution}
          />
        ) : null}
        {draft.type === 'FIXED' ? (
          <TextField
            label="Daily draw at (UTC, HH:MM)"
            value={draft.resetTime}
            onChange={(e) => set({ resetTime: e.target.value })}
            error={problems.resetTime}
            hint={editing ? 'The draw running now still closes when it said; the next one at the new time.' : undefined}
          />
        ) : null}
        {draft.type === 'PROGRESSIVE' ? (
          <TextField
            label="Fairness slot"
            inputMode="numeric"
            readOnly={editing}
            value={draft.fairnessSlot}
            onChange={(e) => set({ fairnessSlot: e.target.value })}
            error={problems.fairnessSlot}
          />
        ) : null}
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={draft.optIn}
            onChange={(e) => set({ optIn: e.target.checked })}
            className="h-4 w-4"
          />
          Players must opt in
        </label>
      </div>

      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Games (none ticked: every game)</legend>
        {GAMES.map(([code, label]) => (
          <label key={code} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={draft.gameCodes.includes(code)}
              onChange={(e) =>
                set({
                  gameCodes: e.target.checked ? [...draft.gameCodes, code] : draft.gameCodes.filter((g) => g !== code),
                })
              }
              className="h-4 w-4"
            />
            {label} only
          </label>
        ))}
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Tiers (top prize first)</legend>
        {draft.tiers.map((tier, i) => (
          <div
            key={i}
            role="group"
            aria-label={`Tier ${i + 1}`}
            className="grid items-start gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-6"
          >
            <TextField
              label={`Tier ${i + 1} code`}
              readOnly={editing}
              value={tier.code}
              onChange={(e) => setTier(i, { code: e.target.value })}
              error={problems[`tier.${i}.code`]}
            />
            {draft.type !== 'SPONSORED' ? (
              <TextField
                label={`Tier ${i + 1} ${draft.type === 'FIXED' ? 'prize' : 'seed'}${editing ? ' from the next reseed' : ''} (${draft.asset})`}
                inputMode="decimal"
                value={tier.seed}
                onChange={(e) => setTier(i, { seed: e.target.value })}
                error={problems[`tier.${i}.seed`]}
              />
            ) : null}
            {shared ? (
              <TextField
                label={`Tier ${i + 1} share (%)`}
                inputMode="decimal"
                value={tier.share}
                onChange={(e) => setTier(i, { share: e.target.value })}
                error={problems[`tier.${i}.share`]}
              />
            ) : null}
            {draft.type === 'PROGRESSIVE' ? (
              <TextField
                label={`Tier ${i + 1} hits 1 in`}
                inputMode="numeric"
                value={tier.hitOneIn}
                onChange={(e) => setTier(i, { hitOneIn: e.target.value })}
                error={problems[`tier.${i}.hitOneIn`]}
              />
            ) : null}
            {draft.type === 'MUST_DROP' ? (
              <>
                <TextField
                  label={`Tier ${i + 1} min drop${editing ? ' from the next seeding' : ''} (${draft.asset})`}
                  inputMode="decimal"
                  value={tier.minDrop}
                  onChange={(e) => setTier(i, { minDrop: e.target.value })}
                  error={problems[`tier.${i}.minDrop`]}
                />
                <TextField
                  label={`Tier ${i + 1} max drop${editing ? ' from the next seeding' : ''} (${draft.asset})`}
                  inputMode="decimal"
                  value={tier.maxDrop}
                  onChange={(e) => setTier(i, { maxDrop: e.target.value })}
                  error={problems[`tier.${i}.maxDrop`]}
                />
              </>
            ) : null}
            {draft.tiers.length > 1 && !editing ? (
              <Button
                variant="ghost"
                className="self-end"
                onClick={() => set({ tiers: draft.tiers.filter((_, j) => j !== i) })}
              >
                Remove tier {i + 1}
              </Button>
            ) : null}
          </div>
        ))}
        {draft.tiers.length < 8 && !editing ? (
          <div>
            <Button variant="secondary" onClick={() => set({ tiers: [...draft.tiers, emptyTier('')] })}>
              Add tier
            </Button>
          </div>
        ) : null}
      </fieldset>

      {editing ? (
        <p className="text-xs text-slate-500">
          Type, asset, fairness slot and the tiers cannot change once a jackpot exists; the pools are not touched.
        </p>
      ) : null}
      {problems.gameCodes ? <FormAlert>{`Games: ${problems.gameCodes}`}</FormAlert> : null}
      {formProblem ? <FormAlert>{formProblem}</FormAlert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={state.fetching}>
          {editing ? (state.fetching ? 'Saving…' : 'Save changes') : state.fetching ? 'Creating…' : 'Create jackpot'}
        </Button>
        <Button variant="ghost" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
