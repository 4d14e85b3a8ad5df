/**
 * Every code a client can receive, in one place: `docs/errors.md` is rendered from this module and
 * `error-catalogue.test.ts` checks the code base against it. Codes are a public contract: add, never rename.
 */

export interface CodeEntry {
  readonly meaning: string;
  /** The HTTP status when the code is answered before (or instead of) execution; resolver errors arrive with 200. */
  readonly http?: string;
  /** Raised by Apollo or graphql-js rather than by our code (the test does not look for it in our sources). */
  readonly by?: 'apollo';
}

/** `extensions.code` of a GraphQL error, from the gateway or any subgraph. */
export const ERROR_CODES = {
  // Requests the gateway refuses before running them.
  GRAPHQL_PARSE_FAILED: {
    meaning: 'The document is not valid GraphQL (or has more tokens than the gateway parses).',
    http: '400',
  },
  GRAPHQL_VALIDATION_FAILED: {
    meaning:
      'The document does not validate against the schema or exceeds a query limit (depth, cost, aliases, directives).',
    http: '400',
  },
  BAD_REQUEST: {
    meaning:
      'The HTTP request is not one the gateway serves: not JSON, batched, a subscription over HTTP, a query over the WebSocket, an unknown subscription.',
    http: '400',
  },
  OPERATION_RESOLUTION_FAILURE: {
    meaning: 'No operation to run: an unknown operationName, or several operations and none named.',
    http: '400',
  },
  PAYLOAD_TOO_LARGE: { meaning: 'The request body exceeds the gateway’s limit.', http: '413' },
  PERSISTED_QUERY_NOT_FOUND: {
    meaning: 'An automatic persisted query hash the gateway does not know: send the query text with it.',
    http: '200',
    by: 'apollo',
  },
  // Who is asking.
  UNAUTHENTICATED: {
    meaning: 'No credentials, or credentials that are not valid (token, API key, refresh token, sign-in challenge).',
    http: '401 when the gateway refuses the token; 200 from a resolver',
  },
  TOKEN_EXPIRED: {
    meaning: 'The access token has expired: refresh it.',
    http: '401 at the gateway; 200 from a resolver',
  },
  TOKEN_REVOKED: {
    meaning: 'A staff token identity revoked (a role or membership changed): refresh it or sign in again.',
    http: '401',
  },
  FORBIDDEN: {
    meaning: 'Signed in, but this principal may not do this (wrong kind of session, role, scope or casino).',
  },
  // The input.
  BAD_USER_INPUT: {
    meaning:
      'Some input is not valid; `fields: [{ field, problems, code? }]` names each offending field (see Field problems).',
    http: '400 when a variable cannot be coerced; 200 from a resolver',
  },
  INVALID_PARAMS: { meaning: 'The game parameters, action or stake do not fit the game (games).' },
  INVALID_CLIENT_SEED: { meaning: 'The client seed is not one the fairness rules accept (`field: clientSeed`).' },
  INVALID_REQUEST: { meaning: 'A wallet request is malformed (also its internal API code for the same).' },
  INVALID_AMOUNT: { meaning: 'An amount is not a positive decimal string of minor units.' },
  AMOUNT_PRECISION: { meaning: 'An amount has more decimal places than its asset’s scale.' },
  AMOUNT_OUT_OF_RANGE: {
    meaning: 'An amount is above its asset’s maximum, or would take a balance beyond what the ledger holds.',
  },
  UNKNOWN_ASSET: { meaning: 'Not an asset this operation can move (unknown, or game credits where money is needed).' },
  ASSET_NOT_OFFERED: { meaning: 'The casino does not offer this currency (its currency list).' },
  INVALID_RETURN_URL: { meaning: 'A deposit’s returnUrl is not an address of the casino’s own sites.' },
  // Things that do not exist.
  NOT_FOUND: { meaning: 'The object does not exist, or belongs to another casino (the two look the same).' },
  TENANT_NOT_FOUND: { meaning: 'There is no casino with this slug.' },
  PLAYER_NOT_FOUND: { meaning: 'There is no such player in this casino.' },
  PLAYER_TENANT_MISMATCH: { meaning: 'The player belongs to another casino (answered like a missing player).' },
  WITHDRAWAL_NOT_FOUND: { meaning: 'There is no such withdrawal in this casino.' },
  ADJUSTMENT_NOT_FOUND: { meaning: 'There is no such adjustment in this casino.' },
  TRANSFER_NOT_FOUND: { meaning: 'There is no such ledger transfer.' },
  HOLD_NOT_FOUND: { meaning: 'There is no such hold on a balance.' },
  // Identity.
  INVALID_CREDENTIALS: { meaning: 'The email or password is not correct (never says which).' },
  EMAIL_TAKEN: { meaning: 'This email is already registered here, or this person is already on the staff.' },
  SLUG_TAKEN: { meaning: 'Another casino already uses this slug.' },
  TENANT_SUSPENDED: { meaning: 'The casino is suspended: nobody signs in to it.' },
  ACCOUNT_DISABLED: { meaning: 'This account is disabled.' },
  INVALID_TOTP: { meaning: 'The authenticator code is not correct.' },
  CHALLENGE_EXPIRED: {
    meaning: 'The sign-in challenge (between password and second factor) has expired: sign in again.',
  },
  REFRESH_TOKEN_REUSED: { meaning: 'A refresh token was used twice: the whole session was ended for safety.' },
  SESSION_EXPIRED: { meaning: 'The session reached its end: sign in again.' },
  LAST_OWNER: { meaning: 'The last active OWNER of a casino cannot be demoted or disabled.' },
  RATE_LIMITED: { meaning: 'Too many attempts; `retryAfterSeconds` says when to try again.' },
  // Conflicts and state.
  CONFLICT: { meaning: 'The request raced another change (or a state that does not allow it): reload and try again.' },
  IDEMPOTENCY_KEY_REUSED: { meaning: 'This idempotency key was already used for a different request.' },
  ALREADY_REVERSED: { meaning: 'The transfer has already been reversed.' },
  NOT_REVERSIBLE: { meaning: 'This transfer cannot be reversed.' },
  HOLD_NOT_PENDING: { meaning: 'The hold was already captured or released.' },
  BET_ROLLED_BACK: { meaning: 'The wallet rolled this bet back: it cannot be paid.' },
  UNBALANCED: { meaning: 'The entries of a transfer do not sum to zero per asset (a caller’s bug).' },
  INSUFFICIENT_FUNDS: { meaning: 'The balance does not cover the amount (where it is not a typed result).' },
  PAYMENT_MISMATCH: { meaning: 'A payment provider’s event does not match the deposit or withdrawal it names.' },
  BONUS_FORFEIT_CONFIRMATION_REQUIRED: {
    meaning: 'Withdrawing now forfeits bonus money: repeat with the confirmation to go ahead.',
  },
  CAMPAIGN_ENDED: { meaning: 'An ended bonus campaign cannot be changed or reopened.' },
  ROUND_OPEN: { meaning: 'Finish the open round first (seeds cannot rotate while a round uses them).' },
  NOT_DRAWN: { meaning: 'Only FIXED and SPONSORED jackpots are won in draws.' },
  NOT_SPONSORED: { meaning: 'Only a SPONSORED jackpot is funded by hand.' },
  // Our side.
  SETTLEMENT_PENDING: {
    meaning: 'The bet is recorded but the wallet has not confirmed it yet: retry with the same idempotencyKey.',
  },
  WALLET_UNAVAILABLE: {
    meaning: 'The wallet did not answer: retry (with the same idempotency key where there is one).',
  },
  TOO_MANY_SUBSCRIPTIONS: { meaning: 'This WebSocket already carries as many subscriptions as one connection may.' },
  SUBSCRIPTIONS_EXHAUSTED: { meaning: 'The gateway serves as many subscriptions as it will: try again later.' },
  SERVICE_UNAVAILABLE: { meaning: 'The gateway is still loading its schema: try again shortly.' },
  INTERNAL_SERVER_ERROR: {
    meaning: 'Something broke on our side; the message never says what (it is logged).',
    http: '200, or 500 when nothing could run',
  },
} as const satisfies Record<string, CodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);

