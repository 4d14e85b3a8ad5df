import { describe, expect, it } from 'vitest';
import { RequestReader } from './read-request.js';

describe('RequestReader', () => {
  it.each([
    ['not JSON', '{', 'INVALID_REQUEST'],
    ['an array', '[]', 'INVALID_REQUEST'],
  ])('refuses a body that is %s', (_label, text, code) => {
    expect(() => RequestReader.fromJson(text)).toThrow(expect.objectContaining({ code }));
  });

  it.each([
    [{ asset: 'XYZ' }, 'UNKNOWN_ASSET'],
    [{ asset: 5 }, 'INVALID_REQUEST'],
  ])('asset %j → %s', (body, code) => {
    expect(() => new RequestReader(body).asset()).toThrow(expect.objectContaining({ code }));
  });

  it.each([['not-a-uuid'], [7], [undefined]])('refuses tenantId %j', (value) => {
    expect(() => new RequestReader({ tenantId: value }).uuid('tenantId')).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST' }),
    );
  });

  it.each([['bet 1'], [''], ['x'.repeat(121)]])('refuses reference %j', (value) => {
    expect(() => new RequestReader({ betId: value }).reference('betId')).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST' }),
    );
  });

  it('reads a valid bet body', () => {
    const body = new RequestReader({ asset: 'BTC', stake: '150000', betId: 'bet-1' });
    const asset = body.asset();
    expect(asset.scale).toBe(8);
    expect(body.amount('stake', asset)).toBe(150000n);
    expect(body.reference('betId')).toBe('bet-1');
  });

  it.each<[string, unknown, string | null]>([
    ['absent', undefined, null],
    ['an empty list', [], null],
    ['not an array', { pool: 'a' }, 'INVALID_REQUEST'],
    ['an item that is not an object', ['a'], 'INVALID_REQUEST'],
    ['too many items', Array.from({ length: 4 }, () => ({})), 'INVALID_REQUEST'],
  ])('objectList: %s', (_label, value, code) => {
    const read = () => new RequestReader({ jackpots: value }).objectList('jackpots', 3);
    if (code) expect(read).toThrow(expect.objectContaining({ code }));
    else expect(read()).toEqual([]);
  });

  it.each<[string, unknown, string[] | null]>([
    ['two pools', ['j1:MAJOR', 'j1:MINOR'], ['j1:MAJOR', 'j1:MINOR']],
    ['an empty list', [], null],
    ['a pool too long for the ledger', ['p'.repeat(65)], null],
    ['a pool with a space', ['j1 MAJOR'], null],
    ['too many pools', Array.from({ length: 4 }, (_, i) => `p${i}`), null],
  ])('poolList: %s', (_label, value, expected) => {
    const read = () => new RequestReader({ pools: value }).poolList('pools', 3);
    if (expected) expect(read()).toEqual(expected);
    else expect(read).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
  });
});
