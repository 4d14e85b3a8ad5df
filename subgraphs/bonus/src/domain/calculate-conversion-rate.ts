/**
 * A campaign's conversion rate for operators: of its grants that have ended, the share that
 * completed (wagering met, converted to cash): completed / (completed + expired + cancelled), as a
 * fraction 0..1. Null while nothing has ended (no rate yet, not 0 %). Not money: a float is fine.
 */
export function calculateConversionRate(counts: { completed: number; ended: number }): number | null {
  const { completed, ended } = counts;
  if (!Number.isSafeInteger(completed) || !Number.isSafeInteger(ended) || completed < 0 || ended < completed) {
    throw new RangeError(`Completed (${completed}) must be between 0 and ended (${ended}).`);
  }
  return ended === 0 ? null : completed / ended;
}
