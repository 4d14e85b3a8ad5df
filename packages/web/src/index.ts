export { graphql, readFragment, type FragmentOf, type ResultOf, type VariablesOf } from './graphql';
export * from './documents/tenant';
export * from './documents/player';
export * from './documents/operator';
export * from './documents/wallet';
export * from './documents/back-office';
export * from './documents/player-games';
export * from './documents/games-admin';
export * from './documents/bonus';
export * from './documents/jackpot';
export {
  messageForCode,
  problemFromGraphQLErrors,
  problemFromCombinedError,
  fieldMessage,
  formLevelProblem,
  isApiErrorBody,
  type ApiProblem,
  type ApiErrorBody,
} from './errors';
export {
  brandingStyle,
  readableOn,
  safeColour,
  isHexColour,
  isBrandColour,
  DEFAULT_BRANDING,
  type Branding,
} from './branding';
export { SessionProvider, useSession, type SessionValue, type SessionStatus } from './session/session-provider';
export { decodeTokenClaims, type TokenClaims } from './session/token-claims';
export type { SessionTokenBody, SessionResult } from './session/session-types';
export { GraphQLProvider } from './urql/graphql-provider';
export {
  createGraphQLClient,
  toWebSocketUrl,
  WS_UNAUTHORIZED,
  type GraphQLClientOptions,
} from './urql/create-graphql-client';
export * from './ui/form-controls';
export { useSubmissionKey } from './ui/use-submission-key';
export { formatMoney, isZeroMoney, parseMinorUnits, type FormatMoneyOptions } from './money/format-money';
export { parseMoneyInput, type ParseMoneyInputResult } from './money/parse-money-input';
export { assetScale, assetMaxAmount } from './money/asset-scales';
export {
  approvalProgress,
  WITHDRAWAL_STATUS_LABELS,
  withdrawalProblemMessage,
  type WithdrawalProblemCode,
  type WithdrawalStatusName,
} from './wallet/withdrawal-status';
export {
  ADJUSTMENT_STATUS_LABELS,
  adjustmentProblemMessage,
  canApproveAdjustment,
  type AdjustmentProblemCode,
  type AdjustmentStatusName,
} from './wallet/adjustment-status';
export {
  TRANSACTION_KIND_LABELS,
  TRANSACTION_KINDS,
  isTransactionKind,
  type TransactionKind,
} from './wallet/transaction-kinds';
export {
  buildTransactionFilter,
  EMPTY_TRANSACTION_FILTER,
  type BuildFilterResult,
  type TransactionFilter,
  type TransactionFilterForm,
} from './wallet/build-transaction-filter';
