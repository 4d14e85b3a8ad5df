/**
 * A withdrawal by a player holding bonus money in the asset is refused with the error
 * BONUS_FORFEIT_CONFIRMATION_REQUIRED (extensions: forfeitAmount, asset) and nothing is written;
 * the form asks the player and re-sends with `forfeitBonus: true`. This reads the refusal.
 */

export interface ForfeitConfirmation {
  /** Bonus money that goes back to the casino, minor units of `asset`. */
  forfeitAmount: string;
  asset: string;
}

interface ErrorLike {
  extensions?: Record<string, unknown> | null;
}

/** The bonus money a withdrawal would forfeit, when that is why the API refused it; else null. */
export function forfeitConfirmationFrom(
  errors: readonly ErrorLike[] | undefined,
  fallbackAsset: string,
): ForfeitConfirmation | null {
  const hit = errors?.find((e) => e.extensions?.code === 'BONUS_FORFEIT_CONFIRMATION_REQUIRED');
  if (!hit) return null;
  const amount = hit.extensions?.forfeitAmount;
  const asset = hit.extensions?.asset;
  return {
    forfeitAmount:
      typeof amount === 'string' && /^\d+$/.test(amount)
        ? amount
        : typeof amount === 'number' && Number.isSafeInteger(amount)
          ? String(amount)
          : '0',
    asset: typeof asset === 'string' && asset !== '' ? asset : fallbackAsset,
  };
}
