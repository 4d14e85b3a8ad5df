/*
 * Limbo as the game documents it: a drawn multiplier of at least RTP (0.99× at 1 % edge); a target
 * t (1.01–1,000,000, 2 decimals) wins when the draw reaches it and pays t×, with chance RTP / t.
 */

const TARGET = /^\d{1,7}(?:\.\d{0,2})?$/;
export const LIMBO_MIN_TARGET = 101;
export const LIMBO_MAX_TARGET = 100_000_000;

export type LimboOddsResult =
  { ok: true; targetHundredths: number; target: number; chance: string } | { ok: false; problem: string };

export function limboOdds(targetText: string, rtp: number): LimboOddsResult {
  const text = targetText.trim().replace(/[×x]$/i, '');
  if (!TARGET.test(text))
    return { ok: false, problem: 'Enter a target multiplier such as 2.00, with at most 2 decimals.' };
  const [whole = '0', fraction = ''] = text.split('.');
  const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (hundredths < LIMBO_MIN_TARGET || hundredths > LIMBO_MAX_TARGET)
    return { ok: false, problem: 'The target must be between 1.01× and 1,000,000×.' };
  const chance = (rtp * 100 * 100) / hundredths;
  return { ok: true, targetHundredths: hundredths, target: hundredths / 100, chance: chanceText(chance) };
}

/** A percentage with enough decimals to be meaningful for long shots ("49.5", "0.0000099"). */
function chanceText(percent: number): string {
  if (percent >= 1) return String(Math.floor(percent * 10_000) / 10_000);
  return percent.toPrecision(2).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * The multiplier shown while the result counts up: from 1.00× towards the result, fast first and
 * slowing down (ease-out in log space, so a 500× result climbs as visibly as a 2× one), exact at the end.
 */
export function limboCountUp(progress: number, result: number): number {
  if (progress >= 1 || result <= 1) return result;
  const p = Math.max(0, progress);
  const eased = 1 - (1 - p) ** 3;
  const value = Math.exp(Math.log(result) * eased);
  return Math.min(result, Math.floor(value * 100) / 100);
}

/** Longer count-ups for bigger results, within 0.6–2 s. */
export function limboCountUpMs(result: number): number {
  return result <= 1 ? 400 : Math.min(2_000, 600 + 350 * Math.log10(result));
}
