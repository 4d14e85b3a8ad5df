'use client';

import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  assetScale,
  BonusCampaignFields,
  BonusCampaignsQuery,
  BonusCampaignStatsFields,
  BonusSettingsQuery,
  FormAlert,
  formatMoney,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  SetBonusCampaignStatusMutation,
  TextField,
  UpdateBonusSettingsMutation,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, Card, EmptyState, formatDate, LoadingState, PageHeader } from '@/ui/primitives';
import { CAMPAIGN_CONTEXT, CampaignEditor, type CampaignView } from './campaign-editor';
import { CAMPAIGN_KIND_LABELS, draftFromCampaign, emptyCampaignDraft } from './campaign-form';
import { conversionRateText, grantCountsText } from './campaign-stats';

type StatsView = ResultOf<typeof BonusCampaignStatsFields>;
type CampaignRowView = CampaignView & { stats: StatsView | null };

type Outcome = { tone: 'ok' | 'problem'; text: string };
const scaleOf = (asset: string) => assetScale(asset) ?? 2;
const money = (minor: string, asset: string) => formatMoney(minor, scaleOf(asset), asset);
const STATUS_TONES = { ACTIVE: 'green', PAUSED: 'amber', ENDED: 'slate' } as const;

function termsText(c: CampaignView): string {
  switch (c.kind) {
    case 'NO_DEPOSIT':
      return c.amount ? money(c.amount, c.asset) : '—';
    case 'FREE_BETS':
      return `${c.freeBetCount ?? 0} × ${c.freeBetStake ? money(c.freeBetStake, c.asset) : '—'} on ${c.freeBetGame ?? '—'}`;
    default:
      return `${(c.percentBp ?? 0) / 100} % up to ${c.cap ? money(c.cap, c.asset) : '—'}`;
  }
}

function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return outcome.tone === 'ok' ? (
    <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {outcome.text}
    </p>
  ) : (
    <FormAlert>{outcome.text}</FormAlert>
  );
}

function SettingsCard({
  settings,
  editable,
  onSaved,
}: {
  settings: { maxWageringMultiplier: number; maxClaimsPerDay: number };
  editable: boolean;
  onSaved: (o: Outcome) => void;
}) {
  const [multiplier, setMultiplier] = useState(String(settings.maxWageringMultiplier));
  const [claims, setClaims] = useState(String(settings.maxClaimsPerDay));
  const [state, save] = useMutation(UpdateBonusSettingsMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const m = Number(multiplier);
    const c = Number(claims);
    if (!/^\d+$/.test(multiplier.trim()) || m > 100)
      return setProblem('The wagering cap is a whole number from 0 to 100.');
    if (!/^\d+$/.test(claims.trim()) || c < 1 || c > 100)
      return setProblem('Claims per day are a whole number from 1 to 100.');
    const result = await save({ maxWageringMultiplier: m, maxClaimsPerDay: c });
    if (result.error || !result.data)
      return setProblem(problemFromCombinedError(result.error)?.message ?? 'The settings were not saved.');
    onSaved({
      tone: 'ok',
      text: `Bonus settings saved: campaigns may ask up to ${result.data.updateBonusSettings.maxWageringMultiplier}× wagering.`,
    });
  };
  return (
    <Card
      title="Bonus settings"
      description="The casino-wide rules. The UK caps wagering at 10× the bonus from January 2026; running campaigns keep their multiplier."
    >
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label="Bonus settings"
        className="flex flex-wrap items-end gap-4"
      >
        <TextField
          label="Highest wagering multiplier"
          inputMode="numeric"
          value={multiplier}
          onChange={(e) => setMultiplier(e.target.value)}
          disabled={!editable}
        />
        <TextField
          label="Claims per player per 24 hours"
          inputMode="numeric"
          value={claims}
          onChange={(e) => setClaims(e.target.value)}
          disabled={!editable}
        />
        {editable ? (
          <Button type="submit" disabled={state.fetching}>
            {state.fetching ? 'Saving…' : 'Save settings'}
          </Button>
        ) : null}
      </form>
      {problem ? (
        <div className="mt-3">
          <FormAlert>{problem}</FormAlert>
        </div>
      ) : null}
    </Card>
  );
}

