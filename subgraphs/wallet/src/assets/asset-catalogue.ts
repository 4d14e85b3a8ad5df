/**
 * The assets the ledger knows: the platform catalogue every subgraph shares (@casinox/graphql's
 * assets.ts — codes, kinds, scales and each asset's maximum per money input). Platform assets are
 * seeded by the migration and never change (changing a scale would re-value every stored amount),
 * so the service knows every scale without a query. Each tenant may also have one game-credit
 * asset, `CREDITS` at scale 0, created on first use and visible only to that tenant: credits of
 * casino A are not credits of casino B.
 */
export {
  ASSET_KINDS,
  type AssetKind,
  type AssetSpec,
  PLATFORM_ASSETS,
  TENANT_CREDITS,
  findAsset,
} from '@casinox/graphql';

/** Owner of platform-wide assets (a well-formed uuid that is no tenant's id). */
export const PLATFORM_TENANT = '00000000-0000-0000-0000-000000000000';
