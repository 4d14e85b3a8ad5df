import { assetScale, formatMoney, parseMinorUnits } from '@casinox/web';

/**
 * A bet names its asset by code only, so amounts are read with the catalogue's scale. An asset the
 * console does not know is shown in minor units, saying so, rather than guessed at.
 */
export function formatBetMoney(
  minor: string | null | undefined,
  asset: string,
  options: { sign?: 'auto' | 'always' } = {},
): string {
  if (minor == null) return '—';
  const scale = assetScale(asset);
  if (scale === null) return `${parseMinorUnits(minor).toString()} ${asset} (minor units)`;
  return formatMoney(minor, scale, asset, options);
}

/** The player's net result of a bet (payout − stake) in minor units; null while the payout is unknown. */
export function netResult(stake: string, payout: string | null | undefined): string | null {
  if (payout == null) return null;
  return (parseMinorUnits(payout) - parseMinorUnits(stake)).toString();
}

/** Wins the console highlights: the lobby's big-win rule (≥ 10× the stake) unless the operator picks another. */
export const DEFAULT_BIG_WIN_MULTIPLE = 10;

/** Whether a payout is at least `multiple` times the stake (exact: bigint, never a float ratio). */
export function isBigWin(
  stake: string,
  payout: string | null | undefined,
  multiple: number = DEFAULT_BIG_WIN_MULTIPLE,
): boolean {
  if (payout == null || !Number.isInteger(multiple) || multiple < 1) return false;
  const paid = parseMinorUnits(payout);
  return paid > 0n && paid >= parseMinorUnits(stake) * BigInt(multiple);
}

/**
 * The API's multiplier ("1.9800", payout ÷ stake, truncated) for a table: trailing zeros beyond
 * two decimals dropped, with a times sign — `1.98×`, `0.00×`, `1234.5678×`.
 */
export function formatMultiplier(value: string | null | undefined): string {
  if (value == null || !/^\d+(\.\d+)?$/.test(value)) return '—';
  const [whole = '0', fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `${whole}.${trimmed}×`;
}
