import { describe, expect, it } from 'vitest';
import { mergeBigWins } from './merge-big-wins';

describe('mergeBigWins', () => {
  it('puts live wins first, drops duplicates, keeps the newest', () => {
    const page = [
      { id: 'b', at: '2026-01-01T10:00:02Z' },
      { id: 'a', at: '2026-01-01T10:00:01Z' },
    ];
    const live = [
      { id: 'c', at: '2026-01-01T10:00:03Z' },
      { id: 'b', at: '2026-01-01T10:00:02Z' },
    ];
    expect(mergeBigWins(page, live, 10).map((w) => w.id)).toEqual(['c', 'b', 'a']);
    expect(mergeBigWins(page, live, 2).map((w) => w.id)).toEqual(['c', 'b']);
  });
});