export interface ProblemEnum {
  readonly subgraph: string;
  /** The result type whose `code` field carries the problem. */
  readonly result: string;
  readonly description: string;
  /** Each value with its meaning, in the order the schema lists them. */
  readonly values: Readonly<Record<string, string>>;
}

/** Typed result problems: expected outcomes a screen branches on (`code` of a `…Result`), by GraphQL enum. */
export const RESULT_PROBLEMS = {
  BetProblem: {
    subgraph: 'games',
    result: 'BetResult',
    description: 'Why a bet was refused (an expected outcome, not an error).',
    values: {
      INSUFFICIENT_FUNDS: 'The balance does not cover the stake.',
      GAME_DISABLED: 'The casino has switched this game off.',
      STAKE_OUT_OF_LIMITS:
        'The stake is below the minimum or above the maximum for this game and asset (see minStake/maxStake).',
      ASSET_NOT_SUPPORTED: 'This game cannot be played in this asset here.',
      RESPONSIBLE_GAMBLING: 'A responsible-gambling restriction (self-exclusion, cool-off, a limit) stops betting now.',
      ROUND_OPEN: 'Finish your open round of this game first.',
      MAX_BET_EXCEEDED: 'A bonus is wagering: its maximum bet applies (see maxStake).',
      ROUND_NOT_ACTIVE:
        'playRound or cashOut on a bet that is not an open round: an instant bet (settled at once) or a refused round.',
      ASSET_NOT_OFFERED: 'The casino does not offer this currency (its currency list).',
    },
  },
  ClaimBonusProblem: {
    subgraph: 'bonus',
    result: 'ClaimBonusResult',
    description: 'Why a claim was refused (an expected outcome, not an error).',
    values: {
      CAMPAIGN_NOT_FOUND: 'No such bonus (or no open bonus with that code).',
      CAMPAIGN_NOT_ACTIVE: 'The bonus is paused or ended.',
      CAMPAIGN_CLOSED: 'The bonus stopped accepting claims.',
      NEW_PLAYERS_ONLY: 'Only for players without an earlier deposit or bonus claim here.',
      OPT_IN_CODE_REQUIRED: 'The bonus needs its code.',
      INVALID_OPT_IN_CODE: 'The code does not match.',
      ALREADY_CLAIMED: 'One claim per bonus per player.',
      CLAIM_VELOCITY_EXCEEDED: 'Too many claims in 24 hours; see retryAfter.',
      DEPOSIT_REQUIRED: 'RELOAD: only for players who have deposited before.',
      NOT_CLAIMABLE: 'This kind of bonus cannot be claimed here.',
    },
  },
  CancelBonusProblem: {
    subgraph: 'bonus',
    result: 'CancelBonusResult',
    description: 'Why a cancellation was refused.',
    values: { NOT_CANCELLABLE: 'Only an ACTIVE bonus can be cancelled.' },
  },
  AdjustmentProblem: {
    subgraph: 'wallet',
    result: 'AdjustmentResult',
    description: 'Why an adjustment action was refused (an expected outcome, not an error).',
    values: {
      INSUFFICIENT_FUNDS:
        'The debit would take the player’s available balance below zero; the adjustment stays pending.',
      SAME_OPERATOR:
        'The operator who requested the adjustment cannot approve it; four eyes need a different FINANCE operator.',
      NOT_PENDING: 'The adjustment was already approved or rejected.',
    },
  },
  WithdrawalProblem: {
    subgraph: 'wallet',
    result: 'WithdrawalResult',
    description: 'Why a withdrawal action was refused (an expected outcome, not an error).',
    values: {
      INSUFFICIENT_FUNDS: 'The available balance does not cover the amount.',
      LIMIT_REACHED:
        'The player’s daily withdrawal limit would be exceeded, or the casino switched withdrawals off (a daily limit of 0).',
      NOT_PENDING: 'The withdrawal no longer awaits approval (already processing, paid, rejected or cancelled).',
      ALREADY_APPROVED: 'This operator already approved it; four eyes need a different operator.',
    },
  },
} as const satisfies Record<string, ProblemEnum>;

