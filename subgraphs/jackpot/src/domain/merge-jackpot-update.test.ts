import { describe, expect, it } from 'vitest';
import type { Jackpot } from './jackpot.js';
import { mergeJackpotUpdate, type JackpotUpdate } from './merge-jackpot-update.js';

const mustDrop: Jackpot = {
  id: 'j1',
  type: 'MUST_DROP',
  name: 'Mystery',
  asset: 'EUR',
  scope: { kind: 'TENANT_WIDE' },
  optIn: false,
  contributionBasisPoints: 100,
  tiers: [
    {
      code: 'MAJOR',
      seedAmount: 5000n,
      contributionShareBasisPoints: 3000,
      minDropValue: 20_000n,
      maxDropValue: 30_000n,
    },
    { code: 'MINI', seedAmount: 1000n, contributionShareBasisPoints: 7000, minDropValue: 1500n, maxDropValue: 2000n },
  ],
};
const progressive: Jackpot = {
  id: 'j2',
  type: 'PROGRESSIVE',
  name: 'Prog',
  asset: 'EUR',
  scope: { kind: 'GAMES', gameCodes: ['DICE'] },
  optIn: true,
  contributionBasisPoints: 50,
  fairnessSlot: 3,
  tiers: [{ code: 'TOP', seedAmount: 100n, contributionShareBasisPoints: 10_000, hitOneIn: 1000 }],
};
const fixed: Jackpot = {
  id: 'j3',
  type: 'FIXED',
  name: 'Daily',
  asset: 'EUR',
  scope: { kind: 'TENANT_WIDE' },
  optIn: false,
  contributionBasisPoints: 0,
  resetMinuteUtc: 720,
  tiers: [{ code: 'DAILY', seedAmount: 2500n, contributionShareBasisPoints: 0 }],
};

const tiers = (...changes: Record<string, unknown>[]) => changes;
const fieldsOf = (result: ReturnType<typeof mergeJackpotUpdate>) =>
  result.ok ? [] : result.fields.map((f) => f.field);

describe('mergeJackpotUpdate', () => {
  it('keeps what is not sent and applies what is', () => {
    const result = mergeJackpotUpdate(mustDrop, {
      name: ' Big mystery ',
      contributionBasisPoints: 250,
      gameCodes: ['DICE', 'SLOTS'],
      tiers: tiers(
        { code: 'MAJOR', contributionShareBasisPoints: 5000, seedAmount: 6000n },
        { code: 'MINI', contributionShareBasisPoints: 5000, maxDropValue: 2500n },
      ),
    });
    expect(result).toEqual({
      ok: true,
      jackpot: {
        type: 'MUST_DROP',
        name: 'Big mystery',
        asset: 'EUR',
        scope: { kind: 'GAMES', gameCodes: ['DICE', 'SLOTS'] },
        optIn: false,
        contributionBasisPoints: 250,
        tiers: [
          {
            code: 'MAJOR',
            seedAmount: 6000n,
            contributionShareBasisPoints: 5000,
            minDropValue: 20_000n,
            maxDropValue: 30_000n,
          },
          {
            code: 'MINI',
            seedAmount: 1000n,
            contributionShareBasisPoints: 5000,
            minDropValue: 1500n,
            maxDropValue: 2500n,
          },
        ],
      },
    });
  });

  it.each([
    [
      'same values (a form sending everything back)',
      progressive,
      { type: 'PROGRESSIVE', asset: 'EUR', fairnessSlot: 3, name: 'Prog' },
      true,
    ],
    ['gameCodes null: every game', progressive, { gameCodes: null }, true],
    ['a new hit rate', progressive, { tiers: tiers({ code: 'TOP', hitOneIn: 500 }) }, true],
    ['a new draw minute', fixed, { resetMinuteUtc: 60 }, true],
    ['a new prize for the next reset', fixed, { tiers: tiers({ code: 'DAILY', seedAmount: 5000n }) }, true],
  ] as [string, Jackpot, JackpotUpdate, boolean][])('accepts %s', (_label, jackpot, update) => {
    expect(mergeJackpotUpdate(jackpot, update).ok).toBe(true);
  });

  it.each([
    ['another type', mustDrop, { type: 'PROGRESSIVE' }, ['type']],
    ['another asset', mustDrop, { asset: 'USD' }, ['asset']],
    ['another fairness slot', progressive, { fairnessSlot: 4 }, ['fairnessSlot']],
    ['a fairness slot on a must-drop jackpot', mustDrop, { fairnessSlot: 0 }, ['fairnessSlot']],
    ['a tier removed', mustDrop, { tiers: tiers({ code: 'MAJOR', contributionShareBasisPoints: 10_000 }) }, ['tiers']],
    ['tiers reordered', mustDrop, { tiers: tiers({ code: 'MINI' }, { code: 'MAJOR' }) }, ['tiers']],
    ['a tier renamed', mustDrop, { tiers: tiers({ code: 'MAJOR' }, { code: 'MINOR' }) }, ['tiers']],
    [
      'a tier added',
      fixed,
      { tiers: tiers({ code: 'DAILY' }, { code: 'EXTRA', seedAmount: 1n, contributionShareBasisPoints: 0 }) },
      ['tiers'],
    ],
    [
      'shares not summing to 100 %',
      mustDrop,
      { tiers: tiers({ code: 'MAJOR', contributionShareBasisPoints: 1000 }, { code: 'MINI' }) },
      ['tiers'],
    ],
    ['a contribution over the cap', mustDrop, { contributionBasisPoints: 5000 }, ['contributionBasisPoints']],
    ['a contribution on a fixed jackpot', fixed, { contributionBasisPoints: 10 }, ['contributionBasisPoints']],
    ['a reset minute on a must-drop jackpot', mustDrop, { resetMinuteUtc: 10 }, ['resetMinuteUtc']],
    ['a reset minute outside the day', fixed, { resetMinuteUtc: 1440 }, ['resetMinuteUtc']],
    [
      'a hit rate on a must-drop tier',
      mustDrop,
      { tiers: tiers({ code: 'MAJOR', hitOneIn: 5 }, { code: 'MINI' }) },
      ['tiers.0.hitOneIn'],
    ],
    [
      'a seed at or above the new minimum drop',
      mustDrop,
      { tiers: tiers({ code: 'MAJOR' }, { code: 'MINI', seedAmount: 1500n }) },
      ['tiers.1.minDropValue'],
    ],
    ['an empty name', mustDrop, { name: '  ' }, ['name']],
    ['no games', mustDrop, { gameCodes: [] }, ['scope.gameCodes']],
  ] as [string, Jackpot, JackpotUpdate, string[]][])('refuses %s with the field', (_label, jackpot, update, fields) => {
    expect(fieldsOf(mergeJackpotUpdate(jackpot, update))).toEqual(fields);
  });
});
