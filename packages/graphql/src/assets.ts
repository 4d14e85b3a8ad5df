/**
 * The platform's asset catalogue, the one every subgraph and app reads (the wallet seeds its
 * `asset` table from it; games, bonus and jackpot validate against it). Pure data, no imports.
 *
 * `maxAmount` is the largest amount any single money input may carry in the asset (a deposit, a
 * withdrawal, an adjustment, a stake, a win, a grant, a jackpot seed or prize, a bonus amount);
 * change it here per asset. Every maxAmount stays ≤ AMOUNT_CEILING (10^15), which the wallet's
 * database also enforces on each entry, and player balances are held ≤ BALANCE_CEILING (2^62):
 * a balance inside the ceiling plus one entry (≤ 10^15) can never leave int64 (2^63 − 1), so an
 * addition is refused by a CHECK before it could overflow. Derived balances (house, pools) are
 * sums Postgres takes as numeric; reaching ±2^63 needs more than 9,000 postings at the very
 * ceiling, or 9.2 million at the fiat maximum, all in one direction.
 */
export const ASSET_KINDS = ['FIAT', 'CRYPTO', 'CREDITS'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export interface AssetSpec {
  code: string;
  kind: AssetKind;
  /** Decimal places of one minor unit (2 cents, 8 satoshis, 9 gwei); never changes. */
  scale: number;
  /** The largest amount of one money input, in minor units. */
  maxAmount: bigint;
}

/** No maxAmount may exceed this; the wallet's entries CHECK it too. */
export const AMOUNT_CEILING = 10n ** 15n;
/** Cached (player) balances stay ≤ this, CHECKed by the wallet: + AMOUNT_CEILING still fits int64. */
export const BALANCE_CEILING = 2n ** 62n;

export const PLATFORM_ASSETS: readonly AssetSpec[] = [
  // 10^12 cents: 10 billion per input.
  { code: 'USD', kind: 'FIAT', scale: 2, maxAmount: 10n ** 12n },
  { code: 'EUR', kind: 'FIAT', scale: 2, maxAmount: 10n ** 12n },
  { code: 'GBP', kind: 'FIAT', scale: 2, maxAmount: 10n ** 12n },
  // 1 billion USDC.
  { code: 'USDC', kind: 'CRYPTO', scale: 6, maxAmount: 10n ** 15n },
  // 100,000 BTC.
  { code: 'BTC', kind: 'CRYPTO', scale: 8, maxAmount: 10n ** 13n },
  // Gwei, not wei: 10^-9 ETH keeps every amount inside a signed 64-bit integer. 1,000,000 ETH.
  { code: 'ETH', kind: 'CRYPTO', scale: 9, maxAmount: 10n ** 15n },
];

/** Each tenant's own game credits (scale 0), created on first use in the wallet. */
export const TENANT_CREDITS: AssetSpec = { code: 'CREDITS', kind: 'CREDITS', scale: 0, maxAmount: 10n ** 12n };

/** The asset a code names, or null when there is none. */
export function findAsset(code: string): AssetSpec | null {
  if (code === TENANT_CREDITS.code) return TENANT_CREDITS;
  return PLATFORM_ASSETS.find((asset) => asset.code === code) ?? null;
}

/** Every asset code the catalogue knows (platform assets and CREDITS). */
export const ASSET_CODES: readonly string[] = [...PLATFORM_ASSETS.map((asset) => asset.code), TENANT_CREDITS.code];
