'use client';

import Link from 'next/link';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import {
  assetScale,
  BonusCampaignFields,
  BonusFields,
  BonusUpdatedSubscription,
  CancelBonusMutation,
  ClaimBonusMutation,
  FormAlert,
  formatMoney,
  MyBonusesQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  TextField,
  useSession,
  useSubmissionKey,
} from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { GAME_NAMES, isGameCode } from '@/games/shared/game-catalogue';
import {
  BONUS_STATE_LABELS,
  bonusStateLabel,
  claimProblemMessage,
  groupBonuses,
  pendingBonusText,
  progressPercent,
  upsertBonus,
} from './bonus-view';

type BonusView = ResultOf<typeof BonusFields>;
type CampaignView = ResultOf<typeof BonusCampaignFields>;
type Notice = { tone: 'ok' | 'problem'; text: string };

const money = (minor: string, asset: string) => formatMoney(minor, assetScale(asset) ?? 2, asset);
const dateText = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

function NoticeLine({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return notice.tone === 'ok' ? (
    <p role="status" className="rounded-md border border-emerald-500/40 bg-emerald-500/10 px-3 py-2 text-sm">
      {notice.text}
    </p>
  ) : (
    <FormAlert>{notice.text}</FormAlert>
  );
}

function offerTerms(c: CampaignView): string {
  const parts: string[] = [];
  if (c.kind === 'NO_DEPOSIT' && c.amount) parts.push(`${money(c.amount, c.asset)} free`);
  if ((c.kind === 'DEPOSIT_MATCH' || c.kind === 'RELOAD') && c.percentBp !== null)
    parts.push(`${c.percentBp / 100} % of your deposit${c.cap ? ` up to ${money(c.cap, c.asset)}` : ''}`);
  if (c.kind === 'CASHBACK' && c.percentBp !== null)
    parts.push(`${c.percentBp / 100} % cashback${c.cap ? ` up to ${money(c.cap, c.asset)}` : ''}`);
  if (c.kind === 'FREE_BETS' && c.freeBetCount)
    parts.push(`${c.freeBetCount} free bets${c.freeBetStake ? ` of ${money(c.freeBetStake, c.asset)}` : ''}`);
  parts.push(`wager ${c.wageringMultiplier}× the bonus`);
  parts.push(`${c.expiresInDays} day${c.expiresInDays === 1 ? '' : 's'} to play it through`);
  if (c.maxCashOut) parts.push(`cash-out up to ${money(c.maxCashOut, c.asset)}`);
  return parts.join(' · ');
}

function claimedText(campaign: CampaignView, bonus: BonusView | null, enrolled: boolean): string {
  if (enrolled)
    return `${campaign.name}: you are enrolled. After each ${campaign.cashbackPeriod === 'DAILY' ? 'day' : 'week'} with net losses, your cashback arrives as a bonus.`;
  if (bonus?.state === 'PENDING') {
    const min =
      campaign.minDeposit && campaign.minDeposit !== '0'
        ? ` of at least ${money(campaign.minDeposit, campaign.asset)}`
        : '';
    return `${campaign.name} claimed: it is waiting for your deposit. Your next ${campaign.asset} deposit${min}${bonus.depositDeadline ? ` before ${dateText(bonus.depositDeadline)}` : ''} brings it.`;
  }
  return `${campaign.name} claimed${bonus?.state === 'GRANTED' ? ': it is queued and starts when your current bonus ends.' : '.'}`;
}

function weightsText(c: CampaignView): string {
  if (c.contributionWeights.length === 0) return 'No game counts towards wagering.';
  return `Counts: ${c.contributionWeights.map((w) => `${isGameCode(w.game) ? GAME_NAMES[w.game] : w.game} ${w.percent} %`).join(', ')}.`;
}

function Offer({
  campaign,
  onClaimed,
}: {
  campaign: CampaignView;
  onClaimed: (bonus: BonusView | null, notice: Notice) => void;
}) {
  const [state, claim] = useMutation(ClaimBonusMutation);
  const key = useSubmissionKey();
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const typed = code.trim();
    const result = await claim({
      campaignId: campaign.id,
      code: campaign.requiresOptInCode ? typed : null,
      idempotencyKey: key.keyFor(`claim:${campaign.id}:${typed}`),
    });
    if (result.error || !result.data)
      return setNotice({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The claim failed; try again.',
      });
    key.settle();
    const answer = result.data.claimBonus;
    if (!answer.ok)
      return setNotice({ tone: 'problem', text: claimProblemMessage(answer.code, answer.message, answer.retryAfter) });
    const bonus = answer.bonus ? readFragment(BonusFields, answer.bonus) : null;
    onClaimed(bonus, { tone: 'ok', text: claimedText(campaign, bonus, answer.enrolled) });
  };

  return (
    <li className="rounded-xl border border-brand-fg/15 bg-brand-fg/5 p-4">
      <form onSubmit={(e) => void onSubmit(e)} aria-label={`Offer ${campaign.name}`} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="text-lg font-semibold">{campaign.name}</h3>
          <span className="text-xs uppercase tracking-wide opacity-70">
            {campaign.kind.replace('_', ' ').toLowerCase()}
          </span>
        </div>
        <p className="text-sm">{offerTerms(campaign)}</p>
        <p className="text-xs opacity-75">
          {weightsText(campaign)}
          {campaign.maxBet.length > 0
            ? ` Largest bet while wagering: ${campaign.maxBet.map((m) => money(m.amount, m.asset)).join(', ')}.`
            : ''}
          {campaign.validUntil ? ` Offer ends ${dateText(campaign.validUntil)}.` : ''}
        </p>
        {campaign.requiresOptInCode ? (
          <TextField
            label={`Bonus code for ${campaign.name}`}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
          />
        ) : null}
        <NoticeLine notice={notice} />
        <div>
          <button
            type="submit"
            disabled={state.fetching}
            className="rounded-md bg-brand-accent px-4 py-2 font-semibold text-brand-accent-on hover:opacity-90 disabled:opacity-60"
          >
            {state.fetching ? 'Claiming…' : `Claim ${campaign.name}`}
          </button>
        </div>
      </form>
    </li>
  );
}

