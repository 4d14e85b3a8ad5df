import { assetScale, parseMinorUnits, parseMoneyInput } from '@casinox/web';

/**
 * Stake limits are minor units in the API and major units on screen ("0.10" EUR, not "10"). The
 * conversion is string arithmetic with the asset's scale: never a float, never rounded.
 */

/** "1050" at scale 2 → "10.50"; the plain form an input field takes (no grouping). */
export function minorToMajorInput(minor: string, scale: number): string {
  if (!Number.isInteger(scale) || scale < 0 || scale > 18) throw new RangeError(`Invalid asset scale: ${scale}`);
  const value = parseMinorUnits(minor);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export interface StakeLimitRow {
  asset: string;
  minStake: string;
  maxStake: string;
  custom: boolean;
}

/** What an operator typed for one asset, in major units. */
export interface StakeLimitDraft {
  asset: string;
  min: string;
  max: string;
}

/** The input the API takes for one asset (Money strings of minor units). */
export interface StakeLimitInputValue {
  asset: string;
  minStake: string;
  maxStake: string;
}

export interface StakeLimitProblem {
  asset: string;
  field: 'min' | 'max';
  problem: string;
}

export function draftFromLimit(limit: StakeLimitRow): StakeLimitDraft {
  const scale = assetScale(limit.asset);
  if (scale === null) return { asset: limit.asset, min: limit.minStake, max: limit.maxStake };
  return {
    asset: limit.asset,
    min: minorToMajorInput(limit.minStake, scale),
    max: minorToMajorInput(limit.maxStake, scale),
  };
}

export type ParseStakeLimitResult =
  { ok: true; limit: StakeLimitInputValue } | { ok: false; problem: StakeLimitProblem };

/** One asset's typed limits → minor units, checking 0 < min ≤ max. */
export function parseStakeLimit(draft: StakeLimitDraft): ParseStakeLimitResult {
  const scale = assetScale(draft.asset);
  if (scale === null)
    return {
      ok: false,
      problem: {
        asset: draft.asset,
        field: 'min',
        problem: `The console does not know the decimals of ${draft.asset}.`,
      },
    };
  const min = parseMoneyInput(draft.min, scale);
  if (!min.ok) return { ok: false, problem: { asset: draft.asset, field: 'min', problem: min.problem } };
  const max = parseMoneyInput(draft.max, scale);
  if (!max.ok) return { ok: false, problem: { asset: draft.asset, field: 'max', problem: max.problem } };
  if (BigInt(max.minor) < BigInt(min.minor))
    return { ok: false, problem: { asset: draft.asset, field: 'max', problem: 'The maximum is below the minimum.' } };
  return { ok: true, limit: { asset: draft.asset, minStake: min.minor, maxStake: max.minor } };
}

export type ChangedLimitsResult =
  { ok: true; limits: StakeLimitInputValue[] } | { ok: false; problems: StakeLimitProblem[] };

/**
 * The limits to send: only assets whose amounts the operator changed (the API leaves the others
 * as they are), each validated; every problem at once, so the form can mark each field.
 */
export function changedLimits(
  current: readonly StakeLimitRow[],
  drafts: readonly StakeLimitDraft[],
): ChangedLimitsResult {
  const limits: StakeLimitInputValue[] = [];
  const problems: StakeLimitProblem[] = [];
  for (const draft of drafts) {
    const before = current.find((limit) => limit.asset === draft.asset);
    const parsed = parseStakeLimit(draft);
    if (!parsed.ok) {
      // An untouched field the console cannot read (an asset it does not know) is not the operator's problem.
      const untouched = before && draft.min === draftFromLimit(before).min && draft.max === draftFromLimit(before).max;
      if (!untouched) problems.push(parsed.problem);
      continue;
    }
    if (before && before.minStake === parsed.limit.minStake && before.maxStake === parsed.limit.maxStake) continue;
    limits.push(parsed.limit);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, limits };
}
