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
    expect(() => new RequestReader({ tenantId: value }).uuid('tenantId')).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
  });

  it.each([['bet 1'], [''], ['x'.repeat(121)]])('refuses reference %j', (value) => {
    expect(() => new RequestReader({ betId: value }).reference('betId')).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
  });

  it('reads a valid bet body', () => {
    const body = new RequestReader({ asset: 'BTC', stake: '150000', betId: 'bet-1' });
    const asset = body.asset();
    expect(asset.scale).toBe(8);
    expect(body.amount('stake', asset)).toBe(150000n);
    expect(body.reference('betId')).toBe('bet-1');
  });
});
