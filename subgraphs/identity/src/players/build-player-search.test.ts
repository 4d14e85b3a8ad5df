import { describe, expect, it } from 'vitest';
import { buildPlayerSearch } from './build-player-search.js';

describe('buildPlayerSearch', () => {
  it.each([
    ['nothing', undefined, { contains: null, idPrefix: null }],
    ['blanks', '   ', { contains: null, idPrefix: null }],
    ['a name', 'Ada', { contains: '%Ada%', idPrefix: null }],
    ['an email, trimmed', ' ada@example.test ', { contains: '%ada@example.test%', idPrefix: null }],
    ['the start of an id', '3F2A', { contains: '%3F2A%', idPrefix: '3f2a%' }],
    [
      'a whole id',
      '6f1c1f4e-0000-4000-8000-000000000001',
      { contains: '%6f1c1f4e-0000-4000-8000-000000000001%', idPrefix: '6f1c1f4e-0000-4000-8000-000000000001%' },
    ],
    ['three hex digits (too short for an id)', 'abc', { contains: '%abc%', idPrefix: null }],
    ['wildcards, matched literally', '50%_off\\', { contains: '%50\\%\\_off\\\\%', idPrefix: null }],
  ])('%s', (_label, text, expected) => {
    expect(buildPlayerSearch(text)).toEqual(expected);
  });

  it('reads at most 100 characters', () => {
    expect(buildPlayerSearch('x'.repeat(300)).contains).toBe(`%${'x'.repeat(100)}%`);
  });
});
