import { describe, expect, it } from 'vitest';
import type { Jackpot } from '../domain/index.js';
import { jackpotRules } from './jackpot-rules.js';

const id = '7d0f3c2e-4b1a-4c8e-9f61-0a1b2c3d4e5f';
const common = { id, name: 'J', asset: 'EUR', optIn: false };

describe('jackpotRules', () => {
  it.each<[string, Jackpot, 'ACTIVE' | 'PAUSED', object]>([
    [
      'a progressive jackpot on two games',
      {
        ...common,
        type: 'PROGRESSIVE',
        scope: { kind: 'GAMES', gameCodes: ['DICE', 'LIMBO'] },
        contributionBasisPoints: 150,
        fairnessSlot: 7,
        tiers: [
          { code: 'MAJOR', seedAmount: 1000n, contributionShareBasisPoints: 3000, hitOneIn: 100_000 },
          { code: 'MINI', seedAmount: 10n, contributionShareBasisPoints: 7000, hitOneIn: 50 },
        ],
      },
      'ACTIVE',
      {
        jackpotId: id,
        type: 'PROGRESSIVE',
        active: true,
        asset: 'EUR',
        gameCodes: ['DICE', 'LIMBO'],
        optIn: false,
        contributionBasisPoints: 150,
        fairnessSlot: 7,
        tiers: [
          { code: 'MAJOR', pool: `${id}:MAJOR`, shareBasisPoints: 3000, hitOneIn: 100_000 },
          { code: 'MINI', pool: `${id}:MINI`, shareBasisPoints: 7000, hitOneIn: 50 },
        ],
      },
    ],
    [
      'a paused tenant-wide must-drop jackpot',
      {
        ...common,
        optIn: true,
        type: 'MUST_DROP',
        scope: { kind: 'TENANT_WIDE' },
        contributionBasisPoints: 100,
        tiers: [
          { code: 'MINI', seedAmount: 10n, contributionShareBasisPoints: 10_000, minDropValue: 20n, maxDropValue: 30n },
        ],
      },
      'PAUSED',
      {
        type: 'MUST_DROP',
        active: false,
        gameCodes: null,
        optIn: true,
        fairnessSlot: null,
        tiers: [{ code: 'MINI', pool: `${id}:MINI`, shareBasisPoints: 10_000, hitOneIn: null }],
      },
    ],
    [
      'a fixed jackpot (takes nothing from bets)',
      {
        ...common,
        type: 'FIXED',
        scope: { kind: 'TENANT_WIDE' },
        contributionBasisPoints: 0,
        resetMinuteUtc: 0,
        tiers: [{ code: 'DAILY', seedAmount: 100n, contributionShareBasisPoints: 0 }],
      },
      'ACTIVE',
      {
        type: 'FIXED',
        active: true,
        contributionBasisPoints: 0,
        fairnessSlot: null,
        tiers: [{ code: 'DAILY', pool: `${id}:DAILY`, shareBasisPoints: 0, hitOneIn: null }],
      },
    ],
  ])('%s', (_label, jackpot, status, expected) => {
    expect(jackpotRules(jackpot, status)).toMatchObject(expected);
  });
});
