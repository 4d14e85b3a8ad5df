import { CodedError, isErrorCode, type ProblemCode } from '@casinox/graphql';
import { GameParamError } from '../math/game-model.js';

/** Expected refusals of a bet: typed results the player's screen branches on (never errors), listed in the catalogue. */
export type BetProblem = ProblemCode<'BetProblem'>;

/** A refusal raised inside the service, turned into a typed result by the resolver. */
export class BetRefused extends Error {
  constructor(
    readonly code: BetProblem,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'BetRefused';
  }
}

/** SQLSTATEs the games SQL functions raise, by problem (the SQL sources in sql/). */
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
export const keyReused = () =>
  new CodedError('IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey was already used for a different bet.');
/** Runs game math on the client's params or action: a GameParamError is the client's INVALID_PARAMS. */
export function asClientParams<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof GameParamError) throw invalidParams(error.message);
    throw error;
  }
}
export const walletUnavailable = () =>
  new CodedError(
    'SETTLEMENT_PENDING',
    'The bet is recorded but not settled yet; retry with the same idempotencyKey to see its result.',
  );

/** A bet id that does not exist for this player in this tenant (another tenant's ids look the same). */
export const betNotFound = () => new CodedError('NOT_FOUND', 'Bet was not found.');

/** What a wallet refusal of the stake means to the player: insufficient funds is expected, anything else is coded. */
export function rejectionOf(betId: string, code: string): Error {
  if (code === 'INSUFFICIENT_FUNDS')
    return new BetRefused('INSUFFICIENT_FUNDS', 'Your balance does not cover this stake.', { betId });
  // A wallet code the catalogue does not know is a bug between the two services, not the player's.
  return new CodedError(isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR', `The wallet refused the stake (${code}).`, {
    betId,
  });
}
