'use client';

import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  AdminJackpotsQuery,
  assetMaxAmount,
  assetScale,
  FormAlert,
  formatMoney,
  FundJackpotMutation,
  GamesConfigQuery,
  JackpotFields,
  JackpotWinFields,
  JackpotWinsQuery,
  OpenDrawFields,
  parseMoneyInput,
  PauseJackpotMutation,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  ResumeJackpotMutation,
  TextField,
  useSubmissionKey,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, Card, EmptyState, formatDate, LoadingState, PageHeader } from '@/ui/primitives';
import { JACKPOT_CONTEXT, JackpotEditor, type JackpotView } from './jackpot-editor';
import { JackpotDraws } from './jackpot-draws';
import { JACKPOT_TYPE_LABELS } from './jackpot-form';
import { tierReconciliation } from './tier-reconciliation';

/** What operators see of a tier beyond the pool: the ledger's balance, whether they match, and the running draw. */
interface TierLedger {
  ledgerBalance: string | null;
  reconciled: boolean | null;
  nextDraw: ResultOf<typeof OpenDrawFields> | null;
}

type WinView = ResultOf<typeof JackpotWinFields>;
type Outcome = { tone: 'ok' | 'problem'; text: string };
const scaleOf = (asset: string) => assetScale(asset) ?? 2;
const money = (minor: string, asset: string) => formatMoney(minor, scaleOf(asset), asset);

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

function FundForm({ jackpot, onOutcome }: { jackpot: JackpotView; onOutcome: (o: Outcome) => void }) {
  const [tier, setTier] = useState(jackpot.tiers[0]?.code ?? '');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [state, fund] = useMutation(FundJackpotMutation);
  const key = useSubmissionKey();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMoneyInput(amount, scaleOf(jackpot.asset), assetMaxAmount(jackpot.asset));
    if (!parsed.ok) return setError(parsed.problem);
    setError(undefined);
    const result = await fund(
      {
        input: {
          jackpotId: jackpot.id,
          tierCode: tier,
          amount: parsed.minor,
          idempotencyKey: key.keyFor(`${jackpot.id}:${tier}:${parsed.minor}`),
        },
      },
      JACKPOT_CONTEXT,
    );
    if (result.error || !result.data)
      return onOutcome({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The funding failed.',
      });
    key.settle();
    setAmount('');
    onOutcome({
      tone: 'ok',
      text: `${money(parsed.minor, jackpot.asset)} moved from the house into ${jackpot.name} (${tier}).`,
    });
  };
  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={`Fund ${jackpot.name}`}
      className="mt-3 flex flex-wrap items-end gap-2"
    >
      {jackpot.tiers.length > 1 ? (
        <label className="flex flex-col gap-1 text-sm font-medium">
          Tier
          <select
            value={tier}
            onChange={(e) => setTier(e.target.value)}
            className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
          >
            {jackpot.tiers.map((t) => (
              <option key={t.code}>{t.code}</option>
            ))}
          </select>
        </label>
      ) : null}
      <TextField
        label={`Amount to fund (${jackpot.asset})`}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={error}
      />
      <Button type="submit" disabled={state.fetching}>
        {state.fetching ? 'Funding…' : 'Fund from house'}
      </Button>
    </form>
  );
}

