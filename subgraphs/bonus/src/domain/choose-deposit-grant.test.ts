import { describe, expect, it } from 'vitest';
import {
  chooseDepositGrant,
  type CompletedDeposit,
  type DepositGrantChoice,
  type PendingDepositGrant,
} from './choose-deposit-grant.js';

const at = new Date('2026-03-05T12:00:00Z');
const grant = (overrides: Partial<PendingDepositGrant> = {}): PendingDepositGrant => ({
  id: 'g1',
  grantedAt: new Date('2026-03-05T11:00:00Z'),
  asset: 'EUR',
  campaignStatus: 'ACTIVE',
  terms: { kind: 'DEPOSIT_MATCH', percentBp: 10_000, cap: 5000n },
  minDeposit: 1000n,
  newPlayersOnly: false,
  wageringMultiplier: 5,
  ...overrides,
});
const deposit = (overrides: Partial<CompletedDeposit> = {}): CompletedDeposit => ({
  amount: 2000n,
  asset: 'EUR',
  firstDeposit: true,
  completedAt: at,
  ...overrides,
});
const reload = { kind: 'RELOAD', percentBp: 5000, cap: 3000n, minDeposit: 4000n } as const;

describe('chooseDepositGrant', () => {
  it.each<[string, PendingDepositGrant[], CompletedDeposit, DepositGrantChoice]>([
    ['no pending bonus', [], deposit(), { action: 'NONE' }],
    [
      '100 % match',
      [grant()],
      deposit(),
      { action: 'GRANT', grantId: 'g1', amount: 2000n, wageringRequired: 10_000n, capped: false },
    ],
    [
      'capped',
      [grant()],
      deposit({ amount: 9000n }),
      { action: 'GRANT', grantId: 'g1', amount: 5000n, wageringRequired: 25_000n, capped: true },
    ],
    [
      'below the minimum stays pending',
      [grant()],
      deposit({ amount: 999n }),
      { action: 'KEEP_PENDING', grantId: 'g1', code: 'BELOW_MIN_DEPOSIT' },
    ],
    ['another asset', [grant()], deposit({ asset: 'USD' }), { action: 'NONE' }],
    ['lapsed after 7 days', [grant({ grantedAt: new Date('2026-02-26T12:00:00Z') })], deposit(), { action: 'NONE' }],
    ['campaign ended', [grant({ campaignStatus: 'ENDED' })], deposit(), { action: 'NONE' }],
    [
      'new players only, not the first deposit',
      [grant({ newPlayersOnly: true })],
      deposit({ firstDeposit: false }),
      { action: 'NONE' },
    ],
    [
      'new players only, first deposit',
      [grant({ newPlayersOnly: true })],
      deposit(),
      { action: 'GRANT', grantId: 'g1', amount: 2000n, wageringRequired: 10_000n, capped: false },
    ],
    ['reload on a first deposit', [grant({ terms: reload })], deposit({ amount: 5000n }), { action: 'NONE' }],
    [
      'reload: its own minimum',
      [grant({ terms: reload })],
      deposit({ amount: 3000n, firstDeposit: false }),
      { action: 'KEEP_PENDING', grantId: 'g1', code: 'BELOW_MIN_DEPOSIT' },
    ],
    [
      'reload',
      [grant({ terms: reload })],
      deposit({ amount: 5000n, firstDeposit: false }),
      { action: 'GRANT', grantId: 'g1', amount: 2500n, wageringRequired: 12_500n, capped: false },
    ],
    [
      'the oldest fitting one takes it',
      [
        grant({ id: 'g2', grantedAt: new Date('2026-03-05T11:30:00Z') }),
        grant({ id: 'g3', terms: reload, grantedAt: new Date('2026-03-05T10:00:00Z') }),
        grant({ id: 'g1' }),
      ],
      deposit(),
      { action: 'GRANT', grantId: 'g1', amount: 2000n, wageringRequired: 10_000n, capped: false },
    ],
  ])('%s', (_label, pending, completed, expected) => {
    expect(chooseDepositGrant(pending, completed)).toEqual(expected);
  });
});
