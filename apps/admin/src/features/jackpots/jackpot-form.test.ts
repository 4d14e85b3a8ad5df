import { describe, expect, it } from 'vitest';
import {
  buildJackpotInput,
  buildJackpotUpdate,
  type EditableJackpot,
  emptyJackpotDraft,
  emptyTier,
  type JackpotDraft,
  jackpotToDraft,
  minorToInput,
  problemsFromApi,
} from './jackpot-form';

const draft = (patch: Partial<JackpotDraft>): JackpotDraft => ({
  ...emptyJackpotDraft('EUR'),
  name: 'Mystery',
  ...patch,
});

describe('buildJackpotInput', () => {
  it('builds a must-drop jackpot with its drop range in minor units', () => {
    const result = buildJackpotInput(
      draft({
        contribution: '5',
        tiers: [{ ...emptyTier('mini'), seed: '1', share: '100', minDrop: '1.50', maxDrop: '2' }],
      }),
      2,
    );
    expect(result).toEqual({
      ok: true,
      input: {
        name: 'Mystery',
        type: 'MUST_DROP',
        asset: 'EUR',
        contributionBasisPoints: 500,
        gameCodes: null,
        optIn: false,
        tiers: [
          {
            code: 'MINI',
            seedAmount: '100',
            contributionShareBasisPoints: 10000,
            minDropValue: '150',
            maxDropValue: '200',
          },
        ],
      },
    });
  });

  it('builds a progressive jackpot on chosen games with a hit rate per tier', () => {
    const result = buildJackpotInput(
      draft({
        type: 'PROGRESSIVE',
        gameCodes: ['DICE'],
        fairnessSlot: '2',
        tiers: [
          { ...emptyTier('MAJOR'), seed: '100', share: '30', hitOneIn: '100000' },
          { ...emptyTier('MINI'), seed: '1', share: '70', hitOneIn: '500' },
        ],
      }),
      2,
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        gameCodes: ['DICE'],
        fairnessSlot: 2,
        tiers: [
          { contributionShareBasisPoints: 3000, hitOneIn: 100000 },
          { contributionShareBasisPoints: 7000, hitOneIn: 500 },
        ],
      },
    });
  });

  it('gives a sponsored jackpot no seed and no contribution, and a fixed one its draw minute', () => {
    expect(buildJackpotInput(draft({ type: 'SPONSORED', tiers: [emptyTier('PRIZE')] }), 2)).toMatchObject({
      ok: true,
      input: { contributionBasisPoints: 0, tiers: [{ seedAmount: '0', contributionShareBasisPoints: 0 }] },
    });
    expect(
      buildJackpotInput(
        draft({ type: 'FIXED', resetTime: '18:30', tiers: [{ ...emptyTier('DAILY'), seed: '25' }] }),
        2,
      ),
    ).toMatchObject({ ok: true, input: { resetMinuteUtc: 1110, tiers: [{ seedAmount: '2500' }] } });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ contribution: '11' }, 'contribution'],
    [{ tiers: [{ ...emptyTier('MINI'), seed: '1', share: '90', minDrop: '2', maxDrop: '3' }] }, 'tiers'],
    [{ tiers: [{ ...emptyTier('MINI'), seed: '2', share: '100', minDrop: '2', maxDrop: '3' }] }, 'tier.0.minDrop'],
    [{ tiers: [{ ...emptyTier('MINI'), seed: '1', share: '100', minDrop: '3', maxDrop: '2' }] }, 'tier.0.maxDrop'],
    [
      {
        tiers: [
          { ...emptyTier('A'), seed: '1', share: '50', minDrop: '2', maxDrop: '3' },
          { ...emptyTier('a'), seed: '1', share: '50', minDrop: '2', maxDrop: '3' },
        ],
      },
      'tier.1.code',
    ],
    [{ tiers: [{ ...emptyTier('1ST'), seed: '1', share: '100', minDrop: '2', maxDrop: '3' }] }, 'tier.0.code'],
    [{ type: 'FIXED', resetTime: '25:00', tiers: [{ ...emptyTier('D'), seed: '1' }] }, 'resetTime'],
    [
      { type: 'PROGRESSIVE', tiers: [{ ...emptyTier('M'), seed: '1', share: '100', hitOneIn: '0' }] },
      'tier.0.hitOneIn',
    ],
  ] as const)('refuses %j with a problem on %s', (patch, field) => {
    const result = buildJackpotInput(draft(patch as Partial<JackpotDraft>), 2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[field]).toBeTruthy();
  });
});

describe('editing a jackpot', () => {
  const stored: EditableJackpot = {
    name: 'Mystery',
    type: 'MUST_DROP',
    asset: 'EUR',
    contributionBasisPoints: 250,
    gameCodes: ['DICE'],
    optIn: true,
    resetMinuteUtc: null,
    fairnessSlot: null,
    tiers: [
      {
        code: 'MINI',
        seedAmount: '1005',
        contributionShareBasisPoints: 10_000,
        hitOneIn: null,
        nextMinDropValue: '1500',
        nextMaxDropValue: '200000',
      },
    ],
  };

  it('fills the form with the current settings and builds the same settings back, without type, asset or slot', () => {
    const draft = jackpotToDraft(stored, 2);
    expect(draft).toMatchObject({
      contribution: '2.5',
      gameCodes: ['DICE'],
      tiers: [{ code: 'MINI', seed: '10.05', share: '100', minDrop: '15', maxDrop: '2000' }],
    });
    expect(buildJackpotUpdate(draft, 2)).toEqual({
      ok: true,
      input: {
        name: 'Mystery',
        contributionBasisPoints: 250,
        gameCodes: ['DICE'],
        optIn: true,
        tiers: [
          {
            code: 'MINI',
            seedAmount: '1005',
            contributionShareBasisPoints: 10_000,
            minDropValue: '1500',
            maxDropValue: '200000',
          },
        ],
      },
    });
  });

  it.each([
    ['0', 2, '0'],
    ['5', 2, '0.05'],
    ['100', 2, '1'],
    ['123456', 2, '1234.56'],
    ['7', 0, '7'],
  ])('shows %s minor units at scale %i as %s', (minor, scale, text) => {
    expect(minorToInput(minor, scale)).toBe(text);
  });

  it("puts the API's field problems on the form's fields", () => {
    expect(
      problemsFromApi({
        name: ['must be 1–64 characters'],
        'tiers.0.minDropValue': ['must be above the seed amount'],
        contributionBasisPoints: ['too high'],
        asset: ['cannot change'],
      }),
    ).toEqual({
      name: 'must be 1–64 characters',
      'tier.0.minDrop': 'must be above the seed amount',
      contribution: 'too high',
      form: 'asset: cannot change',
    });
  });
});
