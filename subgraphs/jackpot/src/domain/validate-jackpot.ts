/**
 * Validates a jackpot configuration an operator submits (create or update) and returns it typed, or every
 * field problem at once in the platform's BAD_USER_INPUT shape `{ field, problems }` (dot paths such as
 * `tiers.1.minDropValue`, problems as short phrases a form shows after the field's label).
 *
 * Rules (see jackpot.ts for what the types mean):
 * - type: FIXED, PROGRESSIVE, SPONSORED or MUST_DROP. name: 1–64 characters after trimming.
 *   asset: an asset code (USD, BTC, CREDITS …). optIn: a boolean.
 * - scope: { kind: 'TENANT_WIDE' } or { kind: 'GAMES', gameCodes }, with 1–100 distinct upper-case codes.
 * - contributionBasisPoints: an integer; 1–1,000 (0.01–10 %) for PROGRESSIVE and MUST_DROP, exactly 0 for
 *   FIXED and SPONSORED (house- or operator-funded, see jackpot.ts).
 * - tiers: 1–8, distinct codes (A–Z, 0–9, _; up to 16, starting with a letter). Per tier:
 *   - seedAmount: a bigint in [0, 2⁶³ − 1]; above 0 for FIXED (it is the prize); 0 for SPONSORED;
 *   - contributionShareBasisPoints: an integer in [0, 10,000]; the tiers' shares sum to exactly 10,000
 *     when the jackpot contributes, and are all 0 when it does not;
 *   - PROGRESSIVE: hitOneIn, an integer in [1, 2³²];
 *   - MUST_DROP: minDropValue and maxDropValue, bigints with seedAmount < minDropValue ≤ maxDropValue ≤
 *     2⁶³ − 1 (strictly above the seed, so a fresh pool never starts at or past its drop value).
 * - FIXED: resetMinuteUtc, an integer in [0, 1439]; SPONSORED: the same, optional (0, midnight UTC, when
 *   absent) — the daily close of the draw period (schedule-draw-period.ts). PROGRESSIVE: fairnessSlot, an integer in
 *   [0, 1,000,000] (uniqueness across the tenant's jackpots is the service's check: it needs the table).
 * - A type-specific field on another type is refused, not ignored: it would suggest a rule that does
 *   not apply. Money must be a bigint; a JavaScript number is refused (no floats for money).
 * Pure.
 */
import { findAsset } from '@casinox/graphql/assets';
import {
  BASIS_POINTS,
  CONTRIBUTING_TYPES,
  JACKPOT_TYPES,
  type JackpotConfig,
  type JackpotScope,
  type JackpotTier,
  type JackpotType,
  MAX_AMOUNT,
  MAX_CONTRIBUTION_BASIS_POINTS,
  MAX_FAIRNESS_SLOT,
  MAX_HIT_ONE_IN,
  MAX_TIERS,
  type MustDropTier,
  type ProgressiveTier,
} from './jackpot.js';

/** Whatever the operator sent: every field is checked, none is trusted. */
export interface JackpotInput {
  readonly type?: unknown;
  readonly name?: unknown;
  readonly asset?: unknown;
  readonly scope?: unknown;
  readonly optIn?: unknown;
  readonly contributionBasisPoints?: unknown;
  readonly tiers?: unknown;
  readonly resetMinuteUtc?: unknown;
  readonly fairnessSlot?: unknown;
}

export interface FieldProblems {
  readonly field: string;
  readonly problems: readonly string[];
}

export type JackpotValidation =
  | { readonly ok: true; readonly jackpot: JackpotConfig }
  | { readonly ok: false; readonly fields: readonly FieldProblems[] };

export const NAME_MAX = 64;
export const MAX_SCOPE_GAMES = 100;
const ASSET_CODE = /^[A-Z][A-Z0-9]{2,9}$/;
const GAME_CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
const TIER_CODE = /^[A-Z][A-Z0-9_]{0,15}$/;
const MINUTES_PER_DAY = 1440;

