import { describe, expect, it } from 'vitest';
import type { SettledRecord, SettlementReport } from '../payments/payment-provider.js';
import { compareProviderClearing } from './compare-provider-clearing.js';

const at = new Date('2026-12-04T10:00:00Z');
const payment = (id: string, amount: bigint, asset = 'EUR'): SettledRecord => ({
  id,
  kind: 'PAYMENT',
  merchantReference: `d-${id}`,
  asset,
  amount,
  settledAt: at,
});
const payout = (id: string, amount: bigint, asset = 'EUR'): SettledRecord => ({
  id,
  kind: 'PAYOUT',
  merchantReference: `w-${id}`,
  asset,
  amount,
  settledAt: at,
});
const report = (totals: SettlementReport['totals'], recent: SettledRecord[] = []): SettlementReport => ({
  totals,
  recent,
});

describe('compareProviderClearing', () => {
  it.each<
    [
      string,
      Map<string, bigint>,
      SettlementReport,
      string[],
      { asset: string; ledger: string; provider: string; inTransit: number }[],
    ]
  >([
    ['nothing anywhere', new Map(), report([]), [], []],
    [
      'deposits credited and payouts posted',
      new Map([['EUR', -7_000n]]),
      report([{ asset: 'EUR', paidIn: 10_000n, paidOut: 3_000n }]),
      [],
      [],
    ],
    [
      'a recent payment whose webhook is on its way',
      new Map([['EUR', -1_000n]]),
      report([{ asset: 'EUR', paidIn: 1_500n, paidOut: 0n }], [payment('p2', 500n)]),
      [],
      [],
    ],
    [
      'a recent payment already booked',
      new Map([['EUR', -1_500n]]),
      report([{ asset: 'EUR', paidIn: 1_500n, paidOut: 0n }], [payment('p2', 500n)]),
      ['p2'],
      [],
    ],
    [
      'a recent payout not posted yet',
      new Map([['EUR', -1_000n]]),
      report([{ asset: 'EUR', paidIn: 1_000n, paidOut: 200n }], [payout('o1', 200n)]),
      [],
      [],
    ],
    [
      'an old payout the ledger never posted (a lost webhook)',
      new Map([['EUR', -1_000n]]),
      report([{ asset: 'EUR', paidIn: 1_000n, paidOut: 517n }]),
      [],
      [{ asset: 'EUR', ledger: '-1000', provider: '-483', inTransit: 0 }],
    ],
    [
      'clearing moved without the provider (a forged deposit)',
      new Map([['USD', -900n]]),
      report([]),
      [],
      [{ asset: 'USD', ledger: '-900', provider: '0', inTransit: 0 }],
    ],
    [
      'each asset on its own',
      new Map([
        ['EUR', -100n],
        ['BTC', -5n],
      ]),
      report(
        [
          { asset: 'EUR', paidIn: 100n, paidOut: 0n },
          { asset: 'BTC', paidIn: 6n, paidOut: 0n },
        ],
        [payment('p9', 1n, 'EUR')],
      ),
      [],
      [
        { asset: 'BTC', ledger: '-5', provider: '-6', inTransit: 0 },
        { asset: 'EUR', ledger: '-100', provider: '-99', inTransit: 1 },
      ],
    ],
  ])('%s', (_label, ledger, settled, booked, expected) => {
    expect(compareProviderClearing({ ledger, report: settled, booked: new Set(booked) })).toEqual(
      expected.map((f) => ({ kind: 'PROVIDER_CLEARING_MISMATCH', ...f })),
    );
  });
});