function JackpotCard({
  jackpot,
  ledger,
  editable,
  onOutcome,
}: {
  jackpot: JackpotView;
  ledger: ReadonlyMap<string, TierLedger>;
  editable: boolean;
  onOutcome: (o: Outcome) => void;
}) {
  const drawn = jackpot.type === 'FIXED' || jackpot.type === 'SPONSORED';
  const [pauseState, pause] = useMutation(PauseJackpotMutation);
  const [resumeState, resume] = useMutation(ResumeJackpotMutation);
  const [editing, setEditing] = useState(false);
  const busy = pauseState.fetching || resumeState.fetching;
  const toggle = async () => {
    const result =
      jackpot.status === 'ACTIVE'
        ? await pause({ id: jackpot.id }, JACKPOT_CONTEXT)
        : await resume({ id: jackpot.id }, JACKPOT_CONTEXT);
    if (result.error || !result.data)
      return onOutcome({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The change failed.',
      });
    const after = readFragment(
      JackpotFields,
      'pauseJackpot' in result.data ? result.data.pauseJackpot : result.data.resumeJackpot,
    );
    onOutcome({
      tone: 'ok',
      text: `${after.name} is ${after.status === 'ACTIVE' ? 'running again' : 'paused: it keeps its pools, takes nothing and drops nothing'}.`,
    });
  };
  return (
    <section
      aria-label={`Jackpot ${jackpot.name}`}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-base font-semibold text-slate-900">{jackpot.name}</h3>
          <p className="text-xs text-slate-500">
            {JACKPOT_TYPE_LABELS[jackpot.type]} ·{' '}
            {jackpot.gameCodes && jackpot.gameCodes.length > 0 ? jackpot.gameCodes.join(', ') : 'every game'}
            {jackpot.contributionBasisPoints > 0 ? ` · ${jackpot.contributionBasisPoints / 100} % of each stake` : ''}
            {jackpot.optIn ? ' · opt-in' : ''}
            {jackpot.resetMinuteUtc !== null
              ? ` · draw ${String(Math.floor(jackpot.resetMinuteUtc / 60)).padStart(2, '0')}:${String(jackpot.resetMinuteUtc % 60).padStart(2, '0')} UTC`
              : ''}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <Badge tone={jackpot.status === 'ACTIVE' ? 'green' : 'amber'}>
            {jackpot.status === 'ACTIVE' ? 'Active' : 'Paused'}
          </Badge>
          {editable && !editing ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : null}
          {editable ? (
            <Button variant="secondary" disabled={busy} onClick={() => void toggle()}>
              {jackpot.status === 'ACTIVE' ? 'Pause' : 'Resume'}
            </Button>
          ) : null}
        </div>
      </div>
      {editing ? (
        <div className="mt-4 rounded-lg border border-slate-200 p-4">
          <JackpotEditor
            jackpot={jackpot}
            currencies={[jackpot.asset]}
            scaleOf={scaleOf}
            onDone={(saved) => {
              setEditing(false);
              if (saved)
                onOutcome({
                  tone: 'ok',
                  text: `${saved.name} saved: new rules apply to bets from now on; seed amounts and drop ranges from the next seeding.`,
                });
            }}
          />
        </div>
      ) : null}
      <div className="-mx-5 mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label={`${jackpot.name} tiers`}>
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Tier
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Pool
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Ledger
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Seed
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Share
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Wins when
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Seeding
              </th>
            </tr>
          </thead>
          <tbody>
            {jackpot.tiers.map((t) => {
              const extra = ledger.get(t.code);
              const check = tierReconciliation(
                { pool: t.pool, ledgerBalance: extra?.ledgerBalance ?? null, reconciled: extra?.reconciled ?? null },
                scaleOf(jackpot.asset),
                jackpot.asset,
              );
              const draw = extra?.nextDraw ?? null;
              return (
                <tr key={t.code} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {t.code}
                  </th>
                  <td className="px-4 py-2 font-semibold tabular-nums">{money(t.pool, jackpot.asset)}</td>
                  <td className="px-4 py-2 tabular-nums">
                    <p>{extra?.ledgerBalance ? money(extra.ledgerBalance, jackpot.asset) : '—'}</p>
                    <Badge tone={check.tone}>{check.text}</Badge>
                  </td>
                  <td className="px-4 py-2 tabular-nums">{money(t.seedAmount, jackpot.asset)}</td>
                  <td className="px-4 py-2 tabular-nums">{t.contributionShareBasisPoints / 100} %</td>
                  <td className="px-4 py-2 text-xs">
                    {t.hitOneIn !== null ? `1 in ${t.hitOneIn.toLocaleString()} bets` : null}
                    {t.minDropValue && t.maxDropValue
                      ? `drops between ${money(t.minDropValue, jackpot.asset)} and ${money(t.maxDropValue, jackpot.asset)}`
                      : null}
                    {drawn ? 'daily draw' : null}
                    {drawn && draw ? (
                      <span className="block text-slate-500">
                        next closes {formatDate(draw.closesAt)} · {draw.entries}{' '}
                        {draw.entries === 1 ? 'entry' : 'entries'}
                        <span className="block break-all font-mono">commitment {draw.commitment}</span>
                      </span>
                    ) : null}
                    {t.dropCommitment ? (
                      <span className="block break-all font-mono text-slate-500">commitment {t.dropCommitment}</span>
                    ) : null}
                  </td>
                  <td className="px-4 py-2 tabular-nums">{t.seeding}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable && jackpot.type === 'SPONSORED' ? <FundForm jackpot={jackpot} onOutcome={onOutcome} /> : null}
      {drawn ? <JackpotDraws jackpot={jackpot} editable={editable} onOutcome={onOutcome} /> : null}
    </section>
  );
}

function WinRow({ win, names }: { win: WinView; names: Map<string, string> }) {
  return (
    <tr className="border-t border-slate-100 align-top">
      <td className="px-4 py-3 whitespace-nowrap">{formatDate(win.wonAt)}</td>
      <td className="px-4 py-3">
        {names.get(win.jackpotId) ?? win.jackpotId} · {win.tierCode}
      </td>
      <td className="px-4 py-3 font-semibold tabular-nums">{money(win.amount, win.asset)}</td>
      <td className="px-4 py-3 font-mono text-xs">
        <p>bet {win.betId}</p>
        <p>player {win.playerId ?? '—'}</p>
      </td>
      <td className="px-4 py-3">
        <Badge tone={win.paid ? 'green' : 'amber'}>{win.paid ? 'Paid' : 'Paying'}</Badge>
      </td>
      <td className="px-4 py-3 text-xs">
        {win.proof ? (
          <details>
            <summary className="cursor-pointer text-brand underline">Verification data</summary>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 break-all font-mono">
              <dt className="text-slate-500">Server seed</dt>
              <dd>{win.proof.serverSeed}</dd>
              <dt className="text-slate-500">Hash</dt>
              <dd>{win.proof.serverSeedHash}</dd>
              <dt className="text-slate-500">Client seed</dt>
              <dd>{win.proof.clientSeed}</dd>
              <dt className="text-slate-500">Nonce</dt>
              <dd>{win.proof.nonce}</dd>
              <dt className="text-slate-500">Range</dt>
              <dd>
                {win.proof.minDropValue}–{win.proof.maxDropValue}
              </dd>
              <dt className="text-slate-500">Drop value</dt>
              <dd>{win.proof.dropValue}</dd>
            </dl>
          </details>
        ) : win.drawId ? (
          <span>
            Won in draw <span className="break-all font-mono">{win.drawId}</span>: its seed, entries and ticket are in
            the jackpot’s draw history.
          </span>
        ) : win.progressiveProof ? (
          <span>
            Decided by the bet’s provably fair stream: round {win.progressiveProof.round}, bytes{' '}
            {win.progressiveProof.byteOffset}–{win.progressiveProof.byteOffset + 3}, word {win.progressiveProof.word}{' '}
            (hits when word × {win.progressiveProof.hitOneIn.toLocaleString()} &lt; 2³²).
          </span>
        ) : (
          'Decided by the bet’s provably fair outcome'
        )}
      </td>
    </tr>
  );
}

function useWinsPage(after: string | null): PageOfRows<WinView> {
  // jackpotId: null explicitly — the API lists no wins when the argument is omitted.
  const [result] = useQuery({
    query: JackpotWinsQuery,
    variables: { first: 20, after, jackpotId: null },
    requestPolicy: 'cache-and-network',
  });
  return pageOfConnection(result, result.data?.jackpotWins, (node) => readFragment(JackpotWinFields, node));
}

/** Jackpots with their tier pools; create, edit, fund (sponsored) and pause for OWNER/ADMIN; the wins with their verification data. */
export function JackpotsScreen() {
  const { role } = useViewer();
  const editable = can(role, 'jackpots.manage');
  const [jackpots, reexecute] = useQuery({
    query: AdminJackpotsQuery,
    context: JACKPOT_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const [tenant] = useQuery({ query: GamesConfigQuery, pause: !editable });
  const [creating, setCreating] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [generation, setGeneration] = useState(0);
  const list = (jackpots.data?.jackpots ?? []).map((j) => ({
    jackpot: readFragment(JackpotFields, j),
    ledger: new Map<string, TierLedger>(
      j.tiers.map((t) => [
        t.code,
        {
          ledgerBalance: t.ledgerBalance,
          reconciled: t.reconciled,
          nextDraw: t.nextDraw ? readFragment(OpenDrawFields, t.nextDraw) : null,
        },
      ]),
    ),
  }));
  const names = new Map(list.map(({ jackpot: j }) => [j.id, j.name]));
  const currencies = tenant.data ? [...tenant.data.currentTenant.currencies] : [];

  return (
    <>
      <PageHeader
        title="Jackpots"
        description="Pools per tier, growing from bets or funded by the house. A must-drop tier commits to its hidden drop value before any bet counts."
        actions={
          editable && !creating && tenant.data ? <Button onClick={() => setCreating(true)}>New jackpot</Button> : null
        }
      />
      <div className="flex flex-col gap-6">
        {creating ? (
          <Card title="New jackpot" description="Creating it moves each tier’s seed from the house into its pool.">
            <JackpotEditor
              currencies={currencies}
              scaleOf={scaleOf}
              onDone={(created) => {
                setCreating(false);
                if (created) setOutcome({ tone: 'ok', text: `${created.name} created and seeded.` });
              }}
            />
          </Card>
        ) : null}
        <OutcomeLine outcome={outcome} />
        {!jackpots.data && jackpots.error ? <FormAlert problem={problemFromCombinedError(jackpots.error)} /> : null}
        {!jackpots.data && !jackpots.error ? <LoadingState label="Loading jackpots…" /> : null}
        {jackpots.data && list.length === 0 ? (
          <EmptyState title="No jackpots yet">
            {editable ? 'Create one with “New jackpot”.' : 'Owners and admins create them.'}
          </EmptyState>
        ) : null}
        {list.map(({ jackpot: j, ledger }) => (
          <JackpotCard
            key={j.id}
            jackpot={j}
            ledger={ledger}
            editable={editable}
            onOutcome={(o) => {
              setOutcome(o);
              setGeneration((n) => n + 1);
              // A draw or a funding moves pools and ledger balances: read them again.
              reexecute({ requestPolicy: 'network-only' });
            }}
          />
        ))}
        <Card title="Wins" description="Newest first, with what is needed to verify each.">
          <PagedTable
            key={generation}
            columns={['Won', 'Jackpot', 'Prize', 'Bet and player', 'Payment', 'Verification']}
            usePage={useWinsPage}
            loadingLabel="Loading wins…"
            empty={<EmptyState title="No wins yet">Wins appear here as jackpots drop.</EmptyState>}
            renderRow={(w) => <WinRow key={w.id} win={w} names={names} />}
          />
        </Card>
      </div>
    </>
  );
}
