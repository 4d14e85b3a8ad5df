'use client';

import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import {
  BonusCampaignFields,
  CreateBonusCampaignMutation,
  FormAlert,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  TextField,
  UpdateBonusCampaignMutation,
} from '@casinox/web';
import { Button } from '@/ui/primitives';
import {
  BONUS_GAMES,
  buildCampaignInput,
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_KINDS,
  type CampaignDraft,
  type CampaignKind,
  type CampaignProblems,
} from './campaign-form';

export type CampaignView = ResultOf<typeof BonusCampaignFields>;
export const CAMPAIGN_CONTEXT = { additionalTypenames: ['BonusCampaign'] };

const selectClass = 'rounded-md border border-slate-300 bg-white px-2 py-2 text-sm';
const GAME_LABELS: Record<string, string> = {
  DICE: 'Dice',
  LIMBO: 'Limbo',
  ROULETTE: 'Roulette',
  SLOTS: 'Slots',
  MINES: 'Mines',
};

function Select({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={selectClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Create (no `editing`) or edit a campaign: its kind's terms, wagering rules, weights and limits. */
export function CampaignEditor({
  initial,
  editing,
  currencies,
  maxWageringMultiplier,
  scaleOf,
  onDone,
}: {
  initial: CampaignDraft;
  editing: CampaignView | null;
  currencies: string[];
  maxWageringMultiplier: number;
  scaleOf: (asset: string) => number;
  onDone: (campaign: CampaignView | null) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<CampaignProblems>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [createState, create] = useMutation(CreateBonusCampaignMutation);
  const [updateState, update] = useMutation(UpdateBonusCampaignMutation);
  const busy = createState.fetching || updateState.fetching;
  const set = (patch: Partial<CampaignDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const kind = draft.kind;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormProblem(null);
    const built = buildCampaignInput(draft, { maxWageringMultiplier, scaleOf });
    if (!built.ok) {
      setProblems(built.problems);
      return setFormProblem('Check the highlighted fields.');
    }
    setProblems({});
    const result = editing
      ? await update({ id: editing.id, input: built.input }, CAMPAIGN_CONTEXT)
      : await create({ input: built.input }, CAMPAIGN_CONTEXT);
    if (result.error || !result.data)
      return setFormProblem(problemFromCombinedError(result.error)?.message ?? 'The campaign was not saved.');
    const saved =
      'createBonusCampaign' in result.data ? result.data.createBonusCampaign : result.data.updateBonusCampaign;
    onDone(readFragment(BonusCampaignFields, saved));
  };

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={editing ? `Edit ${editing.name}` : 'New campaign'}
      className="flex flex-col gap-5"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Campaign name"
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          error={problems.name}
          maxLength={100}
        />
        <Select
          label="Kind"
          value={kind}
          onChange={(v) => set({ kind: v as CampaignKind })}
          options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: CAMPAIGN_KIND_LABELS[k] }))}
        />
        <Select
          label="Asset"
          value={draft.asset}
          onChange={(v) => set({ asset: v })}
          options={currencies.map((c) => ({ value: c, label: c }))}
        />
      </div>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Terms ({CAMPAIGN_KIND_LABELS[kind]})</legend>
        {kind === 'NO_DEPOSIT' ? (
          <TextField
            label={`Bonus amount (${draft.asset})`}
            inputMode="decimal"
            value={draft.amount}
            onChange={(e) => set({ amount: e.target.value })}
            error={problems.amount}
          />
        ) : null}
        {kind === 'DEPOSIT_MATCH' || kind === 'RELOAD' || kind === 'CASHBACK' ? (
          <>
            <TextField
              label="Percentage (%)"
              inputMode="decimal"
              value={draft.percent}
              onChange={(e) => set({ percent: e.target.value })}
              error={problems.percent}
            />
            <TextField
              label={`Largest bonus (${draft.asset})`}
              inputMode="decimal"
              value={draft.cap}
              onChange={(e) => set({ cap: e.target.value })}
              error={problems.cap}
            />
          </>
        ) : null}
        {kind === 'DEPOSIT_MATCH' || kind === 'RELOAD' ? (
          <TextField
            label={`Minimum deposit (${draft.asset})`}
            inputMode="decimal"
            value={draft.minDeposit}
            onChange={(e) => set({ minDeposit: e.target.value })}
            error={problems.minDeposit}
          />
        ) : null}
        {kind === 'RELOAD' ? (
          <TextField
            label={`Reload minimum deposit (${draft.asset})`}
            inputMode="decimal"
            value={draft.reloadMinDeposit}
            onChange={(e) => set({ reloadMinDeposit: e.target.value })}
            error={problems.reloadMinDeposit}
          />
        ) : null}
        {kind === 'CASHBACK' ? (
          <Select
            label="Cashback period"
            value={draft.cashbackPeriod}
            onChange={(v) => set({ cashbackPeriod: v as 'DAILY' | 'WEEKLY' })}
            options={[
              { value: 'DAILY', label: 'Daily' },
              { value: 'WEEKLY', label: 'Weekly' },
            ]}
          />
        ) : null}
        {kind === 'FREE_BETS' ? (
          <>
            <TextField
              label="Number of free bets"
              inputMode="numeric"
              value={draft.freeBetCount}
              onChange={(e) => set({ freeBetCount: e.target.value })}
              error={problems.freeBetCount}
            />
            <Select
              label="Free bet game"
              value={draft.freeBetGame}
              onChange={(v) => set({ freeBetGame: v })}
              options={BONUS_GAMES.map((g) => ({ value: g, label: GAME_LABELS[g] ?? g }))}
            />
            <TextField
              label={`Free bet stake (${draft.asset})`}
              inputMode="decimal"
              value={draft.freeBetStake}
              onChange={(e) => set({ freeBetStake: e.target.value })}
              error={problems.freeBetStake}
            />
          </>
        ) : null}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Wagering</legend>
        <TextField
          label="Wagering multiplier"
          inputMode="numeric"
          value={draft.wageringMultiplier}
          onChange={(e) => set({ wageringMultiplier: e.target.value })}
          error={problems.wageringMultiplier}
          hint={`Wagering required = bonus × this; at most ${maxWageringMultiplier}× here.`}
        />
        <TextField
          label="Days to complete"
          inputMode="numeric"
          value={draft.expiresInDays}
          onChange={(e) => set({ expiresInDays: e.target.value })}
          error={problems.expiresInDays}
          hint="From the bonus's activation."
        />
        <TextField
          label={`Max cash-out (${draft.asset})`}
          inputMode="decimal"
          value={draft.maxCashOut}
          onChange={(e) => set({ maxCashOut: e.target.value })}
          error={problems.maxCashOut}
          hint="Blank: no cap."
        />
        <Select
          label="Spend first"
          value={draft.spendOrder}
          onChange={(v) => set({ spendOrder: v as 'REAL_FIRST' | 'BONUS_FIRST' })}
          options={[
            { value: 'REAL_FIRST', label: 'Real money first' },
            { value: 'BONUS_FIRST', label: 'Bonus money first' },
          ]}
        />
        <TextField
          label="Claims close at (UTC)"
          type="datetime-local"
          value={draft.validUntil}
          onChange={(e) => set({ validUntil: e.target.value })}
          error={problems.validUntil}
          hint="Blank: open-ended."
        />
        <TextField
          label="Opt-in code"
          value={draft.optInCode}
          onChange={(e) => set({ optInCode: e.target.value })}
          error={problems.optInCode}
          hint="Blank: no code needed."
        />
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={draft.newPlayersOnly}
            onChange={(e) => set({ newPlayersOnly: e.target.checked })}
            className="h-4 w-4"
          />
          New players only
        </label>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-5">
        <legend className="mb-2 text-sm font-semibold text-slate-800">
          Game weights (% of each stake that counts; blank: excluded)
        </legend>
        {BONUS_GAMES.map((game) => (
          <TextField
            key={game}
            label={`${GAME_LABELS[game]} weight`}
            inputMode="numeric"
            value={draft.weights[game] ?? ''}
            onChange={(e) => set({ weights: { ...draft.weights, [game]: e.target.value } })}
            error={problems[`weight.${game}`]}
          />
        ))}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold text-slate-800">
          Largest bet while wagering (blank: no limit)
        </legend>
        {currencies.map((asset) => (
          <TextField
            key={asset}
            label={`Max bet ${asset}`}
            inputMode="decimal"
            value={draft.maxBet[asset] ?? ''}
            onChange={(e) => set({ maxBet: { ...draft.maxBet, [asset]: e.target.value } })}
            error={problems[`maxBet.${asset}`]}
          />
        ))}
      </fieldset>

      {formProblem ? <FormAlert>{formProblem}</FormAlert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save campaign' : 'Create campaign'}
        </Button>
        <Button variant="ghost" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
