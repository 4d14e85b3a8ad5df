import { describe, expect, it } from 'vitest';
import { type JackpotInput, validateJackpot } from './validate-jackpot.js';

const progressive = {
  type: 'PROGRESSIVE',
  name: '  Lobby Progressive ',
  asset: 'USD',
  scope: { kind: 'TENANT_WIDE' },
  optIn: false,
  contributionBasisPoints: 100,
  fairnessSlot: 0,
  tiers: [
    { code: 'MAJOR', seedAmount: 100_000n, contributionShareBasisPoints: 5_000, hitOneIn: 1_000_000 },
    { code: 'MINOR', seedAmount: 10_000n, contributionShareBasisPoints: 3_000, hitOneIn: 50_000 },
    { code: 'MINI', seedAmount: 1_000n, contributionShareBasisPoints: 2_000, hitOneIn: 2_000 },
  ],
} satisfies JackpotInput;

const mustDrop = {
  type: 'MUST_DROP',
  name: 'Mystery',
  asset: 'BTC',
  scope: { kind: 'GAMES', gameCodes: ['SLOTS', 'DICE'] },
  optIn: true,
  contributionBasisPoints: 50,
  tiers: [
    {
      code: 'MAJOR',
      seedAmount: 1_000_000n,
      contributionShareBasisPoints: 7_000,
      minDropValue: 2_000_000n,
      maxDropValue: 5_000_000n,
    },
    {
      code: 'MINI',
      seedAmount: 10_000n,
      contributionShareBasisPoints: 3_000,
      minDropValue: 10_001n,
      maxDropValue: 10_001n,
    },
  ],
} satisfies JackpotInput;

const fixed = {
  type: 'FIXED',
  name: 'Daily 100',
  asset: 'EUR',
  scope: { kind: 'GAMES', gameCodes: ['ROULETTE'] },
  optIn: false,
  contributionBasisPoints: 0,
  resetMinuteUtc: 0,
  tiers: [{ code: 'DAILY', seedAmount: 10_000n, contributionShareBasisPoints: 0 }],
} satisfies JackpotInput;

const sponsored = {
  type: 'SPONSORED',
  name: 'Partner week',
  asset: 'CREDITS',
  scope: { kind: 'TENANT_WIDE' },
  optIn: true,
  contributionBasisPoints: 0,
  tiers: [{ code: 'PRIZE', seedAmount: 0n, contributionShareBasisPoints: 0 }],
} satisfies JackpotInput;

describe('validateJackpot accepts', () => {
  it.each([
    ['a progressive jackpot', progressive],
    ['a must-drop jackpot', mustDrop],
    ['a fixed jackpot', fixed],
    ['a sponsored jackpot', sponsored],
  ])('%s', (_label, input) => {
    const result = validateJackpot(input);
    expect(result).toMatchObject({ ok: true, jackpot: { type: input.type, asset: input.asset, tiers: input.tiers } });
  });

  it('trims the name and keeps the type-specific fields', () => {
    const result = validateJackpot(progressive);
    if (!result.ok) throw new Error(JSON.stringify(result.fields));
    expect(result.jackpot.name).toBe('Lobby Progressive');
    expect(result.jackpot).toMatchObject({ type: 'PROGRESSIVE', fairnessSlot: 0 });
    expect(validateJackpot(fixed)).toMatchObject({ ok: true, jackpot: { resetMinuteUtc: 0 } });
  });

  it.each([
    [undefined, 0],
    [null, 0],
    [0, 0],
    [1_439, 1_439],
    [720, 720],
  ])('a sponsored jackpot closing its draws at minute %s (kept as %i)', (resetMinuteUtc, kept) => {
    expect(validateJackpot({ ...sponsored, resetMinuteUtc })).toMatchObject({
      ok: true,
      jackpot: { type: 'SPONSORED', resetMinuteUtc: kept },
    });
  });
});

const withTier = <T extends { tiers: readonly object[] }>(input: T, index: number, patch: object): T => ({
  ...input,
  tiers: input.tiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)),
});

