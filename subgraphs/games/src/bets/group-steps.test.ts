import { describe, expect, it } from 'vitest';
import { placementsAtOnce, settlementsAtOnce } from './group-steps.js';

const placement = (playerId: string, tenantId = 't1', computed = true) => ({
  tenantId,
  playerId,
  key: `k-${playerId}`,
  ...(computed ? { id: `bet-${playerId}`, assumed: { seedPairId: 's', nonce: 1 } } : {}),
});
const settlement = (betId: string, to = 'SETTLED', tenantId = 't1') => ({ tenantId, betId, from: ['PENDING'], to });

describe('groups of bet steps at once (one statement per tenant)', () => {
  it('placements: distinct players (per tenant), every bet computed from assumptions', () => {
    expect(placementsAtOnce([placement('a'), placement('b')])).toBe(true);
    expect(placementsAtOnce([placement('a'), placement('a', 't2')])).toBe(true);
    expect(placementsAtOnce([placement('a'), placement('a')])).toBe(false);
    // A cold call (no assumptions yet) asks for the current truth: item by item.
    expect(placementsAtOnce([placement('a'), placement('b', 't1', false)])).toBe(false);
    expect(placementsAtOnce([])).toBe(false);
  });

  it('settlements: distinct bets, to SETTLED or REJECTED only', () => {
    expect(settlementsAtOnce([settlement('x'), settlement('y', 'REJECTED'), settlement('z', 'SETTLED', 't2')])).toBe(
      true,
    );
    expect(settlementsAtOnce([settlement('x'), settlement('x')])).toBe(false);
    expect(settlementsAtOnce([settlement('x', 'OPEN')])).toBe(false);
    expect(settlementsAtOnce([settlement('x', 'CASHING')])).toBe(false);
  });
});
