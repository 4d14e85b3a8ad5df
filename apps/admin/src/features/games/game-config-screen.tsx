'use client';

import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  ConfigureGameMutation,
  FormAlert,
  GameConfigFields,
  GamesConfigQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { Badge, Button, Card, EmptyState, LoadingState, PageHeader } from '@/ui/primitives';
import { formatRtp } from '../rtp/rtp-report';
import { changedLimits, draftFromLimit, type StakeLimitDraft, type StakeLimitProblem } from './stake-limits';

type GameConfig = ResultOf<typeof GameConfigFields>;

const inputClass =
  'w-36 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm tabular-nums disabled:bg-slate-50 disabled:text-slate-500 aria-[invalid=true]:border-red-500';

function LimitInput({
  label,
  value,
  onChange,
  disabled,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
      {error ? (
        <p id={`${id}-error`} className="max-w-40 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One game's settings: on/off, RTP variant, stake limits per asset (in major units). */
function GameConfigCard({
  initial,
  currencies,
  editable,
}: {
  initial: GameConfig;
  currencies: string[];
  editable: boolean;
}) {
  const [saved, setSaved] = useState(initial);
  const [enabled, setEnabled] = useState(initial.enabled);
  const [variant, setVariant] = useState(initial.variant);
  const [drafts, setDrafts] = useState<StakeLimitDraft[]>(() => initial.limits.map(draftFromLimit));
  const [showAll, setShowAll] = useState(false);
  const [problems, setProblems] = useState<StakeLimitProblem[]>([]);
  const [outcome, setOutcome] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  const [state, configure] = useMutation(ConfigureGameMutation);
  const switchId = useId();
  const variantId = useId();

  const ownAssets = saved.limits.filter((l) => currencies.includes(l.asset) || l.custom).map((l) => l.asset);
  const shownAssets = showAll || ownAssets.length === 0 ? saved.limits.map((l) => l.asset) : ownAssets;
  const hiddenCount = saved.limits.length - shownAssets.length;
  const chosenVariant = saved.variants.find((v) => v.id === variant);
  const pending = changedLimits(saved.limits, drafts);
  const dirty = enabled !== saved.enabled || variant !== saved.variant || !pending.ok || pending.limits.length > 0;
  const problemFor = (asset: string, field: 'min' | 'max') =>
    problems.find((p) => p.asset === asset && p.field === field)?.problem;

  const setDraft = (asset: string, patch: Partial<StakeLimitDraft>) =>
    setDrafts((list) => list.map((d) => (d.asset === asset ? { ...d, ...patch } : d)));

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const limits = changedLimits(saved.limits, drafts);
    if (!limits.ok) {
      setProblems(limits.problems);
      return setOutcome({ tone: 'problem', text: 'Check the highlighted stake limits.' });
    }
    setProblems([]);
    // The API resets an omitted variant to the default: always send the one chosen.
    const result = await configure({
      input: { game: saved.code, enabled, variant, ...(limits.limits.length > 0 ? { limits: limits.limits } : {}) },
    });
    if (result.error || !result.data) {
      return setOutcome({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The change was not saved.',
      });
    }
    const after = readFragment(GameConfigFields, result.data.configureGame);
    setSaved(after);
    setEnabled(after.enabled);
    setVariant(after.variant);
    setDrafts(after.limits.map(draftFromLimit));
    setOutcome({
      tone: 'ok',
      text: `Saved. ${after.name} is ${after.enabled ? 'enabled' : 'disabled: players cannot place bets on it'}, at ${formatRtp(after.rtp)} RTP.`,
    });
  };

  return (
    <Card title={saved.name}>
      <form
        onSubmit={(e) => void onSave(e)}
        noValidate
        aria-label={`${saved.name} settings`}
        className="flex flex-col gap-5"
      >
        <div className="flex flex-wrap items-center gap-3">
          <Badge tone={saved.enabled ? 'green' : 'red'}>{saved.enabled ? 'Enabled' : 'Disabled'}</Badge>
          <Badge>{saved.kind === 'MULTI_STEP' ? 'Played in rounds' : 'Instant'}</Badge>
          <span className="text-sm text-slate-600">Stated RTP {formatRtp(saved.rtp)}</span>
        </div>
        <div className="flex flex-wrap items-start gap-8">
          <div className="flex items-center gap-3">
            <input
              id={switchId}
              type="checkbox"
              role="switch"
              checked={enabled}
              onChange={(e) => setEnabled(e.target.checked)}
              disabled={!editable}
              aria-checked={enabled}
              className="h-5 w-5 accent-brand"
            />
            <label htmlFor={switchId} className="text-sm font-medium text-slate-800">
              Enabled for players
            </label>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={variantId} className="text-sm font-medium text-slate-800">
              RTP variant
            </label>
            <select
              id={variantId}
              value={variant}
              onChange={(e) => setVariant(e.target.value)}
              disabled={!editable}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-50"
            >
              {saved.variants.map((v) => (
                <option key={v.id} value={v.id}>
                  {`${v.id} — ${formatRtp(v.rtp)} RTP`}
                </option>
              ))}
            </select>
            {chosenVariant ? <p className="max-w-md text-xs text-slate-500">{chosenVariant.description}</p> : null}
          </div>
        </div>
        <div>
          <h3 className="text-sm font-semibold text-slate-800">Stake limits</h3>
          <p className="text-xs text-slate-500">
            Per asset, in the asset’s own units (e.g. 0.10 EUR). A bet outside them is refused.
          </p>
          <div className="-mx-5 mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm" aria-label={`${saved.name} stake limits`}>
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Asset
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Minimum
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Maximum
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Set by
                  </th>
                </tr>
              </thead>
              <tbody>
                {shownAssets.map((asset) => {
                  const draft = drafts.find((d) => d.asset === asset);
                  const limit = saved.limits.find((l) => l.asset === asset);
                  if (!draft || !limit) return null;
                  return (
                    <tr key={asset} className="border-t border-slate-100 align-top">
                      <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                        {asset}
                      </th>
                      <td className="px-4 py-2">
                        <LimitInput
                          label={`Minimum stake (${asset})`}
                          value={draft.min}
                          onChange={(min) => setDraft(asset, { min })}
                          disabled={!editable}
                          error={problemFor(asset, 'min')}
                        />
                      </td>
                      <td className="px-4 py-2">
                        <LimitInput
                          label={`Maximum stake (${asset})`}
                          value={draft.max}
                          onChange={(max) => setDraft(asset, { max })}
                          disabled={!editable}
                          error={problemFor(asset, 'max')}
                        />
                      </td>
                      <td className="px-4 py-2">
                        {limit.custom ? <Badge tone="indigo">Your casino</Badge> : <Badge>Platform default</Badge>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {hiddenCount > 0 || showAll ? (
            <Button variant="ghost" className="mt-2" onClick={() => setShowAll((s) => !s)} aria-expanded={showAll}>
              {showAll ? 'Show only your currencies' : `Show ${hiddenCount} other asset${hiddenCount === 1 ? '' : 's'}`}
            </Button>
          ) : null}
        </div>
        {outcome ? (
          outcome.tone === 'ok' ? (
            <p
              role="status"
              className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
            >
              {outcome.text}
            </p>
          ) : (
            <FormAlert>{outcome.text}</FormAlert>
          )
        ) : null}
        {editable ? (
          <div className="flex gap-2">
            <Button type="submit" disabled={state.fetching || !dirty}>
              {state.fetching ? 'Saving…' : `Save ${saved.name}`}
            </Button>
            {dirty ? (
              <Button
                variant="ghost"
                onClick={() => {
                  setEnabled(saved.enabled);
                  setVariant(saved.variant);
                  setDrafts(saved.limits.map(draftFromLimit));
                  setProblems([]);
                  setOutcome(null);
                }}
              >
                Discard changes
              </Button>
            ) : null}
          </div>
        ) : null}
      </form>
    </Card>
  );
}

/** The casino's games: which are on, their RTP variant and stake limits. Owners and admins change them; everyone else reads. */
export function GameConfigScreen() {
  const { role } = useViewer();
  const allowed = can(role, 'games.view');
  const editable = can(role, 'games.configure');
  const [result] = useQuery({ query: GamesConfigQuery, pause: !allowed, requestPolicy: 'cache-and-network' });
  const problem = problemFromCombinedError(result.error);
  const games = result.data?.games.map((g) => readFragment(GameConfigFields, g));

  return (
    <>
      <PageHeader
        title="Games"
        description="Which games your players can play, the RTP variant each runs and the stakes it accepts. Changes apply to the next bet."
      />
      {!allowed ? (
        <EmptyState title="Not available for your role">Game settings are for casino staff.</EmptyState>
      ) : !games && problem ? (
        <FormAlert problem={problem} />
      ) : !games ? (
        <LoadingState label="Loading the games…" />
      ) : (
        <div className="flex flex-col gap-6">
          {!editable ? (
            <p role="note" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
              Read-only: only owners and admins change game settings.
            </p>
          ) : null}
          {games.map((game) => (
            <GameConfigCard
              key={game.code}
              initial={game}
              currencies={result.data?.currentTenant.currencies ?? []}
              editable={editable}
            />
          ))}
        </div>
      )}
    </>
  );
}
