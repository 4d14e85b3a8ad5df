'use client';

import Link from 'next/link';
import { type ApiProblem, assetScale, FormAlert, formatMoney, isZeroMoney } from '@casinox/web';
import { describeOutcome, multiplierText } from './describe-outcome';
import { fairnessPath } from './game-catalogue';
import type { PlayedBet } from './played-bet';

const STATUS_TEXT: Record<string, string> = {
  PENDING: 'Settling…',
  OPEN: 'In play',
  CASHING: 'Paying out…',
  REJECTED: 'Refused',
};

function time(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function PayoutCell({ bet, scale }: { bet: PlayedBet; scale: number }) {
  if (bet.payout === null) return <span className="opacity-75">{STATUS_TEXT[bet.status] ?? '—'}</span>;
  const won = !isZeroMoney(bet.payout);
  return (
    <span className={won ? 'font-semibold text-emerald-400' : 'opacity-75'}>
      {formatMoney(bet.payout, scale, bet.asset)}
    </span>
  );
}

/**
 * The player's recent bets of a game, newest first, each with a link to verify it on the fairness
 * page once its server seed is revealed (after the player rotates their seeds).
 */
export function RecentBetsTable({
  bets,
  loaded,
  problem,
  tenantSlug,
  gameName,
}: {
  bets: PlayedBet[];
  loaded: boolean;
  problem: ApiProblem | null;
  tenantSlug: string;
  gameName: string;
}) {
  if (!loaded && problem) return <FormAlert problem={problem} />;
  if (loaded && bets.length === 0)
    return (
      <p className="text-sm opacity-75">
        No {gameName.toLowerCase()} bets yet. Your bets appear here as soon as they settle.
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-xl border border-brand-fg/15">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your recent {gameName.toLowerCase()} bets, newest first</caption>
        <thead className="bg-brand-fg/5 text-xs uppercase tracking-wide opacity-80">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Time
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Result
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Stake
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Multiplier
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Payout
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Fairness
            </th>
          </tr>
        </thead>
        <tbody>
          {bets.map((bet) => {
            const scale = assetScale(bet.asset) ?? 2;
            return (
              <tr key={bet.id} className="border-t border-brand-fg/10">
                <td className="px-3 py-2 tabular-nums opacity-80">{time(bet.createdAt)}</td>
                <td className="px-3 py-2">{describeOutcome(bet)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoney(bet.stake, scale, bet.asset)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {bet.multiplier ? multiplierText(bet.multiplier, 4) : '—'}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <PayoutCell bet={bet} scale={scale} />
                </td>
                <td className="px-3 py-2">
                  {bet.fairness.serverSeed ? (
                    <Link
                      href={fairnessPath(tenantSlug, bet.id)}
                      className="font-semibold underline"
                      aria-label={`Verify bet of ${time(bet.createdAt)}`}
                    >
                      Verify
                    </Link>
                  ) : (
                    <span
                      className="text-xs opacity-60"
                      title="Rotate your seeds on the fairness page to reveal the server seed of this bet."
                    >
                      Nonce {bet.fairness.nonce} · seed not revealed yet
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
