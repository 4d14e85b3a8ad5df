import type { JackpotOptInEvent, JackpotRulesEvent } from '@casinox/events';
import type { Jackpot } from '../domain/index.js';
import type { JackpotStatus } from './jackpot.entity.js';
import { poolHolder } from './jackpot.mapping.js';

/** The outbox payload of `jackpot.rules` (the relay adds seq and tenantId). */
export type JackpotRulesPayload = Omit<JackpotRulesEvent, 'seq' | 'tenantId'>;
/** The outbox payload of `jackpot.opt-in`. */
export type JackpotOptInPayload = Omit<JackpotOptInEvent, 'seq' | 'tenantId'>;

/**
 * Everything games needs to apply a jackpot on the bet path, from its stored configuration and
 * status: a paused jackpot is published as inactive (no contributions, no rounds). Pure.
 */
export function jackpotRules(jackpot: Jackpot, status: JackpotStatus): JackpotRulesPayload {
  return {
    jackpotId: jackpot.id,
    type: jackpot.type,
    active: status === 'ACTIVE',
    asset: jackpot.asset,
    gameCodes: jackpot.scope.kind === 'GAMES' ? [...jackpot.scope.gameCodes] : null,
    optIn: jackpot.optIn,
    contributionBasisPoints: jackpot.contributionBasisPoints,
    fairnessSlot: jackpot.type === 'PROGRESSIVE' ? jackpot.fairnessSlot : null,
    tiers: jackpot.tiers.map((tier) => ({
      code: tier.code,
      pool: poolHolder(jackpot.id, tier.code),
      shareBasisPoints: tier.contributionShareBasisPoints,
      hitOneIn: 'hitOneIn' in tier ? tier.hitOneIn : null,
    })),
  };
}
