import type { AssetSpec } from '../assets/asset-catalogue.js';
import { LedgerError } from './ledger.errors.js';

const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads an amount of `asset` in minor units ("1050" = 10.50 USD) as a bigint, exactly.
 * A fraction of a minor unit ("1050.5") is more precision than the asset has: AMOUNT_PRECISION,
 * never rounded. Zero and negative amounts are refused unless `allowZero` (a win of 0 is a loss).
 * JSON numbers are accepted only while they are exact (safe integers).
 */
export function parseAmount(input: unknown, asset: AssetSpec, options: { field?: string; allowZero?: boolean } = {}): bigint {
  const field = options.field ?? 'amount';
  let text: string;
  if (typeof input === 'string') text = input.trim();
  else if (typeof input === 'number' && Number.isFinite(input)) {
    if (!Number.isInteger(input)) throw precision(field, asset);
    if (!Number.isSafeInteger(input)) throw new LedgerError('INVALID_AMOUNT', `${field} is too large for a JSON number; send it as a string.`, { field });
    text = String(input);
  } else {
    throw new LedgerError('INVALID_AMOUNT', `${field} must be a decimal string of ${asset.code} minor units.`, { field });
  }
  const match = DECIMAL.exec(text);
  if (!match) throw new LedgerError('INVALID_AMOUNT', `${field} must be a decimal string of ${asset.code} minor units.`, { field });
  const [, sign, whole, fraction = ''] = match;
  if (/[1-9]/.test(fraction)) throw precision(field, asset);
  const value = BigInt(whole!);
  if (value > INT64_MAX) throw new LedgerError('AMOUNT_OUT_OF_RANGE', `${field} is outside the 64-bit range.`, { field });
  if (sign === '-' && value !== 0n) throw new LedgerError('INVALID_AMOUNT', `${field} must not be negative.`, { field });
  if (value === 0n && !options.allowZero) throw new LedgerError('INVALID_AMOUNT', `${field} must be greater than zero.`, { field });
  return value;
}

const precision = (field: string, asset: AssetSpec) =>
  new LedgerError('AMOUNT_PRECISION', `${field} has more precision than ${asset.code} allows (${asset.scale} decimal places, so whole minor units only).`, {
    field,
    scale: asset.scale,
  });
