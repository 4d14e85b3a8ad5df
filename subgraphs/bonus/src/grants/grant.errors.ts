import { CodedError } from '@casinox/graphql';

/**
 * Why a claim was refused: expected outcomes, typed results the player's screen branches on.
 * Stable codes: they are part of the public contract.
 */
export const CLAIM_PROBLEMS = [
  'CAMPAIGN_NOT_FOUND',
  'CAMPAIGN_NOT_ACTIVE',
  'CAMPAIGN_CLOSED',
  'NEW_PLAYERS_ONLY',
  'OPT_IN_CODE_REQUIRED',
  'INVALID_OPT_IN_CODE',
  'ALREADY_CLAIMED',
  'CLAIM_VELOCITY_EXCEEDED',
  'DEPOSIT_REQUIRED',
  'NOT_CLAIMABLE',
] as const;
export type ClaimProblem = (typeof CLAIM_PROBLEMS)[number];

export const CANCEL_PROBLEMS = ['NOT_CANCELLABLE'] as const;
export type CancelProblem = (typeof CANCEL_PROBLEMS)[number];

/** Broken client contracts: coded errors. */
export const keyReused = () => new CodedError('IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey was already used to claim a different bonus.');
