import { ASSET_CODES } from '@casinox/graphql';

/**
 * The stake limits a game has in a tenant that set none, per asset, in minor units (about 0.10
 * to 1,000 of a major fiat currency). An asset missing here cannot be staked unless the tenant
 * configures limits for it.
 */
export const DEFAULT_STAKE_LIMITS: Readonly<Record<string, { min: bigint; max: bigint }>> = {
  USD: { min: 10n, max: 100_000n },
  EUR: { min: 10n, max: 100_000n },
  GBP: { min: 10n, max: 100_000n },
  USDC: { min: 100_000n, max: 1_000_000_000n },
  BTC: { min: 100n, max: 1_000_000n },
  ETH: { min: 50_000n, max: 500_000_000n },
  CREDITS: { min: 1n, max: 100_000n },
};

/** Asset codes a stake may name (the platform catalogue); anything else is refused before the database. */
export const KNOWN_ASSETS: readonly string[] = ASSET_CODES;
