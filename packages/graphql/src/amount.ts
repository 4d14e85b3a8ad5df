/**
 * THE parser of amounts in minor units, shared by the Money scalar, the wallet's internal API and
 * the apps (pure: no imports, so the browser bundles it too). One canonical spelling only: a
 * decimal string of digits, `-` only where the field is signed, no spaces, no `+`, no leading
 * zeros, no exponent, at most 19 digits and inside the signed 64-bit range. Numbers (JSON or
 * GraphQL literals) are refused: JSON.parse has already rounded `99.9999999999999999` to 100
 * and `1e3` to 1000 before anyone could tell, so only text is exact.
 */
export type AmountProblem = 'NOT_TEXT' | 'MALFORMED' | 'NEGATIVE' | 'OUT_OF_RANGE';

export type AmountReading = { ok: true; value: bigint } | { ok: false; problem: AmountProblem };

/** 19 digits hold every int64; the sign makes 20 characters. */
export const MAX_AMOUNT_LENGTH = 20;
const CANONICAL = /^-?(?:0|[1-9][0-9]*)$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function readAmount(input: unknown, options: { signed?: boolean } = {}): AmountReading {
  if (typeof input !== 'string') return { ok: false, problem: 'NOT_TEXT' };
  if (input.length > MAX_AMOUNT_LENGTH || !CANONICAL.test(input) || input === '-0')
    return { ok: false, problem: 'MALFORMED' };
  if (input.startsWith('-') && !options.signed) return { ok: false, problem: 'NEGATIVE' };
  const value = BigInt(input);
  if (value < INT64_MIN || value > INT64_MAX) return { ok: false, problem: 'OUT_OF_RANGE' };
  return { ok: true, value };
}

/** What each problem means to the one who sent it (no echo of the input: it may be huge). */
export const AMOUNT_PROBLEMS: Readonly<Record<AmountProblem, string>> = {
  NOT_TEXT: 'must be a string of digits (minor units, e.g. "1050" for 10.50), not a number',
  MALFORMED:
    'must be digits only (minor units, e.g. "1050"): no spaces, sign, decimal point, exponent or leading zeros',
  NEGATIVE: 'must not be negative',
  OUT_OF_RANGE: 'is outside the signed 64-bit range',
};