describe('validateJackpot refuses', () => {
  it.each<[string, JackpotInput, string, string]>([
    ['an unknown type', { ...progressive, type: 'LOTTERY' }, 'type', 'must be one of'],
    ['a blank name', { ...progressive, name: '   ' }, 'name', 'must be 1–64 characters'],
    ['a long name', { ...progressive, name: 'x'.repeat(65) }, 'name', 'must be 1–64 characters'],
    ['a lower-case asset', { ...progressive, asset: 'usd' }, 'asset', 'asset code'],
    ['a missing scope', { ...progressive, scope: undefined }, 'scope', 'TENANT_WIDE or GAMES'],
    [
      'games on a tenant-wide scope',
      { ...progressive, scope: { kind: 'TENANT_WIDE', gameCodes: ['DICE'] } },
      'scope',
      'must not list games',
    ],
    [
      'an empty game list',
      { ...progressive, scope: { kind: 'GAMES', gameCodes: [] } },
      'scope.gameCodes',
      '1–100 games',
    ],
    [
      'a repeated game',
      { ...progressive, scope: { kind: 'GAMES', gameCodes: ['DICE', 'DICE'] } },
      'scope.gameCodes',
      'must not repeat',
    ],
    [
      'a lower-case game code',
      { ...progressive, scope: { kind: 'GAMES', gameCodes: ['dice'] } },
      'scope.gameCodes',
      'game codes',
    ],
    ['a missing opt-in flag', { ...progressive, optIn: 'yes' }, 'optIn', 'true or false'],
    [
      'no contribution on a progressive',
      { ...progressive, contributionBasisPoints: 0 },
      'contributionBasisPoints',
      'from 1 to 1000',
    ],
    [
      'a contribution above 10 %',
      { ...progressive, contributionBasisPoints: 1_001 },
      'contributionBasisPoints',
      'from 1 to 1000',
    ],
    [
      'a fractional contribution',
      { ...progressive, contributionBasisPoints: 1.5 },
      'contributionBasisPoints',
      'from 1 to 1000',
    ],
    [
      'a contribution on a fixed jackpot',
      { ...fixed, contributionBasisPoints: 100 },
      'contributionBasisPoints',
      'must be 0',
    ],
    [
      'a contribution on a sponsored jackpot',
      { ...sponsored, contributionBasisPoints: 100 },
      'contributionBasisPoints',
      'must be 0',
    ],
    ['no tiers', { ...progressive, tiers: [] }, 'tiers', '1–8 tiers'],
    [
      'nine tiers',
      {
        ...fixed,
        tiers: Array.from({ length: 9 }, (_, i) => ({
          code: `T${i}`,
          seedAmount: 1n,
          contributionShareBasisPoints: 0,
        })),
      },
      'tiers',
      '1–8 tiers',
    ],
    [
      'shares that do not sum to 100 %',
      withTier(progressive, 2, { contributionShareBasisPoints: 1_999 }),
      'tiers',
      'sum to 10000',
    ],
    [
      'a share on a fixed jackpot',
      withTier(fixed, 0, { contributionShareBasisPoints: 10_000 }),
      'tiers.0.contributionShareBasisPoints',
      'must be 0',
    ],
    ['a repeated tier code', withTier(progressive, 1, { code: 'MAJOR' }), 'tiers.1.code', 'unique'],
    ['a lower-case tier code', withTier(progressive, 0, { code: 'mini' }), 'tiers.0.code', 'upper-case'],
    ['a seed amount as a number', withTier(progressive, 0, { seedAmount: 100 }), 'tiers.0.seedAmount', 'minor units'],
    ['a negative seed amount', withTier(progressive, 0, { seedAmount: -1n }), 'tiers.0.seedAmount', '0 or more'],
    [
      'a seed amount beyond 64 bits',
      withTier(progressive, 0, { seedAmount: 2n ** 63n }),
      'tiers.0.seedAmount',
      'at most',
    ],
    [
      'a seed amount above the asset maximum',
      withTier(progressive, 0, { seedAmount: 10n ** 12n + 1n }),
      'tiers.0.seedAmount',
      'at most 1000000000000',
    ],
    ['an asset the platform does not know', { ...progressive, asset: 'DOGE' }, 'asset', 'platform knows'],
    ['a fixed prize of 0', withTier(fixed, 0, { seedAmount: 0n }), 'tiers.0.seedAmount', 'prize above 0'],
    [
      'a seed on a sponsored jackpot',
      withTier(sponsored, 0, { seedAmount: 1n }),
      'tiers.0.seedAmount',
      'operator funds',
    ],
    ['hit odds of 0', withTier(progressive, 0, { hitOneIn: 0 }), 'tiers.0.hitOneIn', '1 in N'],
    ['hit odds beyond 2^32', withTier(progressive, 0, { hitOneIn: 2 ** 32 + 1 }), 'tiers.0.hitOneIn', '1 in N'],
    [
      'hit odds on a must-drop tier',
      withTier(mustDrop, 0, { hitOneIn: 10 }),
      'tiers.0.hitOneIn',
      'only to PROGRESSIVE',
    ],
    ['no drop range', withTier(mustDrop, 0, { minDropValue: undefined }), 'tiers.0.minDropValue', 'minor units'],
    [
      'a minimum drop at the seed',
      withTier(mustDrop, 1, { minDropValue: 10_000n }),
      'tiers.1.minDropValue',
      'above the seed amount',
    ],
    [
      'a maximum below the minimum',
      withTier(mustDrop, 0, { maxDropValue: 1_999_999n }),
      'tiers.0.maxDropValue',
      'at least the minimum',
    ],
    [
      'a drop range on a progressive tier',
      withTier(progressive, 0, { minDropValue: 1n }),
      'tiers.0.minDropValue',
      'only to MUST_DROP',
    ],
    ['no reset time on a fixed jackpot', { ...fixed, resetMinuteUtc: undefined }, 'resetMinuteUtc', '0 to 1439'],
    ['a reset time of 24:00', { ...fixed, resetMinuteUtc: 1_440 }, 'resetMinuteUtc', '0 to 1439'],
    [
      'a reset time on a progressive',
      { ...progressive, resetMinuteUtc: 0 },
      'resetMinuteUtc',
      'only to FIXED and SPONSORED',
    ],
    ['a sponsored reset time of 24:00', { ...sponsored, resetMinuteUtc: 1_440 }, 'resetMinuteUtc', '0 to 1439'],
    [
      'a sponsored reset time that is not an integer',
      { ...sponsored, resetMinuteUtc: 1.5 },
      'resetMinuteUtc',
      '0 to 1439',
    ],
    [
      'no fairness slot on a progressive',
      { ...progressive, fairnessSlot: undefined },
      'fairnessSlot',
      'from 0 to 1000000',
    ],
    ['a fairness slot on a must-drop', { ...mustDrop, fairnessSlot: 1 }, 'fairnessSlot', 'only to PROGRESSIVE'],
  ])('%s', (_label, input, field, problem) => {
    const result = validateJackpot(input);
    if (result.ok) throw new Error('expected field problems');
    const entry = result.fields.find((candidate) => candidate.field === field);
    expect(entry?.problems.join(' | ')).toContain(problem);
  });

  it('reports every problem at once, by field path', () => {
    const result = validateJackpot({
      ...withTier(mustDrop, 1, { code: 'MAJOR', maxDropValue: 1n }),
      name: '',
      asset: 'us',
    });
    expect(result).toEqual({
      ok: false,
      fields: [
        { field: 'name', problems: ['must be 1–64 characters'] },
        { field: 'asset', problems: ['must be an asset code such as USD or BTC'] },
        { field: 'tiers.1.code', problems: ['must be unique in the jackpot'] },
        { field: 'tiers.1.maxDropValue', problems: ['must be at least the minimum drop value'] },
      ],
    });
  });

  it('refuses input that is not an object in any field without throwing', () => {
    const result = validateJackpot({ tiers: [null, 'MINI'] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fields.map((entry) => entry.field)).toEqual([
        'type',
        'name',
        'asset',
        'scope',
        'optIn',
        'contributionBasisPoints',
        'tiers.0',
        'tiers.1',
      ]);
  });
});