export function validateJackpot(input: JackpotInput): JackpotValidation {
  const problems = new Problems();
  const type = JACKPOT_TYPES.find((candidate) => candidate === input.type);
  if (!type) problems.add('type', `must be one of ${JACKPOT_TYPES.join(', ')}`);

  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name.length === 0 || name.length > NAME_MAX) problems.add('name', `must be 1–${NAME_MAX} characters`);

  const asset = typeof input.asset === 'string' && ASSET_CODE.test(input.asset) ? input.asset : '';
  if (!asset) problems.add('asset', 'must be an asset code such as USD or BTC');
  // The platform catalogue decides which assets exist and how large one prize may be.
  const known = asset ? findAsset(asset) : null;
  if (asset && !known) problems.add('asset', 'is not an asset the platform knows');
  const maxAmount = known?.maxAmount ?? MAX_AMOUNT;

  const scope = readScope(input.scope, problems);

  if (typeof input.optIn !== 'boolean') problems.add('optIn', 'must be true or false');
  const optIn = input.optIn === true;

  const contributes = type !== undefined && CONTRIBUTING_TYPES.includes(type);
  // With an unknown type only the general range is checked: the type's own problem says the rest.
  const contributionRange: [number, number] =
    type === undefined ? [0, MAX_CONTRIBUTION_BASIS_POINTS] : contributes ? [1, MAX_CONTRIBUTION_BASIS_POINTS] : [0, 0];
  const contributionBasisPoints = readInteger(
    input.contributionBasisPoints,
    'contributionBasisPoints',
    problems,
    contributionRange,
    () =>
      contributionRange[1] > 0
        ? `must be an integer from ${contributionRange[0]} to ${MAX_CONTRIBUTION_BASIS_POINTS}`
        : `must be 0: a ${type} jackpot takes nothing from bets`,
  );

  const tiers = readTiers(input.tiers, type, contributes, problems, maxAmount);

  const readResetMinute = (value: unknown) =>
    readInteger(
      value,
      'resetMinuteUtc',
      problems,
      [0, MINUTES_PER_DAY - 1],
      () => `must be a minute of the UTC day from 0 to ${MINUTES_PER_DAY - 1}`,
    );
  let resetMinuteUtc: number | undefined;
  if (type === 'SPONSORED') resetMinuteUtc = input.resetMinuteUtc == null ? 0 : readResetMinute(input.resetMinuteUtc);
  else
    resetMinuteUtc = onlyFor(
      type,
      'FIXED',
      input.resetMinuteUtc,
      'resetMinuteUtc',
      problems,
      readResetMinute,
      'FIXED and SPONSORED',
    );
  const fairnessSlot = onlyFor(type, 'PROGRESSIVE', input.fairnessSlot, 'fairnessSlot', problems, (value) =>
    readInteger(
      value,
      'fairnessSlot',
      problems,
      [0, MAX_FAIRNESS_SLOT],
      () => `must be an integer from 0 to ${MAX_FAIRNESS_SLOT}`,
    ),
  );

  if (!problems.isEmpty() || !type || !scope || !tiers) return { ok: false, fields: problems.list() };
  const common = { name, asset, scope, optIn, contributionBasisPoints: contributionBasisPoints ?? 0 };
  switch (type) {
    case 'FIXED':
      return { ok: true, jackpot: { ...common, type, tiers, resetMinuteUtc: resetMinuteUtc ?? 0 } };
    case 'PROGRESSIVE':
      return {
        ok: true,
        jackpot: { ...common, type, tiers: tiers as ProgressiveTier[], fairnessSlot: fairnessSlot ?? 0 },
      };
    case 'MUST_DROP':
      return { ok: true, jackpot: { ...common, type, tiers: tiers as MustDropTier[] } };
    case 'SPONSORED':
      return { ok: true, jackpot: { ...common, type, tiers, resetMinuteUtc: resetMinuteUtc ?? 0 } };
  }
}

class Problems {
  private readonly byField = new Map<string, string[]>();
  add(field: string, problem: string): void {
    this.byField.set(field, [...(this.byField.get(field) ?? []), problem]);
  }
  isEmpty(): boolean {
    return this.byField.size === 0;
  }
  count(): number {
    return [...this.byField.values()].reduce((sum, list) => sum + list.length, 0);
  }
  list(): FieldProblems[] {
    return [...this.byField].map(([field, problems]) => ({ field, problems }));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readScope(raw: unknown, problems: Problems): JackpotScope | undefined {
  if (isRecord(raw) && raw.kind === 'TENANT_WIDE' && raw.gameCodes == null) return { kind: 'TENANT_WIDE' };
  if (!isRecord(raw) || raw.kind !== 'GAMES') {
    problems.add(
      'scope',
      isRecord(raw) && raw.kind === 'TENANT_WIDE'
        ? 'must not list games when tenant-wide'
        : 'must be TENANT_WIDE or GAMES',
    );
    return undefined;
  }
  const codes = raw.gameCodes;
  if (!Array.isArray(codes) || codes.length === 0 || codes.length > MAX_SCOPE_GAMES) {
    problems.add('scope.gameCodes', `must list 1–${MAX_SCOPE_GAMES} games`);
    return undefined;
  }
  if (!codes.every((code): code is string => typeof code === 'string' && GAME_CODE.test(code))) {
    problems.add('scope.gameCodes', 'must be game codes such as DICE or SLOTS');
    return undefined;
  }
  if (new Set(codes).size !== codes.length) {
    problems.add('scope.gameCodes', 'must not repeat a game');
    return undefined;
  }
  return { kind: 'GAMES', gameCodes: [...codes] };
}

function readInteger(
  raw: unknown,
  field: string,
  problems: Problems,
  [min, max]: [number, number],
  problem: () => string,
): number | undefined {
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= min && raw <= max) return raw;
  problems.add(field, problem());
  return undefined;
}

function readAmount(
  raw: unknown,
  field: string,
  problems: Problems,
  min: bigint,
  problem: string,
  max: bigint,
): bigint | undefined {
  if (typeof raw !== 'bigint') {
    problems.add(field, 'must be an amount in minor units');
    return undefined;
  }
  if (raw > max) {
    problems.add(field, `must be at most ${max} (the asset's maximum per money input)`);
    return undefined;
  }
  if (raw < min) {
    problems.add(field, problem);
    return undefined;
  }
  return raw;
}

/** A field that exists only for one type: read it there, refuse it elsewhere. */
function onlyFor<T>(
  type: JackpotType | undefined,
  owner: JackpotType,
  raw: unknown,
  field: string,
  problems: Problems,
  read: (raw: unknown) => T,
  owners: string = owner,
): T | undefined {
  if (type === owner) return read(raw);
  if (raw != null && type !== undefined) problems.add(field, `applies only to ${owners} jackpots`);
  return undefined;
}

function readTiers(
  raw: unknown,
  type: JackpotType | undefined,
  contributes: boolean,
  problems: Problems,
  maxAmount: bigint,
): JackpotTier[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_TIERS) {
    problems.add('tiers', `must have 1–${MAX_TIERS} tiers`);
    return undefined;
  }
  const tiers: JackpotTier[] = [];
  const seen = new Set<string>();
  let complete = true;
  raw.forEach((entry: unknown, index) => {
    const tier = readTier(entry, `tiers.${index}`, type, contributes, problems, seen, maxAmount);
    if (tier) tiers.push(tier);
    else complete = false;
  });
  if (!complete) return undefined;
  const shares = tiers.reduce((sum, tier) => sum + tier.contributionShareBasisPoints, 0);
  if (contributes && shares !== BASIS_POINTS) {
    problems.add('tiers', `contribution shares must sum to ${BASIS_POINTS} basis points (100 %), not ${shares}`);
    return undefined;
  }
  return tiers;
}

