/** Exact fractions (bigint) for multipliers, and their decimal display. */

export interface Fraction {
  num: bigint;
  den: bigint;
}

export const ZERO: Fraction = { num: 0n, den: 1n };

export function fraction(num: bigint, den: bigint): Fraction {
  let a = num < 0n ? -num : num;
  let b = den;
  while (b > 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a === 0n ? ZERO : { num: num / a, den: den / a };
}

/** Truncated (never rounded up) to `digits` decimals: "2.00040412". */
export function decimal(f: Fraction, digits = 8): string {
  const scale = 10n ** BigInt(digits);
  const units = (f.num * scale) / f.den;
  const int = units / scale;
  const rest = (units % scale).toString().padStart(digits, '0');
  return digits > 0 ? `${int}.${rest}` : `${int}`;
}

export function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let top = 1n;
  let bottom = 1n;
  for (let i = 1; i <= k; i++) {
    top *= BigInt(n - k + i);
    bottom *= BigInt(i);
  }
  return top / bottom;
}
