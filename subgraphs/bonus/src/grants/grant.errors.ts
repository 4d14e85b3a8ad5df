import { CodedError, type ProblemCode } from '@casinox/graphql';

/** Why a claim or a cancellation was refused: typed results the player's screen branches on, listed in the catalogue. */
export type ClaimProblem = ProblemCode<'ClaimBonusProblem'>;

export type CancelProblem = ProblemCode<'CancelBonusProblem'>;

/** Broken client contracts: coded errors. */
export const keyReused = () =>
  new CodedError('IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey was already used to claim a different bonus.');
