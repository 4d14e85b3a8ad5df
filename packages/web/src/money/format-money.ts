/**
 * Money arrives from the API as the `Money` scalar: a decimal integer string of minor units. It is
 * formatted with string and bigint arithmetic only — a JS number loses cents above 2^53 and
 * cannot hold 9-decimal ETH amounts exactly. The API's one spelling is read with the API's own
 * parser (@casinox/graphql/amount), so what the server refuses the apps refuse too.
 */
import { readAmount } from '@casinox/graphql/amount';

/** Assets have a scale of at most 9; anything above this is a bug, not an asset. */
const MAX_SCALE = 18;

export interface FormatMoneyOptions {
  /** `always` prefixes credits with `+` (a transaction history); default shows only `-`. */
  sign?: 'auto' | 'always';
}

/** Parses a `Money` string exactly, with the API's own parser; throws a RangeError for anything that is not one. */
export function parseMinorUnits(minor: string): bigint {
  const reading = readAmount(minor, { signed: true });
  if (!reading.ok) throw new RangeError(`Not an amount in minor units: "${minor.slice(0, 40)}"`);
  return reading.value;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `formatMoney('2500', 2, 'EUR')` → `25.00 EUR`; every decimal of the asset's scale is shown, so
 * the text is exactly the ledger's amount (never rounded).
 */
export function formatMoney(minor: string, scale: number, code: string, options: FormatMoneyOptions = {}): string {
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) throw new RangeError(`Invalid asset scale: ${scale}`);
  const value = parseMinorUnits(minor);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = groupThousands(digits.slice(0, digits.length - scale));
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  const sign = negative ? '-' : options.sign === 'always' && value > 0n ? '+' : '';
  return `${sign}${whole}${fraction} ${code}`;
}

/** Whether a `Money` string is exactly zero. */
export function isZeroMoney(minor: string): boolean {
  return parseMinorUnits(minor) === 0n;
}
