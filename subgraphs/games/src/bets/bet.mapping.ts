import { formatMultiplier } from '../math/multiplier.js';
import { PlayerReference } from '../references/player.reference.js';
import type { GameCode } from '../math/game-model.js';
import { BetRefused } from './bet.errors.js';
import type { BetView } from './bet-row.js';
import type { BetOutcome } from './bet.service.js';
import type { BetConnectionType, BetResultType, BetType, BigWinType } from './bet.types.js';
import type { PlayerAliases } from './player-alias.js';

export function toBetType(view: BetView): BetType {
  return {
    ...view,
    game: view.game as GameCode,
    player: Object.assign(new PlayerReference(), { id: view.playerId, viewTenantId: view.tenantId }),
    fairness: {
      seedPairId: view.seedPairId,
      serverSeedHash: view.serverSeedHash,
      serverSeed: view.serverSeed,
      clientSeed: view.clientSeed,
      nonce: view.nonce,
    },
  };
}

export function toBetResult(outcome: BetOutcome): BetResultType {
  return {
    ok: true,
    code: null,
    message: null,
    bet: toBetType(outcome.bet),
    balanceAfter: outcome.balanceAfter,
    replayed: outcome.replayed,
    minStake: null,
    maxStake: null,
  };
}

/** A refused bet as a typed result; anything else is rethrown (a coded error reaches the client as one). */
export function toRefusalResult(error: unknown): BetResultType {
  if (!(error instanceof BetRefused)) throw error;
  return {
    ok: false,
    code: error.code,
    message: error.message,
    bet: null,
    balanceAfter: null,
    replayed: false,
    minStake: error.details.minStake ? BigInt(error.details.minStake) : null,
    maxStake: error.details.maxStake ? BigInt(error.details.maxStake) : null,
  };
}

export function toBigWin(view: BetView, aliases: PlayerAliases): BigWinType {
  return {
    id: view.id,
    playerAlias: aliases.of(view.playerId),
    game: view.game as GameCode,
    asset: view.asset,
    stake: view.stake,
    payout: view.payout ?? 0n,
    multiplier: view.multiplier ?? formatMultiplier({ num: view.payout ?? 0n, den: view.stake }, 8),
    at: view.settledAt ?? view.createdAt,
  };
}

export const toBetConnection = (page: {
  edges: { cursor: string; node: BetView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}): BetConnectionType => ({
  edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toBetType(edge.node) })),
  pageInfo: page.pageInfo,
});
