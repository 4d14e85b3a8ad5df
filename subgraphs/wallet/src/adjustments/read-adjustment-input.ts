import { CodedError } from '@casinox/graphql';
import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import { checkMaxAmount } from '../ledger/parse-amount.js';
import { readIdempotencyKey } from '../shared/read-idempotency-key.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Validates an adjustment request before anything is written: a player id, a real-money asset, a
 * signed non-zero amount within the asset's maximum per input (either sign), a 3–500 character reason and a well-formed key.
 * Pure.
 */
export function readAdjustmentInput(input: {
  playerId: string;
  asset: string;
  amount: bigint;
  reason: string;
  idempotencyKey: string;
}): {
  playerId: string;
  asset: AssetSpec;
  amount: bigint;
  reason: string;
  key: string;
} {
  if (!UUID.test(input.playerId))
    throw new CodedError('INVALID_REQUEST', 'playerId must be a player id.', { field: 'playerId' });
  const asset = findAsset(input.asset);
  if (!asset || asset.kind === 'CREDITS')
    throw new CodedError('UNKNOWN_ASSET', `"${input.asset.slice(0, 16)}" is not an asset you can adjust.`, {
      field: 'asset',
    });
  if (input.amount === 0n) throw new CodedError('INVALID_AMOUNT', 'amount must not be zero.', { field: 'amount' });
  checkMaxAmount(input.amount, asset);
  const reason = input.reason.trim();
  if (reason.length < 3 || reason.length > 500)
    throw new CodedError('INVALID_REQUEST', 'reason must be 3–500 characters.', { field: 'reason' });
  return {
    playerId: input.playerId.toLowerCase(),
    asset,
    amount: input.amount,
    reason,
    key: readIdempotencyKey(input.idempotencyKey),
  };
}
