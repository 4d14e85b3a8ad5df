export { MoneyScalar, parseMinorUnits, toMinorUnits, formatMinorUnits } from './money.js';
export { readAmount, AMOUNT_PROBLEMS, MAX_AMOUNT_LENGTH, type AmountProblem, type AmountReading } from './amount.js';
export {
  PLATFORM_ASSETS,
  TENANT_CREDITS,
  ASSET_KINDS,
  ASSET_CODES,
  AMOUNT_CEILING,
  BALANCE_CEILING,
  findAsset,
  type AssetKind,
  type AssetSpec,
} from './assets.js';
export { CodedError, notFound, forbidden, badInput, invalidField, formatError } from './errors.js';
export {
  ERROR_CODES,
  RESULT_PROBLEMS,
  FIELD_PROBLEM_CODES,
  INTERNAL_API_CODES,
  isErrorCode,
  internalStatus,
  problemCodes,
  problemEnum,
  type ErrorCode,
  type ProblemCode,
  type FieldProblemCode,
  type InternalApiCode,
} from './error-catalogue.js';
export { buildFederatedSchema, type ReferenceResolvers, type SubgraphBuild } from './subgraph.js';
export {
  requirePrincipal,
  requirePlayer,
  requireOperator,
  requirePlatformAdmin,
  requireScope,
  type BaseContext,
  type PlayerPrincipal,
  type OperatorPrincipal,
} from './context.js';
export {
  startSubgraphServer,
  sendJson,
  readBody,
  graphqlErrorBody,
  GRAPHQL_CALLER,
  type InternalRoute,
  type RunningServer,
  type RouteHandler,
  type SubgraphServerOptions,
} from './server.js';
export {
  consume,
  runSubgraph,
  startSubgraphService,
  type Consumer,
  type RunningSubgraph,
  type ServiceParts,
  type SubgraphEnv,
} from './subgraph-service.js';
export { PageInfo, PageArgs } from './page.types.js';
export { cursorTime, encodeCursor, decodeCursor, toPage, toConnection, type Page } from './keyset.js';
export { isUuid, requireUuid, checkIdempotencyKey, publicTenant } from './arguments.js';
export { batchLoader, requestBatch, type Loader } from './request-loader.js';
export {
  defineSubgraph,
  loadSubgraphModule,
  startFromEnv,
  type StartedSubgraph,
  type SubgraphModule,
} from './subgraph-module.js';
