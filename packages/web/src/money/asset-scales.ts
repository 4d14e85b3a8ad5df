/**
 * Scales of the ledger's platform assets (mirrors the wallet's asset catalogue: a scale never
 * changes, since that would re-value every stored amount). Forms need a scale to read "12.50"
 * before the player holds the asset — a held wallet's own `asset.scale` wins when there is one.
 */
const KNOWN_SCALES: Readonly<Record<string, number>> = { USD: 2, EUR: 2, GBP: 2, USDC: 6, BTC: 8, ETH: 9, CREDITS: 0 };

/** The scale of `code`: from the player's wallets when held, else the catalogue; null when unknown. */
export function assetScale(code: string, held: readonly { asset: { code: string; scale: number } }[] = []): number | null {
  return held.find((w) => w.asset.code === code)?.asset.scale ?? KNOWN_SCALES[code] ?? null;
}
