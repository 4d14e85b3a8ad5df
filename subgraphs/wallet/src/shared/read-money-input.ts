import { CodedError } from '@casinox/graphql';
import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import { checkMaxAmount } from '../ledger/parse-amount.js';
import { readIdempotencyKey } from './read-idempotency-key.js';

/**
 * Validates the arguments every player money mutation shares, before anything is written: a
 * real-money asset (game credits are not paid in or out), a positive amount of whole minor units
 * (the Money scalar already refused fractions and non-numbers) within the asset's maximum per
 * input, and a well-formed key. Pure.
 */
export function readMoneyInput(input: { asset: string; amount: bigint; idempotencyKey: string }): {
  asset: AssetSpec;
  amount: bigint;
  key: string;
} {
  const asset = findAsset(input.asset);
  if (!asset || asset.kind === 'CREDITS')
    throw new CodedError('UNKNOWN_ASSET', `"${input.asset.slice(0, 16)}" is not an asset you can pay in or out.`, {
      field: 'asset',
    });
  if (input.amount <= 0n)
    throw new CodedError('INVALID_AMOUNT', 'amount must be greater than zero.', { field: 'amount' });
  return { asset, amount: checkMaxAmount(input.amount, asset), key: readIdempotencyKey(input.idempotencyKey) };
}
