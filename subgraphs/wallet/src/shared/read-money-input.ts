import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import { LedgerError } from '../ledger/ledger.errors.js';
import { readIdempotencyKey } from './read-idempotency-key.js';

const INT64_MAX = 2n ** 63n - 1n;

/**
 * Validates the arguments every player money mutation shares, before anything is written: a
 * real-money asset (game credits are not paid in or out), a positive amount of whole minor units
 * (the Money scalar already refused fractions and non-numbers) and a well-formed key. Pure.
 */
export function readMoneyInput(input: { asset: string; amount: bigint; idempotencyKey: string }): { asset: AssetSpec; amount: bigint; key: string } {
  const asset = findAsset(input.asset);
  if (!asset || asset.kind === 'CREDITS') throw new LedgerError('UNKNOWN_ASSET', `"${input.asset.slice(0, 16)}" is not an asset you can pay in or out.`, { field: 'asset' });
  if (input.amount <= 0n) throw new LedgerError('INVALID_AMOUNT', 'amount must be greater than zero.', { field: 'amount' });
  if (input.amount > INT64_MAX) throw new LedgerError('AMOUNT_OUT_OF_RANGE', 'amount is outside the 64-bit range.', { field: 'amount' });
  return { asset, amount: input.amount, key: readIdempotencyKey(input.idempotencyKey) };
}
