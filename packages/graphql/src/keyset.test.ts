import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './keyset.js';

const ID = '6f1c1f4e-0000-4000-8000-000000000001';

describe('keyset cursors', () => {
  it('round-trips a microsecond timestamp and an id', () => {
    expect(decodeCursor(encodeCursor('2026-12-04T10:11:12.123456Z', ID))).toEqual({
      at: '2026-12-04T10:11:12.123456Z',
      id: ID,
    });
  });

  it('tells apart two rows of one millisecond', () => {
    const [early, late] = ['2026-12-04T10:11:12.123001Z', '2026-12-04T10:11:12.123002Z'].map(
      (at) => decodeCursor(encodeCursor(at, ID)).at,
    );
    expect(early).not.toBe(late);
  });

  it('still reads a millisecond cursor handed out before the codecs were one', () => {
    const legacy = Buffer.from(JSON.stringify(['2026-01-02T03:04:05.678Z', ID])).toString('base64url');
    expect(decodeCursor(legacy)).toEqual({ at: '2026-01-02T03:04:05.678Z', id: ID });
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a JSON object', Buffer.from('{"a":1}').toString('base64url')],
    ['a bad date', Buffer.from(JSON.stringify(['yesterday', ID])).toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify(['2026-12-04T10:11:12.123456Z', 'x'])).toString('base64url')],
    ['an injected id', Buffer.from(JSON.stringify(['2026-12-04T10:11:12.123456Z', "1' or 1=1"])).toString('base64url')],
    ['three parts', Buffer.from(JSON.stringify(['2026-12-04T10:11:12.123456Z', ID, 'x'])).toString('base64url')],
    ['nothing', ''],
  ])('refuses %s with BAD_USER_INPUT', (_label, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        extensions: expect.objectContaining({
          fields: [{ field: 'after', problems: ['is not a cursor from this list'] }],
        }),
      }),
    );
  });

  it.each([
    [0, 2, false],
    [2, 2, false],
    [3, 2, true],
  ])('%i rows for a page of %i: hasNextPage %s', (count, first, more) => {
    const rows = Array.from({ length: count }, (_, i) => ({ id: ID, at: `2026-12-04T10:11:1${i}.000000Z`, n: i }));
    const page = toPage(rows, first, (row) => row.n);
    expect(page.items.map((item) => item.node)).toEqual(rows.slice(0, first).map((r) => r.n));
    expect(page.hasNextPage).toBe(more);
    expect(page.endCursor).toBe(page.items.at(-1)?.cursor ?? null);
  });
});
