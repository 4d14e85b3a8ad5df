'use client';

import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  type ApiProblem,
  fieldMessage,
  FormAlert,
  formLevelProblem,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  SubmitButton,
  TextField,
  UpdateWalletSettingsMutation,
  WalletSettingsFields,
  WalletSettingsQuery,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { Badge, Button, Card, formatDate, LoadingState } from '@/ui/primitives';
import {
  describeRules,
  draftFromRules,
  readRulesDraft,
  type RuleField,
  rulesChanged,
  type WithdrawalRulesDraft,
} from './withdrawal-rules';

type Settings = ResultOf<typeof WalletSettingsFields>;

const FIELDS: RuleField[] = ['mainCurrency', 'dailyWithdrawalLimit', 'approvalThreshold'];

function CurrencySelect({
  value,
  choices,
  onChange,
  disabled,
  error,
}: {
  value: string;
  choices: Settings['mainCurrencyChoices'];
  onChange: (code: string) => void;
  disabled: boolean;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Main currency
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        className="rounded-md border border-field-border bg-field px-3 py-2 text-field-fg outline-none focus:ring-2 focus:ring-brand disabled:bg-slate-50 aria-[invalid=true]:border-danger"
      >
        {choices.map((asset) => (
          <option key={asset.code} value={asset.code}>
            {asset.code}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-xs opacity-75">
        The limit and the threshold are amounts of this currency.
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function WithdrawalRulesForm({ initial, editable }: { initial: Settings; editable: boolean }) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<WithdrawalRulesDraft>(() => draftFromRules(initial));
  const [problems, setProblems] = useState<Partial<Record<RuleField, string>>>({});
  const [apiProblem, setApiProblem] = useState<ApiProblem | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const [{ fetching: saving }, update] = useMutation(UpdateWalletSettingsMutation);

  const read = readRulesDraft(draft, saved.mainCurrencyChoices);
  const dirty = !read.ok || rulesChanged(saved, read.input);
  const errorFor = (field: RuleField) => problems[field] ?? fieldMessage(apiProblem, field);
  const edit = (patch: Partial<WithdrawalRulesDraft>) => {
    setJustSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiProblem(null);
    setJustSaved(false);
    if (!read.ok) return setProblems(read.problems);
    setProblems({});
    const response = await update({ input: read.input });
    const failure = problemFromCombinedError(response.error);
    if (failure || !response.data) return setApiProblem(failure);
    const after = readFragment(WalletSettingsFields, response.data.updateWalletSettings);
    setSaved(after);
    setDraft(draftFromRules(after));
    setJustSaved(true);
  };

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        {saved.isDefault ? (
          <Badge>Platform defaults</Badge>
        ) : (
          <>
            <Badge tone="indigo">Your casino</Badge>
            <span>
              Last changed {formatDate(saved.updatedAt)}
              {saved.updatedBy ? ` by ${saved.updatedBy.displayName}` : ''}
            </span>
          </>
        )}
      </div>
      <ul aria-label="Rules in force" className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {describeRules(saved).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {!editable ? (
        <p role="note" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          Read-only: only owners and finance staff change the withdrawal rules.
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-label="Change the withdrawal rules"
        className="flex flex-col gap-5"
      >
        <FormAlert problem={formLevelProblem(apiProblem, FIELDS)} />
        <div className="grid gap-4 sm:grid-cols-3">
          <CurrencySelect
            value={draft.mainCurrency}
            choices={saved.mainCurrencyChoices}
            onChange={(mainCurrency) => edit({ mainCurrency })}
            disabled={!editable}
            error={errorFor('mainCurrency')}
          />
          <TextField
            label="Daily withdrawal limit"
            inputMode="decimal"
            value={draft.dailyWithdrawalLimit}
            onChange={(e) => edit({ dailyWithdrawalLimit: e.target.value })}
            disabled={!editable}
            error={errorFor('dailyWithdrawalLimit')}
            hint={`${draft.mainCurrency} per player per UTC day, pending withdrawals included. 0 switches withdrawals off.`}
          />
          <TextField
            label="Approval threshold"
            inputMode="decimal"
            value={draft.approvalThreshold}
            onChange={(e) => edit({ approvalThreshold: e.target.value })}
            disabled={!editable}
            error={errorFor('approvalThreshold')}
            hint={`${draft.mainCurrency}: a withdrawal above it waits for two finance approvals. 0 sends every withdrawal for approval.`}
          />
        </div>
        {editable ? (
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton
              pending={saving}
              pendingLabel="Saving…"
              className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
            >
              Save withdrawal rules
            </SubmitButton>
            {dirty ? (
              <Button
                variant="ghost"
                onClick={() => {
                  setDraft(draftFromRules(saved));
                  setProblems({});
                  setApiProblem(null);
                }}
              >
                Discard changes
              </Button>
            ) : null}
            {justSaved ? (
              <p role="status" className="text-sm text-emerald-700">
                Saved. The next withdrawal request follows these rules.
              </p>
            ) : null}
          </div>
        ) : null}
      </form>
    </div>
  );
}

/**
 * The tenant's withdrawal rules: every operator reads them, owners and finance staff change them
 * (the API enforces the same). Amounts are shown and typed in major units of the main currency.
 */
export function WithdrawalRulesSection() {
  const { role } = useViewer();
  const editable = can(role, 'walletSettings.update');
  const [result] = useQuery({ query: WalletSettingsQuery, requestPolicy: 'cache-and-network' });
  const settings = result.data ? readFragment(WalletSettingsFields, result.data.walletSettings) : null;

  return (
    <Card
      title="Withdrawal rules"
      description="How much a player may withdraw per day and when a payout waits for two finance approvals. A change applies to the next withdrawal request."
    >
      {settings ? (
        <WithdrawalRulesForm initial={settings} editable={editable} />
      ) : result.error ? (
        <FormAlert problem={problemFromCombinedError(result.error)} />
      ) : (
        <LoadingState label="Loading the withdrawal rules…" />
      )}
    </Card>
  );
}
