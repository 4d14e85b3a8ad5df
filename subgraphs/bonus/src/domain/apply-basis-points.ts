/**
 * A percentage of an amount, with the percentage in integer basis points (1 bp = 0.01 %,
 * 10 000 bp = 100 %).
 *
 * Rounding is floor (towards zero; amounts are never negative): a bonus or cashback never
 * includes a fraction of a minor unit, the house never pays more than the stated percentage, and
 * the one rule everywhere lets a player recompute any amount by hand. The product is taken in
 * bigint before dividing, so no precision is lost on the way.
 */
export const BASIS_POINTS_PER_WHOLE = 10_000;

export function applyBasisPoints(amount: bigint, basisPoints: number): bigint {
  if (amount < 0n) throw new RangeError(`Amount must not be negative, got ${amount}.`);
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) {
    throw new RangeError(`Basis points must be a non-negative integer, got ${basisPoints}.`);
  }
  return (amount * BigInt(basisPoints)) / BigInt(BASIS_POINTS_PER_WHOLE);
}
