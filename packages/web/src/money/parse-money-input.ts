/**
 * What a player or operator types as an amount ("12.50", "1,000", "0.5") → the `Money` string of
 * minor units the API takes, with the asset's scale. String arithmetic only: more decimals than the
 * asset has are refused, never rounded; a JS number is never involved.
 */

export type ParseMoneyInputResult = { ok: true; minor: string } | { ok: false; problem: string };

/** A plain decimal; thousands separators only as groups of three (`1,000.50`). */
const PLAIN = /^\d+(?:\.\d*)?$|^\.\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** Without an asset's own maximum, the Money scalar's signed 64-bit range. */
const MAX_MINOR = 2n ** 63n - 1n;

/** `maxMinor`: the asset's maximum per money input (assetMaxAmount), so a form refuses what the API would. */
export function parseMoneyInput(input: string, scale: number, maxMinor: bigint | null = null): ParseMoneyInputResult {
  if (!Number.isInteger(scale) || scale < 0 || scale > 18) throw new RangeError(`Invalid asset scale: ${scale}`);
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'Enter an amount.' };
  if (text.startsWith('-')) return { ok: false, problem: 'Enter an amount greater than zero.' };
  if (!PLAIN.test(text) && !GROUPED.test(text))
    return { ok: false, problem: 'Enter an amount as digits, such as 12.50.' };
  const [whole = '', fraction = ''] = text.replace(/,/g, '').split('.');
  if (fraction.length > scale) {
    return {
      ok: false,
      problem:
        scale === 0
          ? 'This currency has no decimals: enter a whole amount.'
          : `Use at most ${scale} decimal${scale === 1 ? '' : 's'} for this currency.`,
    };
  }
  const minor = BigInt(`${whole || '0'}${fraction.padEnd(scale, '0')}`);
  if (minor === 0n) return { ok: false, problem: 'Enter an amount greater than zero.' };
  if (minor > (maxMinor ?? MAX_MINOR)) return { ok: false, problem: 'That amount is too large.' };
  return { ok: true, minor: minor.toString() };
}
