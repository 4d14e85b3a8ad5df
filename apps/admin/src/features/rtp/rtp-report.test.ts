import { describe, expect, it } from 'vitest';
import {
  formatDelta,
  formatRtp,
  houseResult,
  rtpChartData,
  rtpDelta,
  type RtpRow,
  rtpVerdict,
  sortRtpRows,
} from './rtp-report';

describe('formatRtp', () => {
  it.each([
    [0.99, '99.00 %'],
    [0.973456, '97.35 %'],
    [1.5, '150.00 %'],
    [0, '0.00 %'],
    [null, '—'],
    [Number.NaN, '—'],
  ])('%s → %s', (value, expected) => {
    expect(formatRtp(value)).toBe(expected);
  });
});

describe('rtpDelta / formatDelta', () => {
  it.each([
    [0.99, 0.97, -2, '−2.00 pp'],
    [0.99, 0.995, 0.5, '+0.50 pp'],
    [0.98, 0.98, 0, '0.00 pp'],
    [0.99, 0.990001, 0.0001, '0.00 pp'],
    [0.99, 2.5, 151, '+151.00 pp'],
    [0.99, null, null, '—'],
  ])('stated %s, actual %s → %s pp (%s)', (stated, actual, delta, text) => {
    expect(rtpDelta(stated, actual)).toBe(delta);
    expect(formatDelta(rtpDelta(stated, actual))).toBe(text);
  });
});

describe('houseResult', () => {
  it.each([
    ['10000', '9700', '300'],
    ['100', '1980', '-1880'],
    ['0', '0', '0'],
    ['9223372036854775807', '1', '9223372036854775806'],
  ])('staked %s, paid %s → house kept %s', (staked, paid, expected) => {
    expect(houseResult(staked, paid)).toBe(expected);
  });
});

describe('rtpVerdict', () => {
  it.each([
    [{ bets: 0, statedRtp: 0.99, actualRtp: null }, 'no-bets'],
    [{ bets: 12, statedRtp: 0.99, actualRtp: 3.2 }, 'few-bets'],
    [{ bets: 5000, statedRtp: 0.99, actualRtp: 0.992 }, 'on-target'],
    [{ bets: 5000, statedRtp: 0.99, actualRtp: 1.01 }, 'above'],
    [{ bets: 5000, statedRtp: 0.99, actualRtp: 0.97 }, 'below'],
    // Exactly at the tolerance still counts as on target.
    [{ bets: 5000, statedRtp: 0.99, actualRtp: 1.0 }, 'on-target'],
  ])('%j → %s', (row, verdict) => {
    expect(rtpVerdict(row)).toBe(verdict);
  });
});

const row = (game: string, variant: string, asset: string, extra: Partial<RtpRow> = {}): RtpRow => ({
  game,
  variant,
  asset,
  bets: 10,
  staked: '1000',
  paid: '990',
  statedRtp: 0.99,
  actualRtp: 0.99,
  ...extra,
});

describe('sortRtpRows / rtpChartData', () => {
  it('orders by the catalogue, then variant, then asset', () => {
    const rows = [
      row('SLOTS', 'standard', 'EUR'),
      row('DICE', 'edge-2', 'EUR'),
      row('DICE', 'edge-1', 'USD'),
      row('DICE', 'edge-1', 'EUR'),
      row('CRASH', 'x', 'EUR'),
    ];
    expect(sortRtpRows(rows).map((r) => `${r.game}/${r.variant}/${r.asset}`)).toEqual([
      'DICE/edge-1/EUR',
      'DICE/edge-1/USD',
      'DICE/edge-2/EUR',
      'SLOTS/standard/EUR',
      'CRASH/x/EUR',
    ]);
  });

  it('gives the chart percentages with labels', () => {
    expect(
      rtpChartData([
        row('LIMBO', 'edge-1', 'EUR', { actualRtp: 0.97345, bets: 42 }),
        row('DICE', 'edge-2', 'BTC', { statedRtp: 0.98, actualRtp: null, bets: 0 }),
      ]),
    ).toEqual([
      { label: 'Dice · edge-2 · BTC', stated: 98, actual: null, bets: 0 },
      { label: 'Limbo · edge-1 · EUR', stated: 99, actual: 97.35, bets: 42 },
    ]);
  });
});
