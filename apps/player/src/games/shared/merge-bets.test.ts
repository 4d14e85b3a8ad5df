import { describe, expect, it } from 'vitest';
import { mergeBets, type MergeableBet } from './merge-bets';

const bet = (id: string, createdAt: string, status = 'SETTLED', game = 'DICE'): MergeableBet => ({
  id,
  game,
  status,
  createdAt,
  settledAt: status === 'SETTLED' ? createdAt : null,
});

describe('mergeBets', () => {
  it('lists the page and arrived bets newest first, each once', () => {
    const page = [bet('b', '2026-01-01T00:00:02Z'), bet('a', '2026-01-01T00:00:01Z')];
    const arrived = [bet('c', '2026-01-01T00:00:03Z'), bet('b', '2026-01-01T00:00:02Z')];
    expect(mergeBets(page, arrived, { limit: 10 }).map((b) => b.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps the latest state of a bet whatever the order it arrived in', () => {
    const settled = bet('a', '2026-01-01T00:00:01Z', 'SETTLED');
    const pending = bet('a', '2026-01-01T00:00:01Z', 'PENDING');
    expect(mergeBets([settled], [pending], { limit: 10 })[0]?.status).toBe('SETTLED');
    expect(mergeBets([pending], [settled], { limit: 10 })[0]?.status).toBe('SETTLED');
  });

  it('keeps a revealed server seed over an older snapshot without it', () => {
    const revealed: MergeableBet = { ...bet('a', '2026-01-01T00:00:01Z'), fairness: { serverSeed: 'ab'.repeat(32) } };
    const hidden = { ...revealed, fairness: { serverSeed: null } };
    expect(mergeBets([revealed], [hidden], { limit: 10 })[0]?.fairness?.serverSeed).toBe('ab'.repeat(32));
  });

  it('an open round takes the later snapshot', () => {
    const first = { ...bet('m', '2026-01-01T00:00:01Z', 'OPEN', 'MINES'), step: 1 };
    const second = { ...first, step: 2 };
    expect(mergeBets([first], [second], { limit: 10 })[0]?.step).toBe(2);
  });

  it('filters by game and cuts to the limit', () => {
    const page = [
      bet('a', '2026-01-01T00:00:01Z'),
      bet('r', '2026-01-01T00:00:02Z', 'SETTLED', 'ROULETTE'),
      bet('b', '2026-01-01T00:00:03Z'),
    ];
    expect(mergeBets(page, [], { game: 'DICE', limit: 1 }).map((b) => b.id)).toEqual(['b']);
  });
});