/** What the campaign has done: grants by outcome, the money awarded, what it cost (converted) and what came back (forfeited). */
function CampaignStats({ c }: { c: CampaignRowView }) {
  const stats = c.stats;
  if (!stats) return <span className="text-xs text-slate-500">—</span>;
  return (
    <div className="text-xs text-slate-700">
      <p>{grantCountsText(stats)}</p>
      <dl
        aria-label={`Results of ${c.name}`}
        className="mt-1 grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5 tabular-nums"
      >
        <dt className="text-slate-500">Granted</dt>
        <dd>{money(stats.granted, c.asset)}</dd>
        <dt className="text-slate-500">Converted (cost)</dt>
        <dd className="font-semibold text-slate-900">{money(stats.converted, c.asset)}</dd>
        <dt className="text-slate-500">Forfeited</dt>
        <dd>{money(stats.forfeited, c.asset)}</dd>
        <dt className="text-slate-500">Conversion rate</dt>
        <dd>{conversionRateText(stats.conversionRate)}</dd>
      </dl>
    </div>
  );
}

function CampaignRow({
  c,
  editable,
  onEdit,
  onOutcome,
}: {
  c: CampaignRowView;
  editable: boolean;
  onEdit: (c: CampaignView) => void;
  onOutcome: (o: Outcome) => void;
}) {
  const [state, setStatus] = useMutation(SetBonusCampaignStatusMutation);
  const change = async (status: 'ACTIVE' | 'PAUSED' | 'ENDED') => {
    const result = await setStatus({ id: c.id, status }, CAMPAIGN_CONTEXT);
    if (result.error || !result.data)
      return onOutcome({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The status was not changed.',
      });
    const after = readFragment(BonusCampaignFields, result.data.setBonusCampaignStatus);
    onOutcome({ tone: 'ok', text: `${after.name} is now ${after.status.toLowerCase()}.` });
  };
  return (
    <tr className="border-t border-slate-100 align-top" aria-label={`Campaign ${c.name}`}>
      <td className="px-4 py-3">
        <p className="font-medium text-slate-900">{c.name}</p>
        <p className="text-xs text-slate-500">
          {CAMPAIGN_KIND_LABELS[c.kind]}
          {c.optInCode ? ` · code ${c.optInCode}` : ''}
          {c.newPlayersOnly ? ' · new players' : ''}
        </p>
      </td>
      <td className="px-4 py-3 tabular-nums">{termsText(c)}</td>
      <td className="px-4 py-3 text-xs text-slate-700">
        <p>
          {c.wageringMultiplier}× · {c.expiresInDays} d
          {c.maxCashOut ? ` · cash-out ≤ ${money(c.maxCashOut, c.asset)}` : ''}
        </p>
        <p>{c.contributionWeights.map((w) => `${w.game} ${w.percent} %`).join(', ') || 'No game counts'}</p>
        {c.maxBet.length > 0 ? <p>Max bet {c.maxBet.map((m) => money(m.amount, m.asset)).join(', ')}</p> : null}
      </td>
      <td className="px-4 py-3">
        <Badge tone={STATUS_TONES[c.status]}>
          {c.status === 'ACTIVE' ? 'Active' : c.status === 'PAUSED' ? 'Paused' : 'Ended'}
        </Badge>
        {c.validUntil ? <p className="mt-1 text-xs text-slate-500">until {formatDate(c.validUntil)}</p> : null}
      </td>
      <td className="px-4 py-3 tabular-nums">{c.claims}</td>
      <td className="px-4 py-3">
        <CampaignStats c={c} />
      </td>
      <td className="px-4 py-3">
        {editable && c.status !== 'ENDED' ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => onEdit(c)}>
              Edit
            </Button>
            {c.status === 'ACTIVE' ? (
              <Button variant="secondary" disabled={state.fetching} onClick={() => void change('PAUSED')}>
                Pause
              </Button>
            ) : (
              <Button variant="secondary" disabled={state.fetching} onClick={() => void change('ACTIVE')}>
                Resume
              </Button>
            )}
            <Button variant="danger" disabled={state.fetching} onClick={() => void change('ENDED')}>
              End
            </Button>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function useCampaignPage(after: string | null): PageOfRows<CampaignRowView> {
  const [result] = useQuery({
    query: BonusCampaignsQuery,
    variables: { first: 20, after },
    context: CAMPAIGN_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  return pageOfConnection(result, result.data?.bonusCampaigns, (node) => ({
    ...readFragment(BonusCampaignFields, node),
    stats: node.stats ? readFragment(BonusCampaignStatsFields, node.stats) : null,
  }));
}

/** Bonus campaigns and the casino's bonus rules: OWNER and ADMIN change them, other desks read them. */
export function BonusCampaignsScreen() {
  const { role } = useViewer();
  const editable = can(role, 'bonuses.manage');
  const [settings] = useQuery({ query: BonusSettingsQuery });
  const [editor, setEditor] = useState<{ editing: CampaignView | null; key: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [generation, setGeneration] = useState(0);

  const currencies = settings.data ? [...settings.data.currentTenant.currencies] : [];
  const maxMultiplier = settings.data?.bonusSettings.maxWageringMultiplier ?? 10;

  return (
    <>
      <PageHeader
        title="Bonuses"
        description="Campaigns players claim, with their wagering rules. Bonuses already claimed keep the terms they were claimed under."
        actions={
          editable && !editor && settings.data ? (
            <Button onClick={() => setEditor({ editing: null, key: Date.now() })}>New campaign</Button>
          ) : null
        }
      />
      <div className="flex flex-col gap-6">
        {!settings.data && settings.error ? <FormAlert problem={problemFromCombinedError(settings.error)} /> : null}
        {!settings.data && !settings.error ? <LoadingState label="Loading bonus settings…" /> : null}
        {settings.data ? (
          <SettingsCard settings={settings.data.bonusSettings} editable={editable} onSaved={setOutcome} />
        ) : null}
        {editor && settings.data ? (
          <Card title={editor.editing ? `Edit ${editor.editing.name}` : 'New campaign'}>
            <CampaignEditor
              key={editor.key}
              initial={
                editor.editing ? draftFromCampaign(editor.editing, scaleOf) : emptyCampaignDraft(currencies[0] ?? 'EUR')
              }
              editing={editor.editing}
              currencies={currencies}
              maxWageringMultiplier={maxMultiplier}
              scaleOf={scaleOf}
              onDone={(saved) => {
                setEditor(null);
                if (saved) {
                  setOutcome({
                    tone: 'ok',
                    text: `${saved.name} saved${saved.status === 'ACTIVE' ? ': open for claims' : ''}.`,
                  });
                  setGeneration((n) => n + 1);
                }
              }}
            />
          </Card>
        ) : null}
        <Card
          title="Campaigns"
          description={
            editable ? 'Newest first.' : 'Newest first. Read-only for your role: owners and admins run campaigns.'
          }
        >
          <div className="mb-3">
            <OutcomeLine outcome={outcome} />
          </div>
          <PagedTable
            key={generation}
            columns={['Campaign', 'Gives', 'Rules', 'Status', 'Claims', 'Results', { hidden: 'Actions' }]}
            usePage={useCampaignPage}
            loadingLabel="Loading campaigns…"
            empty={
              <EmptyState title="No campaigns yet">
                {editable ? 'Create one with “New campaign”.' : 'Owners and admins create them.'}
              </EmptyState>
            }
            renderRow={(c) => (
              <CampaignRow
                key={c.id}
                c={c}
                editable={editable}
                onEdit={(campaign) => setEditor({ editing: campaign, key: Date.now() })}
                onOutcome={(o) => {
                  setOutcome(o);
                  setGeneration((n) => n + 1);
                }}
              />
            )}
          />
        </Card>
      </div>
    </>
  );
}
