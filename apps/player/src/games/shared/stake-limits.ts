import { formatMoney, parseMoneyInput } from '@casinox/web';

/** A game's stake limits in one asset, Money strings of minor units (as the API sends them). */
export interface StakeLimit {
  asset: string;
  minStake: string;
  maxStake: string;
}

export function limitFor(limits: readonly StakeLimit[], asset: string): StakeLimit | null {
  return limits.find((l) => l.asset === asset) ?? null;
}

/** "0.10 EUR – 1,000.00 EUR" */
export function describeLimits(limit: Pick<StakeLimit, 'minStake' | 'maxStake'>, scale: number, code: string): string {
  return `${formatMoney(limit.minStake, scale, code)} – ${formatMoney(limit.maxStake, scale, code)}`;
}

export type StakeCheck = { ok: true; minor: string } | { ok: false; problem: string };

/**
 * What the player typed as a stake → minor units, checked against the game's limits before the
 * API is asked (the API checks again: this only spares a round trip and says it in plain words).
 */
export function readStake(input: string, scale: number, code: string, limit: StakeLimit | null): StakeCheck {
  const parsed = parseMoneyInput(input, scale);
  if (!parsed.ok) return parsed;
  return checkStakeMinor(parsed.minor, scale, code, limit);
}

/** A stake in minor units against the limits (for stakes the screen computed, like auto-bet steps). */
export function checkStakeMinor(minor: string, scale: number, code: string, limit: StakeLimit | null): StakeCheck {
  if (!limit) return { ok: false, problem: `This game cannot be played in ${code} here.` };
  const stake = BigInt(minor);
  if (stake < BigInt(limit.minStake))
    return { ok: false, problem: `The minimum stake is ${formatMoney(limit.minStake, scale, code)}.` };
  if (stake > BigInt(limit.maxStake))
    return { ok: false, problem: `The maximum stake is ${formatMoney(limit.maxStake, scale, code)}.` };
  return { ok: true, minor };
}

/** Minor units → what the stake field shows ("1.50"), without the currency code or grouping. */
export function stakeInputText(minor: string | bigint, scale: number): string {
  const text = formatMoney(String(minor), scale, '');
  return text.trim().replace(/,/g, '');
}

/** Halves or doubles a stake, kept within the limits (the ½ and 2× buttons). */
export function scaleStake(minor: bigint, factor: 'half' | 'double', limit: StakeLimit | null): bigint {
  let next = factor === 'half' ? minor / 2n : minor * 2n;
  if (limit) {
    const min = BigInt(limit.minStake);
    const max = BigInt(limit.maxStake);
    if (next < min) next = min;
    if (next > max) next = max;
  }
  return next < 1n ? 1n : next;
}
