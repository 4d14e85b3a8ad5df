import { findAsset } from '@casinox/graphql/assets';

/**
 * Scales of the ledger's assets come from the platform catalogue the API validates against (a
 * scale never changes, since that would re-value every stored amount). Forms need a scale to read
 * "12.50" before the player holds the asset — a held wallet's own `asset.scale` wins when there is one.
 */
export function assetScale(
  code: string,
  held: readonly { asset: { code: string; scale: number } }[] = [],
): number | null {
  return held.find((w) => w.asset.code === code)?.asset.scale ?? findAsset(code)?.scale ?? null;
}

/** The largest amount one money input may carry in `code` (minor units), or null for an unknown asset. */
export function assetMaxAmount(code: string): bigint | null {
  return findAsset(code)?.maxAmount ?? null;
}
