import { describe, expect, it } from 'vitest';
import { addToFeed, EMPTY_FEED, feedRows, type LiveFeed, waitingWhilePaused } from './live-feed';

const bet = (id: string, note = '') => ({ id, note });

describe('addToFeed', () => {
  it('puts the newest bet on top and counts it', () => {
    let feed: LiveFeed<{ id: string; note: string }> = EMPTY_FEED;
    feed = addToFeed(feed, bet('a'));
    feed = addToFeed(feed, bet('b'));
    expect(feed.bets.map((b) => b.id)).toEqual(['b', 'a']);
    expect(feed.received).toBe(2);
  });

  it('keeps at most the cap, dropping the oldest', () => {
    let feed: LiveFeed<{ id: string; note: string }> = EMPTY_FEED;
    for (let i = 0; i < 205; i++) feed = addToFeed(feed, bet(String(i)));
    expect(feed.bets).toHaveLength(200);
    expect(feed.bets[0]!.id).toBe('204');
    expect(feed.bets.at(-1)!.id).toBe('5');
    expect(feed.received).toBe(205);
  });

  it('honours a smaller cap', () => {
    const feed = [bet('a'), bet('b'), bet('c')].reduce(
      (f, b) => addToFeed(f, b, 2),
      EMPTY_FEED as LiveFeed<{ id: string; note: string }>,
    );
    expect(feed.bets.map((b) => b.id)).toEqual(['c', 'b']);
  });

  it('replaces a bet delivered twice instead of listing it twice', () => {
    let feed: LiveFeed<{ id: string; note: string }> = EMPTY_FEED;
    feed = addToFeed(feed, bet('a', 'first'));
    feed = addToFeed(feed, bet('b'));
    feed = addToFeed(feed, bet('a', 'again'));
    expect(feed.bets).toEqual([bet('a', 'again'), bet('b')]);
  });

  it('does not change the feed it was given', () => {
    const feed = addToFeed(EMPTY_FEED as LiveFeed<{ id: string; note: string }>, bet('a'));
    addToFeed(feed, bet('b'));
    expect(feed.bets).toEqual([bet('a')]);
  });
});

describe('feedRows', () => {
  it('lists live bets above the recent ones, without duplicates, capped', () => {
    expect(feedRows([bet('c'), bet('b')], [bet('b'), bet('a')]).map((b) => b.id)).toEqual(['c', 'b', 'a']);
    expect(feedRows([bet('c')], [bet('b'), bet('a')], 2).map((b) => b.id)).toEqual(['c', 'b']);
    expect(feedRows([], [])).toEqual([]);
  });
});

describe('waitingWhilePaused', () => {
  it('counts what arrived since the pause, including bets past the cap', () => {
    const frozen = { bets: [], received: 10 };
    expect(waitingWhilePaused({ bets: [], received: 250 }, frozen)).toBe(240);
    expect(waitingWhilePaused({ bets: [], received: 10 }, frozen)).toBe(0);
    expect(waitingWhilePaused({ bets: [], received: 12 }, null)).toBe(0);
  });
});

describe('addToFeed orders by settlement, not arrival', () => {
  const bet = (id: string, sequence: string | null) => ({ id, sequence });
  it('puts a late-arriving earlier bet below the later one already shown', () => {
    let feed = addToFeed(EMPTY_FEED, bet('a', '10'));
    feed = addToFeed(feed, bet('c', '12'));
    feed = addToFeed(feed, bet('b', '11'));
    expect(feed.bets.map((b) => b.id)).toEqual(['c', 'b', 'a']);
    expect(feed.received).toBe(3);
  });
  it('keeps arrival order for bets without a sequence and replaces a redelivered bet in place', () => {
    let feed = addToFeed(EMPTY_FEED, bet('a', null));
    feed = addToFeed(feed, bet('b', null));
    expect(feed.bets.map((b) => b.id)).toEqual(['b', 'a']);
    feed = addToFeed(addToFeed(EMPTY_FEED, bet('x', '5')), bet('y', '7'));
    feed = addToFeed(feed, bet('x', '5'));
    expect(feed.bets.map((b) => b.id)).toEqual(['y', 'x']);
  });
});
