import type { Principal } from '@casinox/auth';
import { describe, expect, it } from 'vitest';
import {
  authorizeSubscription,
  betSettled,
  bigWins,
  bonusUpdated,
  jackpotUpdated,
  jackpotWon,
  LIVE_TOPICS,
  type LiveTopic,
  myBalance,
  myBets,
  subscriptionSdl,
  tenantUpdated,
} from './topics.js';

const principal = (overrides: Partial<Principal>): Principal => ({
  kind: 'player',
  userId: 'u',
  tenantId: 't1',
  playerId: 'p1',
  operatorId: null,
  role: null,
  platformAdmin: false,
  scopes: [],
  audience: 'casinox:player',
  expiresAt: 0,
  token: '',
  ...overrides,
});
const event = { tenantId: 't1', playerId: 'p1', seq: 7 };

describe('myBalance topic', () => {
  it.each([
    ['a player', principal({}), true],
    [
      'an operator',
      principal({ kind: 'operator', playerId: null, operatorId: 'o', role: 'FINANCE', audience: 'casinox:admin' }),
      false,
    ],
    ['a partner', principal({ kind: 'partner', playerId: null, audience: 'casinox:partner' }), false],
    ['a player without a tenant', principal({ tenantId: null }), false],
  ])('%s may subscribe: %s', (_label, who, allowed) => {
    if (allowed) expect(() => myBalance.authorize(who, {})).not.toThrow();
    else expect(() => myBalance.authorize(who, {})).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it.each([
    ['the player themselves', principal({}), true],
    ['another player of the tenant', principal({ playerId: 'p2' }), false],
    ['the same player id in another tenant', principal({ tenantId: 't2' }), false],
  ])('%s receives the event: %s', (_label, who, expected) => {
    expect(myBalance.matches(who, {}, event)).toBe(expected);
  });

  it('groups per player, re-reads myWallets and parses the wallet payload', () => {
    expect(myBalance.audienceKey(principal({}), {})).not.toBe(myBalance.audienceKey(principal({ playerId: 'p2' }), {}));
    expect(myBalance.followUpField(null)).toBe('myWallets');
    expect(myBalance.parse('{"tenantId":"t1","playerId":"p1","seq":7}')).toEqual(event);
    expect(() => myBalance.parse('{"tenantId":"t1"}')).toThrow();
    expect(subscriptionSdl([myBalance])).toContain('myBalance: [Wallet!]!');
  });
});

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const player = principal({ tenantId: T1 });
const operator = principal({
  kind: 'operator',
  tenantId: T1,
  playerId: null,
  operatorId: 'o',
  role: 'ADMIN',
  audience: 'casinox:admin',
});
const tenantless = principal({ tenantId: null, playerId: null, kind: 'operator', platformAdmin: true });
const visitor = null;

describe('who may subscribe (authorizeSubscription)', () => {
  it('only the lobby topics are public', () => {
    expect(
      LIVE_TOPICS.filter((topic) => topic.public)
        .map((topic) => topic.field)
        .sort(),
    ).toEqual(['bigWins', 'jackpotUpdated', 'jackpotWon']);
  });

  it.each([
    ['a visitor naming a casino', bigWins, visitor, { tenantId: T1 }, null],
    ['a visitor naming a casino', jackpotUpdated, visitor, { tenantId: T1 }, null],
    ['a visitor naming a casino', jackpotWon, visitor, { tenantId: T1 }, null],
    ['a visitor naming no casino', bigWins, visitor, {}, 'BAD_USER_INPUT'],
    [
      'a visitor naming a casino by something else than an id',
      jackpotUpdated,
      visitor,
      { tenantId: "x' or 1=1" },
      'BAD_USER_INPUT',
    ],
    ['a visitor', myBalance, visitor, {}, 'UNAUTHENTICATED'],
    ['a visitor', betSettled, visitor, {}, 'UNAUTHENTICATED'],
    ['a visitor', myBets, visitor, {}, 'UNAUTHENTICATED'],
    ['a visitor', bonusUpdated, visitor, {}, 'UNAUTHENTICATED'],
    ['a visitor naming a casino', tenantUpdated, visitor, { tenantId: T1 }, 'UNAUTHENTICATED'],
    ['a player, naming nothing', bigWins, player, {}, null],
    ['a player naming their own casino', bigWins, player, { tenantId: T1 }, null],
    ['a player naming another casino', bigWins, player, { tenantId: T2 }, 'FORBIDDEN'],
    ['an operator naming another casino', jackpotWon, operator, { tenantId: T2 }, 'FORBIDDEN'],
    ['an operator naming their own casino', jackpotUpdated, operator, { tenantId: T1 }, null],
    ['a session without a casino', bigWins, tenantless, {}, 'FORBIDDEN'],
    ['a session without a casino naming one', bigWins, tenantless, { tenantId: T1 }, 'FORBIDDEN'],
    ['a player', myBalance, player, {}, null],
    ['an operator', myBalance, operator, {}, 'FORBIDDEN'],
    ['an operator', betSettled, operator, {}, null],
  ] as [string, LiveTopic<unknown>, Principal | null, Record<string, unknown>, string | null][])(
    '%s → %s: %s',
    (_label, topic, who, args, refused) => {
      const refusal = authorizeSubscription(topic, who, args);
      expect(refusal?.code ?? null).toBe(refused);
    },
  );
});

describe('public topics: what a visitor receives', () => {
  const win = { tenantId: T1, playerId: 'p9', betId: 'b1', seq: 3, bigWin: true };

  it.each([
    ['a big win of the casino it watches', { ...win }, true],
    ['a big win of another casino', { ...win, tenantId: T2 }, false],
    ['a small win of the casino', { ...win, bigWin: false }, false],
  ])('bigWins: %s → %s', (_label, payload, expected) => {
    expect(bigWins.matches(visitor, { tenantId: T1 }, payload)).toBe(expected);
  });

  it.each([
    ['a pool of the casino it watches', jackpotUpdated, { tenantId: T1, jackpotId: 'j', seq: 1 }, true],
    ['a pool of another casino', jackpotUpdated, { tenantId: T2, jackpotId: 'j', seq: 1 }, false],
    ['a win of the casino it watches', jackpotWon, { tenantId: T1, jackpotId: 'j', winId: 'w', seq: 1 }, true],
    ['a win of another casino', jackpotWon, { tenantId: T2, jackpotId: 'j', winId: 'w', seq: 1 }, false],
  ] as [string, LiveTopic<unknown>, unknown, boolean][])('%s: %s → %s', (_label, topic, payload, expected) => {
    expect(topic.matches(visitor, { tenantId: T1 }, payload)).toBe(expected);
  });

  it('no private topic ever delivers to a visitor, even one naming the casino', () => {
    const payload = { tenantId: T1, playerId: 'p1', betId: 'b', grantId: 'g', seq: 1, version: 1, bigWin: true };
    for (const topic of LIVE_TOPICS.filter((candidate) => !candidate.public))
      expect(topic.matches(visitor, { tenantId: T1 }, payload)).toBe(false);
  });

  it("groups a casino's visitors into one audience, apart from players (optedIn) and from other casinos; their follow-up names the casino", () => {
    expect(jackpotUpdated.audienceKey(visitor, { tenantId: T1 })).toBe(
      jackpotUpdated.audienceKey(visitor, { tenantId: T1 }),
    );
    expect(jackpotUpdated.audienceKey(visitor, { tenantId: T1 })).not.toBe(
      jackpotUpdated.audienceKey(visitor, { tenantId: T2 }),
    );
    expect(jackpotUpdated.audienceKey(visitor, { tenantId: T1 })).not.toBe(jackpotUpdated.audienceKey(player, {}));
    expect(jackpotWon.audienceKey(visitor, { tenantId: T1 })).not.toBe(jackpotWon.audienceKey(operator, {}));
    // A big win looks the same to everyone watching the casino.
    expect(bigWins.audienceKey(visitor, { tenantId: T1 })).toBe(bigWins.audienceKey(player, {}));
    expect(bigWins.audienceKey(visitor, { tenantId: T2 })).not.toBe(bigWins.audienceKey(player, {}));
    for (const topic of [bigWins, jackpotUpdated, jackpotWon] as LiveTopic[])
      expect(topic.followUpField(null)).toContain('tenantId: $liveTenantId');
    expect(subscriptionSdl([bigWins])).toMatch(/bigWins\(\s*".*"\s*tenantId: ID\s*\): BigWin!/);
  });
});
