import type { Principal } from '@casinox/auth';
import { describe, expect, it } from 'vitest';
import { myBalance, subscriptionSdl } from './topics.js';

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
    ['an operator', principal({ kind: 'operator', playerId: null, operatorId: 'o', role: 'FINANCE', audience: 'casinox:admin' }), false],
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
    expect(myBalance.audienceKey(principal({}))).not.toBe(myBalance.audienceKey(principal({ playerId: 'p2' })));
    expect(myBalance.followUpField(null)).toBe('myWallets');
    expect(myBalance.parse('{"tenantId":"t1","playerId":"p1","seq":7}')).toEqual(event);
    expect(() => myBalance.parse('{"tenantId":"t1"}')).toThrow();
    expect(subscriptionSdl([myBalance])).toContain('myBalance: [Wallet!]!');
  });
});
