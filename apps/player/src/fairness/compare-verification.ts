import { canonicalJson } from '../games/shared/canonical-json';
import { describeOutcome } from '../games/shared/describe-outcome';
import type { GameCode } from '../games/shared/game-catalogue';
import { readMinesView } from '../games/shared/outcomes';

/*
 * The fairness page recomputes a bet with @casinox/verifier (no server code) and puts the result
 * next to what the platform recorded. This decides, field by field, whether they agree.
 */

/** What the verifier answers (the subset compared here). */
export interface Recomputed {
  outcome: unknown;
  multiplierFraction: { num: string; den: string };
}

/** What the platform recorded for the bet. */
export interface RecordedBet {
  game: GameCode;
  stake: string;
  payout: string | null;
  params: unknown;
  outcome: unknown;
}

export interface Check {
  label: string;
  recorded: string;
  recomputed: string;
  ok: boolean;
}

const pick = (value: unknown, keys: string[]): Record<string, unknown> => {
  const source = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(keys.map((k) => [k, source[k] ?? null]));
};

/** The fields of each game's outcome that the seeds decide (and both sides hold). */
const OUTCOME_FIELDS: Record<GameCode, string[]> = {
  DICE: ['roll', 'win'],
  LIMBO: ['result', 'win'],
  ROULETTE: ['pocket', 'colour', 'winningBets'],
  SLOTS: ['stops', 'grid', 'lineWins', 'scatters', 'scatterPays'],
  MINES: ['mines', 'revealed'],
};

/**
 * The params to give the verifier for a recorded bet: the bet's own, plus for mines the tiles the
 * player revealed (in order), which decide the payout.
 */
export function verifierParams(game: GameCode, params: unknown, outcome: unknown): unknown {
  if (game !== 'MINES') return params;
  const view = readMinesView(outcome);
  const base = params && typeof params === 'object' ? (params as Record<string, unknown>) : {};
  return { ...base, revealed: view?.revealed ?? [] };
}

/** floor(stake × num / den), the payout the verifier's multiplier implies. */
export function impliedPayout(stake: string, fraction: { num: string; den: string }): string {
  return ((BigInt(stake) * BigInt(fraction.num)) / BigInt(fraction.den)).toString();
}

export function compareWithRecord(
  recorded: RecordedBet,
  recomputed: Recomputed,
): { matches: boolean; checks: Check[] } {
  const fields = OUTCOME_FIELDS[recorded.game];
  const checks: Check[] = [];
  const mine = pick(recorded.outcome, fields);
  const theirs = pick(recomputed.outcome, fields);
  if (recorded.game === 'MINES') {
    // An open round does not show its mines; there is nothing to compare until it is over.
    const view = readMinesView(recorded.outcome);
    mine.mines = view?.mines ?? null;
  }
  checks.push({
    label: 'Outcome',
    recorded: describeOutcome({
      game: recorded.game,
      status: 'SETTLED',
      params: recorded.params,
      outcome: recorded.outcome,
    }),
    recomputed: describeOutcome({
      game: recorded.game,
      status: 'SETTLED',
      params: recorded.params,
      outcome: recomputedAsRecorded(recorded, recomputed.outcome),
    }),
    ok: canonicalJson(mine) === canonicalJson(theirs),
  });
  if (recorded.payout !== null) {
    const payout = impliedPayout(recorded.stake, recomputed.multiplierFraction);
    checks.push({
      label: 'Payout (minor units)',
      recorded: recorded.payout,
      recomputed: payout,
      ok: payout === recorded.payout,
    });
  }
  return { matches: checks.every((c) => c.ok), checks };
}

/** The verifier's mines result in the shape of the platform's round view, so both describe alike. */
function recomputedAsRecorded(recorded: RecordedBet, outcome: unknown): unknown {
  if (recorded.game !== 'MINES') return outcome;
  const view = readMinesView(recorded.outcome);
  const result = outcome as { mines?: number[]; revealed?: number[]; hitMine?: number | null };
  if (!view) return outcome;
  return {
    ...view,
    mines: result.mines ?? null,
    revealed: result.revealed ?? view.revealed,
    status: result.hitMine != null ? 'LOST' : view.status,
  };
}