function readTier(
  raw: unknown,
  path: string,
  type: JackpotType | undefined,
  contributes: boolean,
  problems: Problems,
  seen: Set<string>,
  maxAmount: bigint,
): JackpotTier | undefined {
  if (!isRecord(raw)) {
    problems.add(path, 'must be a tier');
    return undefined;
  }
  const before = problems.count();
  const code = typeof raw.code === 'string' && TIER_CODE.test(raw.code) ? raw.code : undefined;
  if (!code) problems.add(`${path}.code`, 'must be an upper-case code such as MINI, up to 16 characters');
  else if (seen.has(code)) problems.add(`${path}.code`, 'must be unique in the jackpot');
  else seen.add(code);

  let seedAmount: bigint | undefined;
  if (type === 'FIXED')
    seedAmount = readAmount(raw.seedAmount, `${path}.seedAmount`, problems, 1n, 'must be a prize above 0', maxAmount);
  else if (type === 'SPONSORED') {
    seedAmount = readAmount(raw.seedAmount, `${path}.seedAmount`, problems, 0n, 'must be 0', maxAmount);
    if (seedAmount !== undefined && seedAmount !== 0n) {
      problems.add(`${path}.seedAmount`, 'must be 0: the operator funds a sponsored jackpot through the wallet');
      seedAmount = undefined;
    }
  } else seedAmount = readAmount(raw.seedAmount, `${path}.seedAmount`, problems, 0n, 'must be 0 or more', maxAmount);

  const shareMax = contributes || type === undefined ? BASIS_POINTS : 0;
  const share = readInteger(
    raw.contributionShareBasisPoints,
    `${path}.contributionShareBasisPoints`,
    problems,
    [0, shareMax],
    () =>
      shareMax > 0 ? `must be an integer from 0 to ${BASIS_POINTS}` : 'must be 0: this jackpot takes nothing from bets',
  );

  const hitOneIn = onlyFor(type, 'PROGRESSIVE', raw.hitOneIn, `${path}.hitOneIn`, problems, (value) =>
    readInteger(
      value,
      `${path}.hitOneIn`,
      problems,
      [1, MAX_HIT_ONE_IN],
      () => `must be an integer from 1 to ${MAX_HIT_ONE_IN} (1 in N bets wins)`,
    ),
  );
  const minDropValue = onlyFor(type, 'MUST_DROP', raw.minDropValue, `${path}.minDropValue`, problems, (value) =>
    readAmount(
      value,
      `${path}.minDropValue`,
      problems,
      (seedAmount ?? 0n) + 1n,
      'must be above the seed amount',
      maxAmount,
    ),
  );
  const maxDropValue = onlyFor(type, 'MUST_DROP', raw.maxDropValue, `${path}.maxDropValue`, problems, (value) =>
    readAmount(
      value,
      `${path}.maxDropValue`,
      problems,
      minDropValue ?? 0n,
      'must be at least the minimum drop value',
      maxAmount,
    ),
  );

  if (problems.count() !== before || !code || seedAmount === undefined || share === undefined) return undefined;
  const tier: JackpotTier = { code, seedAmount, contributionShareBasisPoints: share };
  if (type === 'PROGRESSIVE') return { ...tier, hitOneIn } as ProgressiveTier;
  if (type === 'MUST_DROP') return { ...tier, minDropValue, maxDropValue } as MustDropTier;
  return tier;
}
