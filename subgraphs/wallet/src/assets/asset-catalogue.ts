/**
 * The assets the ledger knows. Platform assets are seeded by the migration and never change
 * (changing a scale would re-value every stored amount), so the service knows every scale without
 * a query. Each tenant may also have one game-credit asset, `CREDITS` at scale 0, created on first
 * use and visible only to that tenant: credits of casino A are not credits of casino B.
 */
export const ASSET_KINDS = ['FIAT', 'CRYPTO', 'CREDITS'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** Owner of platform-wide assets (a well-formed uuid that is no tenant's id). */
export const PLATFORM_TENANT = '00000000-0000-0000-0000-000000000000';

export interface AssetSpec {
  code: string;
  kind: AssetKind;
  scale: number;
}

export const PLATFORM_ASSETS: readonly AssetSpec[] = [
  { code: 'USD', kind: 'FIAT', scale: 2 },
  { code: 'EUR', kind: 'FIAT', scale: 2 },
  { code: 'GBP', kind: 'FIAT', scale: 2 },
  { code: 'USDC', kind: 'CRYPTO', scale: 6 },
  { code: 'BTC', kind: 'CRYPTO', scale: 8 },
  // Gwei, not wei: 10^-9 ETH keeps every amount inside a signed 64-bit integer (9.2e9 ETH).
  { code: 'ETH', kind: 'CRYPTO', scale: 9 },
];

/** The per-tenant game-credit asset, created on demand. */
export const TENANT_CREDITS: AssetSpec = { code: 'CREDITS', kind: 'CREDITS', scale: 0 };

/** The asset a code names for a tenant's ledger, or null when there is none. */
export function findAsset(code: string): AssetSpec | null {
  if (code === TENANT_CREDITS.code) return TENANT_CREDITS;
  return PLATFORM_ASSETS.find((asset) => asset.code === code) ?? null;
}