export type ProblemEnumName = keyof typeof RESULT_PROBLEMS;
export type ProblemCode<E extends ProblemEnumName> = keyof (typeof RESULT_PROBLEMS)[E]['values'] & string;

/** The values of a problem enum, in schema order. */
export const problemCodes = <E extends ProblemEnumName>(name: E) =>
  Object.keys(RESULT_PROBLEMS[name].values) as ProblemCode<E>[];

/** The enum object and `registerEnumType` options of a problem enum: its GraphQL shape comes from here. */
export function problemEnum<E extends ProblemEnumName>(name: E) {
  const spec: ProblemEnum = RESULT_PROBLEMS[name];
  const values = Object.fromEntries(Object.keys(spec.values).map((code) => [code, code])) as {
    [K in ProblemCode<E>]: K;
  };
  const valuesConfig = Object.fromEntries(
    Object.entries(spec.values).map(([code, description]) => [code, { description }]),
  );
  return { values, options: { name, description: spec.description, valuesConfig } };
}

/** `fields[].code` in a BAD_USER_INPUT from the bonus campaign checks (the other subgraphs name problems in text only). */
export const FIELD_PROBLEM_CODES = {
  REQUIRED: 'The field is missing.',
  NOT_INTEGER: 'The field must be a whole number.',
  OUT_OF_RANGE: 'The number is outside its allowed range.',
  INVALID_FORMAT: 'The text does not have the required form.',
  UNKNOWN_VALUE: 'Not one of the allowed values (or already used by another open campaign).',
  IN_PAST: 'The time is in the past.',
  NEVER_WAGERABLE: 'With these terms the bonus could never be wagered.',
  ASSET_NOT_OFFERED: 'The casino does not offer this currency.',
} as const satisfies Record<string, string>;

