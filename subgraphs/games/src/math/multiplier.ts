/** Exact rational arithmetic for multipliers and payouts (money is bigint minor units, never number). */
import type { Multiplier } from './game-model.js';

export const LOSS: Multiplier = { num: 0n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den in lowest terms (den > 0); 0 is 0/1. */
export function multiplier(num: bigint, den: bigint): Multiplier {
  if (den <= 0n) throw new RangeError('A multiplier needs a positive denominator.');
  if (num === 0n) return LOSS;
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** floor(stake × num / den): the house keeps the fraction of a minor unit. */
export function payoutFor(stake: bigint, m: Multiplier): bigint {
  if (stake < 0n) throw new RangeError('A stake cannot be negative.');
  return (stake * m.num) / m.den;
}

/** a < b for rationals. */
export function isLess(a: Multiplier, b: Multiplier): boolean {
  return a.num * b.den < b.num * a.den;
}

/** The multiplier as a decimal string truncated to `places` digits (display only; payouts use the rational). */
export function formatMultiplier(m: Multiplier, places = 4): string {
  const scale = 10n ** BigInt(places);
  const scaled = (m.num * scale) / m.den;
  const whole = scaled / scale;
  if (places === 0) return whole.toString();
  return `${whole}.${(scaled % scale).toString().padStart(places, '0')}`;
}

/** The binomial coefficient C(n, k), exact. */
export function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let result = 1n;
  for (let i = 0; i < k; i++) result = (result * BigInt(n - i)) / BigInt(i + 1);
  return result;
}
