import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it.each([
    [undefined, '/'],
    ['/operators', '/operators'],
    [['/settings', '/x'], '/settings'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?next=/x', '/'],
  ])('%j → %s', (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });
});