export type FieldProblemCode = keyof typeof FIELD_PROBLEM_CODES;

export interface InternalCodeEntry {
  readonly meaning: string;
  readonly status: number;
}

/**
 * `{ ok: false, code, message }` answers of the internal listeners (service-to-service, never published):
 * the wallet's transfer API above all (`POST /internal/v1/…`), and the routes every internal listener has.
 */
export const INTERNAL_API_CODES = {
  INVALID_REQUEST: {
    status: 400,
    meaning: 'The body is not the operation’s JSON (a field missing or malformed; a batch not 1–64 calls).',
  },
  INVALID_AMOUNT: { status: 400, meaning: 'An amount is not a positive decimal string of minor units.' },
  AMOUNT_OUT_OF_RANGE: {
    status: 400,
    meaning: 'An amount is above its asset’s maximum, or a balance would leave what the ledger holds.',
  },
  UNBALANCED: { status: 400, meaning: 'The entries would not sum to zero per asset.' },
  PLAYER_TENANT_MISMATCH: { status: 403, meaning: 'The player belongs to another casino.' },
  FORBIDDEN: { status: 403, meaning: 'This calling service may not call this route or operation.' },
  UNAUTHENTICATED: {
    status: 401,
    meaning: 'The request is not signed by a known service (or the signature is stale or replayed).',
  },
  INVALID_SIGNATURE: { status: 401, meaning: 'A payment provider webhook whose signature is missing, stale or wrong.' },
  UNKNOWN_ASSET: { status: 404, meaning: 'No such asset.' },
  TRANSFER_NOT_FOUND: { status: 404, meaning: 'No such transfer (a win or rollback whose bet the wallet never saw).' },
  HOLD_NOT_FOUND: { status: 404, meaning: 'No such hold.' },
  UNKNOWN_OPERATION: { status: 404, meaning: 'There is no wallet operation of this name.' },
  NOT_FOUND: { status: 404, meaning: 'There is no such internal route.' },
  IDEMPOTENCY_KEY_REUSED: { status: 409, meaning: 'The key was used for a different request.' },
  ALREADY_REVERSED: { status: 409, meaning: 'The transfer was already reversed.' },
  NOT_REVERSIBLE: { status: 409, meaning: 'This transfer cannot be reversed.' },
  HOLD_NOT_PENDING: { status: 409, meaning: 'The hold was already captured or released.' },
  BET_ROLLED_BACK: { status: 409, meaning: 'The bet was rolled back: it cannot be paid.' },
  PAYMENT_MISMATCH: {
    status: 422,
    meaning:
      'A payment webhook’s event does not match the deposit or withdrawal it names (the webhook answers other refusals 400).',
  },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'The request body is too large.' },
  INSUFFICIENT_FUNDS: { status: 422, meaning: 'The balance does not cover the debit.' },
  INTERNAL: { status: 500, meaning: 'The call failed on the callee’s side; the caller retries with the same key.' },
} as const satisfies Record<string, InternalCodeEntry>;

export type InternalApiCode = keyof typeof INTERNAL_API_CODES;

/** The HTTP status of an internal API refusal: 400 for a code the table does not list. */
export const internalStatus = (code: string): number =>
  Object.hasOwn(INTERNAL_API_CODES, code) ? INTERNAL_API_CODES[code as InternalApiCode].status : 400;
