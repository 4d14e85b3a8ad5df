import { readAmount, CodedError } from '@casinox/graphql';
import type { AssetSpec } from '../assets/asset-catalogue.js';

/**
 * Reads an amount of `asset` in minor units ("1050" = 10.50 USD) as a bigint, exactly, with the
 * Money scalar's own parser (readAmount): a decimal string of digits, nothing else — no JSON
 * numbers, spaces, signs, fractions or exponents. Zero is refused unless `allowZero` (a win of 0
 * is a loss); anything above the asset's maximum per input is AMOUNT_OUT_OF_RANGE.
 */
export function parseAmount(
  input: unknown,
  asset: AssetSpec,
  options: { field?: string; allowZero?: boolean } = {},
): bigint {
  const field = options.field ?? 'amount';
  const reading = readAmount(input);
  if (!reading.ok) {
    if (reading.problem === 'OUT_OF_RANGE') throw outOfRange(field, asset);
    if (reading.problem === 'NEGATIVE')
      throw new CodedError('INVALID_AMOUNT', `${field} must not be negative.`, { field });
    throw new CodedError(
      'INVALID_AMOUNT',
      `${field} must be a decimal string of ${asset.code} minor units (digits only, e.g. "1050").`,
      { field },
    );
  }
  if (reading.value === 0n && !options.allowZero)
    throw new CodedError('INVALID_AMOUNT', `${field} must be greater than zero.`, { field });
  return checkMaxAmount(reading.value, asset, field);
}

/** Refuses an amount (either sign) beyond the asset's maximum per money input; returns it otherwise. */
export function checkMaxAmount(amount: bigint, asset: AssetSpec, field = 'amount'): bigint {
  if (amount > asset.maxAmount || amount < -asset.maxAmount) throw outOfRange(field, asset);
  return amount;
}

const outOfRange = (field: string, asset: AssetSpec) =>
  new CodedError('AMOUNT_OUT_OF_RANGE', `${field} may be at most ${asset.maxAmount} ${asset.code} minor units.`, {
    field,
    maxAmount: asset.maxAmount.toString(),
  });
