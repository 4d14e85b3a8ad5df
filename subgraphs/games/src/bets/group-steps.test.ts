import { describe, expect, it } from 'vitest';
import { placementGroupTenant, settlementGroupTenant } from './group-steps.js';

const placement = (playerId: string, tenantId = 't1', computed = true) => ({
  tenantId,
  playerId,
  key: `k-${playerId}`,
  ...(computed ? { id: `bet-${playerId}`, assumed: { seedPairId: 's', nonce: 1 } } : {}),
});
const settlement = (betId: string, to = 'SETTLED', tenantId = 't1') => ({ tenantId, betId, from: ['PENDING'], to });

describe('groups of bet steps as one statement', () => {
  it('placements: one tenant, distinct players, every bet computed from assumptions', () => {
    expect(placementGroupTenant([placement('a'), placement('b')])).toBe('t1');
    expect(placementGroupTenant([placement('a'), placement('a')])).toBeNull();
    expect(placementGroupTenant([placement('a'), placement('b', 't2')])).toBeNull();
    // A cold call (no assumptions yet) asks for the current truth: item by item.
    expect(placementGroupTenant([placement('a'), placement('b', 't1', false)])).toBeNull();
    expect(placementGroupTenant([])).toBeNull();
  });

  it('settlements: one tenant, distinct bets, to SETTLED or REJECTED only', () => {
    expect(settlementGroupTenant([settlement('x'), settlement('y', 'REJECTED')])).toBe('t1');
    expect(settlementGroupTenant([settlement('x'), settlement('x')])).toBeNull();
    expect(settlementGroupTenant([settlement('x'), settlement('y', 'SETTLED', 't2')])).toBeNull();
    // A round opening or cashing out keeps its marker bookkeeping: item by item.
    expect(settlementGroupTenant([settlement('x', 'OPEN')])).toBeNull();
    expect(settlementGroupTenant([settlement('x', 'CASHING')])).toBeNull();
  });
});
