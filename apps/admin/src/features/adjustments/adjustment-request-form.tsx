'use client';

import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import {
  type ApiProblem,
  AdjustmentFields,
  AdjustmentResultFields,
  adjustmentProblemMessage,
  FormAlert,
  formatMoney,
  problemFromCombinedError,
  readFragment,
  RequestAdjustmentMutation,
  SubmitButton,
  TextField,
  useSubmissionKey,
} from '@casinox/web';
import { type AdjustmentField, type AdjustmentForm, buildAdjustmentRequest } from './build-adjustment-request';

// Lists of adjustments refetch after a request, even while they show none.
export const ADJUSTMENT_CONTEXT = { additionalTypenames: ['Adjustment'] };

const selectClass = 'rounded-md border border-field-border bg-field px-3 py-2 text-field-fg';

/**
 * Asks for a manual credit or debit of a player's cash. Nothing moves: a different finance
 * operator approves it (four eyes). With `playerId` the form is for that player; otherwise the
 * operator types the player's id.
 */
export function AdjustmentRequestForm({
  playerId,
  assets,
  onRequested,
}: {
  playerId?: string;
  assets: string[];
  onRequested?: () => void;
}) {
  const [form, setForm] = useState<AdjustmentForm>({
    playerId: playerId ?? '',
    asset: assets[0] ?? '',
    direction: 'CREDIT',
    amount: '',
    reason: '',
  });
  const [errors, setErrors] = useState<Partial<Record<AdjustmentField, string>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching }, request] = useMutation(RequestAdjustmentMutation);
  const submission = useSubmissionKey();
  const id = useId();
  const set = (patch: Partial<AdjustmentForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setNotice(null);
    const built = buildAdjustmentRequest({ ...form, playerId: playerId ?? form.playerId });
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    const idempotencyKey = submission.keyFor(JSON.stringify(built.variables));
    const result = await request({ ...built.variables, idempotencyKey }, ADJUSTMENT_CONTEXT);
    // A network failure keeps the key: submitting again retries the same request.
    if (result.error || !result.data) return setProblem(problemFromCombinedError(result.error));
    submission.settle();
    const outcome = readFragment(AdjustmentResultFields, result.data.requestAdjustment);
    if (!outcome.ok || !outcome.adjustment) {
      return setProblem({
        code: outcome.code ?? 'REFUSED',
        message: adjustmentProblemMessage(outcome.code, outcome.message),
        fields: {},
      });
    }
    const adjustment = readFragment(AdjustmentFields, outcome.adjustment);
    setNotice(
      `Requested a ${adjustment.amount.startsWith('-') ? 'debit' : 'credit'} of ${formatMoney(adjustment.amount.replace(/^-/, ''), adjustment.asset.scale, adjustment.asset.code)}. It awaits approval by a different finance operator.`,
    );
    setForm((f) => ({ ...f, amount: '', reason: '' }));
    onRequested?.();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="Request an adjustment"
      className="flex flex-col gap-4"
    >
      <FormAlert problem={problem} />
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
        >
          {notice}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {playerId ? null : (
          <TextField
            label="Player id"
            value={form.playerId}
            onChange={(e) => set({ playerId: e.target.value })}
            error={errors.playerId}
            autoComplete="off"
            className="flex flex-col gap-1 md:col-span-2"
          />
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-asset`} className="text-sm font-medium">
            Currency
          </label>
          <select
            id={`${id}-asset`}
            value={form.asset}
            onChange={(e) => set({ asset: e.target.value })}
            className={selectClass}
            aria-invalid={errors.asset ? true : undefined}
          >
            {assets.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          {errors.asset ? <p className="text-sm text-danger">{errors.asset}</p> : null}
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">Direction</legend>
          <div className="flex gap-4 py-2 text-sm">
            {(['CREDIT', 'DEBIT'] as const).map((direction) => (
              <label key={direction} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name={`${id}-direction`}
                  value={direction}
                  checked={form.direction === direction}
                  onChange={() => set({ direction })}
                />
                {direction === 'CREDIT' ? 'Credit (add to the balance)' : 'Debit (take from the balance)'}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          label="Amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder="25.00"
          value={form.amount}
          onChange={(e) => set({ amount: e.target.value })}
          error={errors.amount}
        />
        <TextField
          label="Reason"
          value={form.reason}
          onChange={(e) => set({ reason: e.target.value })}
          error={errors.reason}
          maxLength={500}
          hint="Shown to the approver and kept in the audit trail."
        />
      </div>
      <div>
        <SubmitButton
          pending={fetching}
          pendingLabel="Requesting…"
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          Request adjustment
        </SubmitButton>
      </div>
    </form>
  );
}
