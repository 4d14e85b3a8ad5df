import type { DiceDirection } from '../shared/outcomes';

/*
 * Dice as the game documents it: a roll of 0.00–99.99 (10,000 outcomes). OVER t wins on rolls above
 * t (9999 − 100t winning rolls), UNDER t on rolls below t (100t). Win chance 0.01 %–98 %; a win pays
 * 100·P / W, P the RTP in percent. Display only: the server computes the payout.
 */

const OUTCOMES = 10_000;
const MIN_WINNING = 1;
const MAX_WINNING = 9_800;
const TWO_DECIMALS = /^\d{1,2}(?:\.\d{0,2})?$|^\.\d{1,2}$/;

export interface DiceOdds {
  /** The target in hundredths of a point (5050 for 50.50). */
  targetHundredths: number;
  winningRolls: number;
  /** "49.50" (percent). */
  chance: string;
  /** "2.0000" (truncated to 4 decimals). */
  multiplier: string;
}

export type DiceOddsResult = ({ ok: true } & DiceOdds) | { ok: false; problem: string };

/** The targets a direction accepts, in hundredths. */
export function diceTargetBounds(direction: DiceDirection): { min: number; max: number } {
  return direction === 'OVER'
    ? { min: OUTCOMES - 1 - MAX_WINNING, max: OUTCOMES - 1 - MIN_WINNING }
    : { min: MIN_WINNING, max: MAX_WINNING };
}

export function hundredthsText(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** The RTP of a house-edge variant in whole percent (0.99 → 99). */
export function rtpPercent(rtp: number): number {
  return Math.round(rtp * 100);
}

export function diceOdds(targetText: string, direction: DiceDirection, rtp: number): DiceOddsResult {
  const text = targetText.trim();
  if (!TWO_DECIMALS.test(text))
    return { ok: false, problem: 'Enter a target from 0.01 to 99.98 with at most 2 decimals.' };
  const [whole = '0', fraction = ''] = text.split('.');
  const target = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  const bounds = diceTargetBounds(direction);
  if (target < bounds.min || target > bounds.max) {
    return {
      ok: false,
      problem: `Roll ${direction === 'OVER' ? 'over' : 'under'} takes a target from ${hundredthsText(bounds.min)} to ${hundredthsText(bounds.max)}.`,
    };
  }
  const winningRolls = direction === 'OVER' ? OUTCOMES - 1 - target : target;
  const scaled = Math.floor((100 * rtpPercent(rtp) * 10_000) / winningRolls);
  return {
    ok: true,
    targetHundredths: target,
    winningRolls,
    chance: hundredthsText(winningRolls),
    multiplier: `${Math.floor(scaled / 10_000)}.${String(scaled % 10_000).padStart(4, '0')}`,
  };
}

/** Where a value 0.00–99.99 sits on the dice track, in percent of its width. */
export function trackPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** What a winning roll pays for a stake (minor units): floor(stake × 100·P / W), exact. */
export function dicePayout(stakeMinor: bigint, winningRolls: number, rtp: number): bigint {
  return (stakeMinor * 100n * BigInt(rtpPercent(rtp))) / BigInt(winningRolls);
}
