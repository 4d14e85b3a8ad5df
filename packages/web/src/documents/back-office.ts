import { graphql } from '../graphql';
import { WalletFields, WalletTransactionFields } from './wallet';

// The operators' view of players and money: player search and ledger (identity's Player with the
// wallet's fields on it, through the gateway), manual adjustments and reconciliation.

export const PlayerRowFields = graphql(`
  fragment PlayerRowFields on Player {
    id
    displayName
    email
    status
    createdAt
  }
`);

/** Players of the operator's tenant: by display name or email containing the text, or the start of their id. */
export const PlayersQuery = graphql(
  `
    query Players($search: String, $after: String) {
      players(search: $search, first: 25, after: $after) {
        edges {
          node {
            ...PlayerRowFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [PlayerRowFields],
);

/** One player of the operator's tenant with their balances (null for anyone else's). */
export const PlayerDetailQuery = graphql(
  `
    query PlayerDetail($id: ID!) {
      player(id: $id) {
        ...PlayerRowFields
        wallets {
          ...WalletFields
        }
      }
    }
  `,
  [PlayerRowFields, WalletFields],
);

/** One page of a player's ledger, newest first (25 rows), narrowed by kind, asset and date. */
export const PlayerTransactionsQuery = graphql(
  `
    query PlayerTransactions($id: ID!, $after: String, $filter: WalletTransactionFilter) {
      player(id: $id) {
        id
        transactions(first: 25, after: $after, filter: $filter) {
          edges {
            node {
              ...WalletTransactionFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  `,
  [WalletTransactionFields],
);

export const AdjustmentFields = graphql(`
  fragment AdjustmentFields on Adjustment {
    id
    playerId
    amount
    reason
    status
    requestedBy
    decidedBy
    decisionReason
    decidedAt
    createdAt
    asset {
      code
      scale
    }
    player {
      id
      displayName
    }
  }
`);

export const AdjustmentResultFields = graphql(
  `
    fragment AdjustmentResultFields on AdjustmentResult {
      ok
      code
      message
      adjustment {
        ...AdjustmentFields
      }
    }
  `,
  [AdjustmentFields],
);

/** The tenant's adjustments, newest first, optionally by status or player. */
export const AdjustmentsQuery = graphql(
  `
    query Adjustments($filter: AdjustmentFilter, $after: String) {
      adjustments(filter: $filter, first: 25, after: $after) {
        edges {
          node {
            ...AdjustmentFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [AdjustmentFields],
);

/** A signed manual credit (positive) or debit (negative) of a player's cash; nothing moves until another operator approves. */
export const RequestAdjustmentMutation = graphql(
  `
    mutation RequestAdjustment($playerId: ID!, $asset: String!, $amount: Money!, $reason: String!, $idempotencyKey: String!) {
      requestAdjustment(playerId: $playerId, asset: $asset, amount: $amount, reason: $reason, idempotencyKey: $idempotencyKey) {
        ...AdjustmentResultFields
      }
    }
  `,
  [AdjustmentResultFields],
);

export const ApproveAdjustmentMutation = graphql(
  `
    mutation ApproveAdjustment($id: ID!, $idempotencyKey: String!) {
      approveAdjustment(id: $id, idempotencyKey: $idempotencyKey) {
        ...AdjustmentResultFields
      }
    }
  `,
  [AdjustmentResultFields],
);

export const RejectAdjustmentMutation = graphql(
  `
    mutation RejectAdjustment($id: ID!, $reason: String!, $idempotencyKey: String!) {
      rejectAdjustment(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
        ...AdjustmentResultFields
      }
    }
  `,
  [AdjustmentResultFields],
);

export const ReconciliationRunFields = graphql(`
  fragment ReconciliationRunFields on ReconciliationRun {
    id
    status
    accountsChecked
    transfersChecked
    startedAt
    finishedAt
    findings {
      kind
      asset
      accountId
      transferId
      observed
      expected
      message
    }
  }
`);

/** The tenant's reconciliation runs, newest first. */
export const ReconciliationRunsQuery = graphql(
  `
    query ReconciliationRuns($after: String) {
      reconciliationRuns(first: 10, after: $after) {
        edges {
          node {
            ...ReconciliationRunFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [ReconciliationRunFields],
);

/** The alert: whether the latest run found discrepancies. */
export const ReconciliationOverviewQuery = graphql(`
  query ReconciliationOverview {
    reconciliationOverview {
      hasDiscrepancies
      openAlerts
      latestRun {
        id
        finishedAt
      }
    }
  }
`);

export const RunReconciliationMutation = graphql(
  `
    mutation RunReconciliation {
      runReconciliation {
        ...ReconciliationRunFields
      }
    }
  `,
  [ReconciliationRunFields],
);
