import { CodedError, type ProblemCode } from '@casinox/graphql';

/** Expected refusals of a bet: typed results the player's screen branches on (never errors), listed in the catalogue. */
export type BetProblem = ProblemCode<'BetProblem'>;

/** A refusal raised inside the service, turned into a typed result by the resolver. */
export class BetRefused extends Error {
  constructor(readonly code: BetProblem, message: string, readonly details: Record<string, string> = {}) {
    super(message);
    this.name = 'BetRefused';
  }
}

/** SQLSTATEs the games SQL functions raise, by problem (see the games migration). */
export const SQLSTATE_PROBLEMS: Record<string, BetProblem> = {
  CX451: 'GAME_DISABLED',
  CX452: 'STAKE_OUT_OF_LIMITS',
  CX453: 'ASSET_NOT_SUPPORTED',
  CX454: 'RESPONSIBLE_GAMBLING',
  CX455: 'ROUND_OPEN',
  CX456: 'MAX_BET_EXCEEDED',
};

/** Broken client contracts: coded errors (extensions.code). */
export const invalidParams = (message: string) => new CodedError('INVALID_PARAMS', message);
export const keyReused = () => new CodedError('IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey was already used for a different bet.');
export const walletUnavailable = () =>
  new CodedError('SETTLEMENT_PENDING', 'The bet is recorded but not settled yet; retry with the same idempotencyKey to see its result.');
