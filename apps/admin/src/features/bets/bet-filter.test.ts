import { describe, expect, it } from 'vitest';
import { buildBetFilter, dateRange, EMPTY_BET_FILTER, gameLabel, isUuid } from './bet-filter';

const PLAYER = '0b7e6a52-3c1d-4d3f-9a61-2f3f5d1c9e10';

describe('dateRange', () => {
  it.each([
    ['', '', null, null],
    ['2026-03-01', '', '2026-03-01T00:00:00.000Z', null],
    ['', '2026-03-01', null, '2026-03-02T00:00:00.000Z'],
    ['2026-03-01', '2026-03-01', '2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z'],
    // The last day of a month and of a leap year roll over correctly.
    ['2024-02-28', '2024-02-29', '2024-02-28T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2025-12-01', '2025-12-31', '2025-12-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
  ])('%j … %j → [%s, %s)', (from, to, expectedFrom, expectedTo) => {
    expect(dateRange(from, to)).toEqual({ ok: true, from: expectedFrom, to: expectedTo });
  });

  it.each([
    ['2026-02-30', '', 'from'],
    ['yesterday', '', 'from'],
    ['', '2026-13-01', 'to'],
    ['2026-03-02', '2026-03-01', 'to'],
  ])('refuses %j … %j (%s)', (from, to, field) => {
    expect(dateRange(from, to)).toMatchObject({ ok: false, field });
  });
});

describe('buildBetFilter', () => {
  it('is null when nothing narrows the search', () => {
    expect(buildBetFilter(EMPTY_BET_FILTER)).toEqual({ ok: true, filter: null });
    expect(buildBetFilter({ ...EMPTY_BET_FILTER, playerId: '  ', asset: ' ' })).toEqual({ ok: true, filter: null });
  });

  it('keeps only the fields given, normalised', () => {
    expect(
      buildBetFilter({
        playerId: ` ${PLAYER.toUpperCase()} `,
        game: 'DICE',
        status: 'SETTLED',
        asset: 'eur',
        from: '2026-03-01',
        to: '2026-03-31',
      }),
    ).toEqual({
      ok: true,
      filter: {
        playerId: PLAYER,
        game: 'DICE',
        status: 'SETTLED',
        asset: 'EUR',
        from: '2026-03-01T00:00:00.000Z',
        to: '2026-04-01T00:00:00.000Z',
      },
    });
    expect(buildBetFilter({ ...EMPTY_BET_FILTER, game: 'ROULETTE' })).toEqual({
      ok: true,
      filter: { game: 'ROULETTE' },
    });
  });

  it.each([
    [{ playerId: 'alice' }, 'playerId'],
    [{ playerId: '1234' }, 'playerId'],
    [{ from: '01/03/2026' }, 'from'],
    [{ from: '2026-03-05', to: '2026-03-01' }, 'to'],
  ])('points at the field to fix: %j', (change, field) => {
    expect(buildBetFilter({ ...EMPTY_BET_FILTER, ...change })).toMatchObject({ ok: false, field });
  });
});

describe('labels', () => {
  it('names known games and passes unknown codes through', () => {
    expect(gameLabel('DICE')).toBe('Dice');
    expect(gameLabel('CRASH')).toBe('CRASH');
    expect(isUuid(PLAYER)).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
  });
});
