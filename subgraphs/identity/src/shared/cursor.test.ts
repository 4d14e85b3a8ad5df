import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, isUuid } from './cursor.js';

describe('cursors', () => {
  it('round-trips a position', () => {
    const position = { createdAt: new Date('2026-01-02T03:04:05.678Z'), id: '0b5a3c8e-6a53-4a8e-9a53-6f0f1c2d3e4f' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64 json', 'definitely-not-a-cursor'],
    ['wrong shape', Buffer.from(JSON.stringify({ a: 1 })).toString('base64url')],
    ['bad id', Buffer.from(JSON.stringify(['2026-01-02T03:04:05.678Z', "1' or 1=1"])).toString('base64url')],
    ['bad date', Buffer.from(JSON.stringify(['yesterday', '0b5a3c8e-6a53-4a8e-9a53-6f0f1c2d3e4f'])).toString('base64url')],
    ['empty', ''],
  ])('rejects %s', (_case, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it.each([
    ['0b5a3c8e-6a53-4a8e-9a53-6f0f1c2d3e4f', true],
    ['0B5A3C8E-6A53-4A8E-9A53-6F0F1C2D3E4F', true],
    ['0b5a3c8e6a534a8e9a536f0f1c2d3e4f', false],
    ['nope', false],
  ])('isUuid(%s) = %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
