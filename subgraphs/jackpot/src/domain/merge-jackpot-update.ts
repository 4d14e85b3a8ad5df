/**
 * An operator's edit of a live jackpot, merged onto its stored configuration and validated as a whole
 * (validate-jackpot.ts: the merged configuration must be as valid as a new one). Only what is safe to
 * change while the pools hold money may change:
 * - name, optIn, scope (gameCodes: undefined keeps it, null makes it tenant-wide), contributionBasisPoints,
 *   resetMinuteUtc (FIXED/SPONSORED: the draw period running now keeps its committed closing time; the
 *   next one closes at the new minute, schedule-draw-period.ts) and, per tier, contributionShareBasisPoints,
 *   hitOneIn (PROGRESSIVE), seedAmount (used at the NEXT reseed: the pool is not touched) and the
 *   MUST_DROP range (drawn from at the NEXT seeding: the current seeding's committed drop value stays).
 * - Never: type, asset, fairnessSlot (the bytes of a bet's fair stream a progressive jackpot reads) and
 *   the tier list (codes and order: a tier's index is part of its provably fair data). Sending one of
 *   them is accepted only when it equals the stored value, so a form may send everything back.
 * `undefined` means "keep". Refusals and validation problems come back in validate-jackpot's field shape.
 * Pure.
 */
import type { Jackpot } from './jackpot.js';
import { type FieldProblems, type JackpotValidation, validateJackpot } from './validate-jackpot.js';

export interface JackpotTierUpdate {
  readonly code?: unknown;
  readonly seedAmount?: unknown;
  readonly contributionShareBasisPoints?: unknown;
  readonly hitOneIn?: unknown;
  readonly minDropValue?: unknown;
  readonly maxDropValue?: unknown;
}

export interface JackpotUpdate {
  readonly name?: unknown;
  readonly optIn?: unknown;
  /** undefined: keep; null: every game; a list: those games. */
  readonly gameCodes?: unknown;
  readonly contributionBasisPoints?: unknown;
  readonly resetMinuteUtc?: unknown;
  /** When given: every tier, in the stored order, each with the fields to change. */
  readonly tiers?: unknown;
  readonly type?: unknown;
  readonly asset?: unknown;
  readonly fairnessSlot?: unknown;
}

const FIXED_FIELDS = ['type', 'asset', 'fairnessSlot'] as const;
const TIER_FIELDS = ['seedAmount', 'contributionShareBasisPoints', 'hitOneIn', 'minDropValue', 'maxDropValue'] as const;

export function mergeJackpotUpdate(current: Jackpot, update: JackpotUpdate): JackpotValidation {
  const refused: FieldProblems[] = [];
  const stored: Record<(typeof FIXED_FIELDS)[number], unknown> = {
    type: current.type,
    asset: current.asset,
    fairnessSlot: current.type === 'PROGRESSIVE' ? current.fairnessSlot : undefined,
  };
  for (const field of FIXED_FIELDS) {
    if (update[field] !== undefined && update[field] !== stored[field])
      refused.push({
        field,
        problems: [`cannot change once the jackpot exists (it is ${stored[field] ?? 'not set'})`],
      });
  }

  let tiers: Record<string, unknown>[] = current.tiers.map((tier) => ({ ...tier }));
  if (update.tiers !== undefined) {
    const given = Array.isArray(update.tiers) ? (update.tiers as unknown[]) : null;
    const sameList =
      given !== null &&
      given.length === current.tiers.length &&
      given.every(
        (tier, index) =>
          typeof tier === 'object' && tier !== null && (tier as JackpotTierUpdate).code === current.tiers[index]!.code,
      );
    if (!sameList) {
      refused.push({
        field: 'tiers',
        problems: [
          `must list the tiers ${current.tiers.map((tier) => tier.code).join(', ')} in this order: tiers cannot be added, removed or reordered (a tier's index is part of its provably fair data)`,
        ],
      });
    } else {
      tiers = tiers.map((tier, index) => {
        const change = given[index] as JackpotTierUpdate;
        const merged: Record<string, unknown> = { ...tier };
        for (const field of TIER_FIELDS) if (change[field] !== undefined) merged[field] = change[field];
        return merged;
      });
    }
  }
  if (refused.length > 0) return { ok: false, fields: refused };

  const keep = <T>(value: unknown, stored: T): unknown => (value === undefined ? stored : value);
  return validateJackpot({
    type: current.type,
    asset: current.asset,
    name: keep(update.name, current.name),
    optIn: keep(update.optIn, current.optIn),
    scope:
      update.gameCodes === undefined
        ? current.scope
        : update.gameCodes === null
          ? { kind: 'TENANT_WIDE' }
          : { kind: 'GAMES', gameCodes: update.gameCodes },
    contributionBasisPoints: keep(update.contributionBasisPoints, current.contributionBasisPoints),
    // A type without a reset minute gets the sent one, so validation refuses it by name.
    resetMinuteUtc: keep(update.resetMinuteUtc, 'resetMinuteUtc' in current ? current.resetMinuteUtc : undefined),
    fairnessSlot: current.type === 'PROGRESSIVE' ? current.fairnessSlot : undefined,
    tiers,
  });
}
