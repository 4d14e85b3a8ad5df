import { formatMoney } from '@casinox/web';
import type { GameCode } from './game-catalogue';
import {
  readDiceOutcome,
  readDiceParams,
  readLimboOutcome,
  readLimboParams,
  readMinesView,
  readRouletteOutcome,
  readRouletteParams,
  readSlotsOutcome,
} from './outcomes';

/**
 * "1.98000000" → "1.98×": at least two decimals, trailing zeros dropped, cut (never rounded up) to
 * `maxDecimals`.
 */
export function multiplierText(multiplier: string | number | null | undefined, maxDecimals = 8): string {
  if (multiplier === null || multiplier === undefined || multiplier === '') return '—';
  const text = typeof multiplier === 'number' ? multiplier.toFixed(2) : multiplier.trim();
  const match = /^(-?\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return `${text}×`;
  const fraction = (match[2] ?? '').slice(0, Math.max(2, maxDecimals)).replace(/0+$/, '').padEnd(2, '0');
  return `${match[1]}.${fraction}×`;
}

/** 50 → "50.00" (dice rolls and targets, limbo results: two decimals). */
export const twoDecimals = (value: number) => value.toFixed(2);

const COLOUR_WORDS = { RED: 'red', BLACK: 'black', GREEN: 'green' } as const;

export interface DescribableBet {
  game: GameCode;
  status: string;
  params: unknown;
  outcome: unknown;
}

/** One line saying what happened in a bet, for the bet lists ("Rolled 63.21 · over 50.00"). */
export function describeOutcome(bet: DescribableBet): string {
  if (bet.status === 'REJECTED') return 'Refused — no money moved';
  switch (bet.game) {
    case 'DICE': {
      const outcome = readDiceOutcome(bet.outcome);
      const params = readDiceParams(bet.params);
      if (!outcome) break;
      return `Rolled ${twoDecimals(outcome.roll)}${params ? ` · ${params.direction === 'OVER' ? 'over' : 'under'} ${twoDecimals(params.target)}` : ''}`;
    }
    case 'LIMBO': {
      const outcome = readLimboOutcome(bet.outcome);
      const params = readLimboParams(bet.params);
      if (!outcome) break;
      return `${multiplierText(outcome.result)}${params ? ` · target ${multiplierText(params.target)}` : ''}`;
    }
    case 'ROULETTE': {
      const outcome = readRouletteOutcome(bet.outcome);
      const params = readRouletteParams(bet.params);
      if (!outcome) break;
      const count = params?.bets.length ?? 0;
      return `${outcome.pocket} ${COLOUR_WORDS[outcome.colour]}${count ? ` · ${outcome.winningBets.length} of ${count} bet${count === 1 ? '' : 's'} won` : ''}`;
    }
    case 'SLOTS': {
      const outcome = readSlotsOutcome(bet.outcome);
      if (!outcome) break;
      const parts = [];
      if (outcome.lineWins.length)
        parts.push(`${outcome.lineWins.length} winning line${outcome.lineWins.length === 1 ? '' : 's'}`);
      if (outcome.scatterPays > 0) parts.push(`${outcome.scatters} scatters`);
      return parts.length ? parts.join(' · ') : 'No win';
    }
    case 'MINES': {
      const view = readMinesView(bet.outcome);
      if (!view) break;
      const safe = view.status === 'LOST' ? view.revealed.length - 1 : view.revealed.length;
      const tiles = `${safe} tile${safe === 1 ? '' : 's'}`;
      const mines = `${view.mineCount} mine${view.mineCount === 1 ? '' : 's'}`;
      switch (view.status) {
        case 'ACTIVE':
          return `In play · ${tiles} revealed · ${mines}`;
        case 'LOST':
          return safe === 0 ? `Hit a mine on the first tile · ${mines}` : `Hit a mine after ${tiles} · ${mines}`;
        case 'CASHED_OUT':
          return `Cashed out after ${tiles} · ${mines}`;
        case 'CLEARED':
          return `Cleared the board · ${mines}`;
      }
    }
  }
  return bet.status === 'PENDING' ? 'Settling…' : 'Result recorded';
}

/** "You won 1.98 EUR (1.98×)" or "No win this time" — what the player got from a settled bet. */
export function winText(
  bet: { payout: string | null; multiplier: string | null; asset: string },
  scale: number,
): string {
  if (bet.payout === null) return 'Settling…';
  if (BigInt(bet.payout) === 0n) return 'No win this time';
  return `You won ${formatMoney(bet.payout, scale, bet.asset)} (${multiplierText(bet.multiplier, 4)})`;
}