function WageringBar({ bonus }: { bonus: BonusView }) {
  const percent = progressPercent(bonus.wageringPercent);
  return (
    <div className="flex flex-col gap-1">
      <div
        role="progressbar"
        aria-label="Wagering progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} % — ${money(bonus.wagered, bonus.asset)} of ${money(bonus.wageringRequired, bonus.asset)} wagered`}
        className="h-4 w-full overflow-hidden rounded-full bg-brand-fg/10"
      >
        <div
          className="h-full rounded-full bg-brand-accent transition-[width] duration-500"
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="text-sm tabular-nums">
        <span className="font-semibold">{percent} %</span> — {money(bonus.wagered, bonus.asset)} of{' '}
        {money(bonus.wageringRequired, bonus.asset)} wagered
      </p>
    </div>
  );
}

function ActiveBonus({
  bonus,
  onCancelled,
}: {
  bonus: BonusView;
  onCancelled: (bonus: BonusView, notice: Notice) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [state, cancel] = useMutation(CancelBonusMutation);
  const [notice, setNotice] = useState<Notice | null>(null);

  const onCancel = async () => {
    setNotice(null);
    const result = await cancel({ bonusId: bonus.id });
    if (result.error || !result.data)
      return setNotice({
        tone: 'problem',
        text: problemFromCombinedError(result.error)?.message ?? 'The bonus was not cancelled.',
      });
    const answer = result.data.cancelBonus;
    setConfirming(false);
    const after = readFragment(BonusFields, answer.bonus);
    if (!answer.ok)
      return setNotice({
        tone: 'problem',
        text:
          answer.code === 'NOT_CANCELLABLE'
            ? 'Only a bonus in play can be cancelled.'
            : (answer.message ?? 'The bonus was not cancelled.'),
      });
    onCancelled(after, {
      tone: 'ok',
      text: `${after.campaignName} cancelled: ${money(after.forfeited, after.asset)} of bonus money was forfeited.`,
    });
  };

  return (
    <section
      aria-labelledby="active-bonus-heading"
      className="flex flex-col gap-4 rounded-2xl border border-brand-accent/60 bg-brand-fg/5 p-5"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="active-bonus-heading" className="text-xl font-bold">
          Active bonus: {bonus.campaignName}
        </h2>
        <span className="text-sm font-medium">{BONUS_STATE_LABELS[bonus.state]}</span>
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <dt className="opacity-70">Bonus</dt>
        <dd className="font-semibold tabular-nums">{money(bonus.bonusAmount, bonus.asset)}</dd>
        <dt className="opacity-70">Expires</dt>
        <dd>{dateText(bonus.expiresAt)}</dd>
        <dt className="opacity-70">Max cash-out</dt>
        <dd className="tabular-nums">{bonus.maxCashOut ? money(bonus.maxCashOut, bonus.asset) : 'No cap'}</dd>
        <dt className="opacity-70">Active since</dt>
        <dd>{dateText(bonus.activatedAt)}</dd>
        {bonus.spendOrder ? (
          <>
            <dt className="opacity-70">Your stakes use</dt>
            <dd>{bonus.spendOrder === 'BONUS_FIRST' ? 'Bonus money first' : 'Real money first'}</dd>
          </>
        ) : null}
        {bonus.bonusGames && bonus.bonusGames.length > 0 ? (
          <>
            <dt className="opacity-70">Bonus money on</dt>
            <dd>{bonus.bonusGames.map((g) => (isGameCode(g) ? GAME_NAMES[g] : g)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <WageringBar bonus={bonus} />
      <NoticeLine notice={notice} />
      {bonus.state === 'ACTIVE' ? (
        confirming ? (
          <div
            role="group"
            aria-label="Confirm cancelling the bonus"
            className="flex flex-col gap-3 rounded-md border border-danger/40 bg-danger/10 p-3 text-sm"
          >
            <p>
              Cancelling forfeits the bonus money still in your bonus wallet to the casino, and the wagering done so far
              is lost. This cannot be undone.
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                onClick={() => void onCancel()}
                disabled={state.fetching}
                className="rounded-md bg-danger px-3 py-1.5 font-semibold text-white disabled:opacity-60"
              >
                Forfeit bonus and cancel
              </button>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                className="rounded-md border border-brand-fg/30 px-3 py-1.5 font-medium"
              >
                Keep bonus
              </button>
            </div>
          </div>
        ) : (
          <div>
            <button
              type="button"
              onClick={() => setConfirming(true)}
              className="rounded-md border border-brand-fg/30 px-3 py-1.5 text-sm font-medium hover:bg-brand-fg/10"
            >
              Cancel bonus
            </button>
          </div>
        )
      ) : null}
    </section>
  );
}

function BonusTable({ label, bonuses, empty }: { label: string; bonuses: BonusView[]; empty: string }) {
  if (bonuses.length === 0) return <p className="text-sm opacity-75">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-label={label} className="w-full text-left text-sm">
        <thead className="text-xs uppercase tracking-wide opacity-70">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Bonus
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Amount
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              State
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Wagering
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Outcome
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Claimed
            </th>
          </tr>
        </thead>
        <tbody>
          {bonuses.map((b) => (
            <tr key={b.id} className="border-t border-brand-fg/10">
              <td className="py-2 pr-4 font-medium">{b.campaignName}</td>
              <td className="py-2 pr-4 tabular-nums">{money(b.bonusAmount, b.asset)}</td>
              <td className="py-2 pr-4">{bonusStateLabel(b)}</td>
              <td className="py-2 pr-4 tabular-nums">{progressPercent(b.wageringPercent)} %</td>
              <td className="py-2 pr-4 tabular-nums">
                {b.state === 'COMPLETED'
                  ? `${money(b.converted, b.asset)} converted to cash`
                  : b.state === 'EXPIRED' || b.state === 'CANCELLED'
                    ? `${money(b.forfeited, b.asset)} forfeited`
                    : '—'}
              </td>
              <td className="py-2 pr-4">{dateText(b.grantedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PendingBonuses({ bonuses, slug }: { bonuses: BonusView[]; slug: string }) {
  return (
    <section aria-labelledby="pending-heading" className="flex flex-col gap-3">
      <h2 id="pending-heading" className="text-xl font-bold">
        Waiting for your deposit
      </h2>
      <ul aria-label="Bonuses waiting for a deposit" className="grid gap-3 sm:grid-cols-2">
        {bonuses.map((b) => (
          <li
            key={b.id}
            aria-label={`Pending bonus ${b.campaignName}`}
            className={`flex flex-col gap-1 rounded-xl border p-4 text-sm ${b.lapsed ? 'border-brand-fg/15 opacity-70' : 'border-brand-accent/50 bg-brand-fg/5'}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold">{b.campaignName}</span>
              <span className="text-xs font-medium uppercase tracking-wide">
                {b.lapsed ? 'Lapsed' : 'Waiting for your deposit'}
              </span>
            </div>
            <p>{pendingBonusText(b)}</p>
            {!b.lapsed ? (
              <Link href={`/${slug}/wallet`} className="self-start font-semibold underline">
                Deposit now
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Bonuses() {
  const { tenant } = useTenant();
  const [result, reexecute] = useQuery({
    query: MyBonusesQuery,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const [live] = useSubscription({ query: BonusUpdatedSubscription });
  // Bonuses pushed live or returned by this page's mutations, newer than the page's snapshot.
  const [arrived, setArrived] = useState<BonusView[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    const pushed = live.data?.bonusUpdated;
    if (pushed) setArrived((list) => upsertBonus(list, readFragment(BonusFields, pushed)));
  }, [live.data]);

  const bonuses = useMemo(() => {
    let list = (result.data?.myBonuses.edges ?? []).map((e) => readFragment(BonusFields, e.node));
    for (const b of [...arrived].reverse()) list = upsertBonus(list, b);
    return list;
  }, [result.data, arrived]);
  const offers = (result.data?.availableBonuses ?? []).map((c) => readFragment(BonusCampaignFields, c));
  const grouped = groupBonuses(bonuses);

  const changed = (bonus: BonusView | null, next: Notice) => {
    if (bonus) setArrived((list) => upsertBonus(list, bonus));
    setNotice(next);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (!result.data && result.error) return <FormAlert problem={problemFromCombinedError(result.error)} />;
  if (!result.data) {
    return (
      <p role="status" className="text-sm opacity-75">
        Loading your bonuses…
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-8">
      <NoticeLine notice={notice} />
      {grouped.active ? (
        <ActiveBonus bonus={grouped.active} onCancelled={changed} />
      ) : (
        <p className="rounded-xl border border-dashed border-brand-fg/25 px-4 py-6 text-center text-sm opacity-80">
          No bonus in play. Claim an offer below to start one.
        </p>
      )}
      {grouped.pending.length > 0 ? <PendingBonuses bonuses={grouped.pending} slug={tenant.slug} /> : null}
      <section aria-labelledby="offers-heading" className="flex flex-col gap-3">
        <h2 id="offers-heading" className="text-xl font-bold">
          Available offers
        </h2>
        {offers.length === 0 ? (
          <p className="text-sm opacity-75">No offers for you right now.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {offers.map((c) => (
              <Offer key={c.id} campaign={c} onClaimed={changed} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="queued-heading" className="flex flex-col gap-3">
        <h2 id="queued-heading" className="text-xl font-bold">
          Queued bonuses
        </h2>
        <BonusTable
          label="Queued bonuses"
          bonuses={grouped.queued}
          empty="None waiting. A bonus claimed while another is in play waits here for its turn."
        />
      </section>
      <section aria-labelledby="past-heading" className="flex flex-col gap-3">
        <h2 id="past-heading" className="text-xl font-bold">
          Past bonuses
        </h2>
        <BonusTable label="Past bonuses" bonuses={grouped.past} empty="No finished bonuses yet." />
      </section>
    </div>
  );
}

/** The player's bonuses: offers to claim, the one in play with live wagering, the queue and the history. */
export function BonusesScreen() {
  const { tenant } = useTenant();
  const session = useSession();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-extrabold">Bonuses</h1>
        <p className="mt-1 opacity-80">Bonus money is wagered before it turns into cash. One bonus plays at a time.</p>
      </div>
      {session.status === 'authenticated' ? (
        <Bonuses />
      ) : session.status === 'anonymous' ? (
        <p className="text-sm">
          <Link href={`/${tenant.slug}/login`} className="font-semibold underline">
            Sign in
          </Link>{' '}
          to see and claim your bonuses.
        </p>
      ) : null}
    </div>
  );
}
