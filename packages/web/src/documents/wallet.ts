import { graphql } from '../graphql';

// Money fields are decimal strings of minor units: read them with the asset's scale
// (`formatMoney`), never through a JS number. The asset is selected inline in each fragment (not
// a fragment of its own) so screens read `wallet.asset.scale` without unmasking twice.

export const WalletFields = graphql(`
  fragment WalletFields on Wallet {
    asset {
      code
      kind
      scale
    }
    balance
    available
    held
    bonusBalance
  }
`);

/** The signed-in player's balances, and the tenant's currencies (the first is the main one). */
export const MyWalletsQuery = graphql(
  `
    query MyWallets {
      myWallets {
        ...WalletFields
      }
      currentTenant {
        id
        mainCurrency
        currencies
      }
    }
  `,
  [WalletFields],
);

export const WalletTransactionFields = graphql(`
  fragment WalletTransactionFields on WalletTransaction {
    id
    kind
    amount
    balanceAfter
    bucket
    reference
    createdAt
    asset {
      code
      kind
      scale
    }
  }
`);

/** One page of the signed-in player's history, newest first (25 rows: the gateway's cost limit counts `first`). */
export const MyTransactionsQuery = graphql(
  `
    query MyTransactions($after: String, $filter: WalletTransactionFilter) {
      myTransactions(first: 25, after: $after, filter: $filter) {
        edges {
          cursor
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
  `,
  [WalletTransactionFields],
);

export const TreasuryBalanceFields = graphql(`
  fragment TreasuryBalanceFields on TreasuryBalance {
    account
    reference
    balance
    asset {
      code
      kind
      scale
    }
  }
`);

/** The operator's current tenant's own accounts (house, pools, escrow, clearing, commission). */
export const TreasuryQuery = graphql(
  `
    query Treasury {
      currentTenant {
        id
        name
        mainCurrency
        treasury {
          ...TreasuryBalanceFields
        }
      }
    }
  `,
  [TreasuryBalanceFields],
);

/**
 * Pushed by the gateway after every committed change to any of the signed-in player's balances
 * (a deposit, a bet, a win, a withdrawal hold): the full list of their wallets.
 */
export const MyBalanceSubscription = graphql(
  `
    subscription MyBalance {
      myBalance {
        ...WalletFields
      }
    }
  `,
  [WalletFields],
);

export const DepositFields = graphql(`
  fragment DepositFields on Deposit {
    id
    status
    amount
    checkoutUrl
    failureReason
    createdAt
    asset {
      code
      scale
    }
  }
`);

/** Starts a deposit: PENDING with the provider's checkout URL. Idempotent by key (reuse it on a retry). */
export const StartDepositMutation = graphql(
  `
    mutation StartDeposit($asset: String!, $amount: Money!, $idempotencyKey: String!) {
      startDeposit(asset: $asset, amount: $amount, idempotencyKey: $idempotencyKey) {
        ...DepositFields
      }
    }
  `,
  [DepositFields],
);

/** One of the signed-in player's deposits, to follow it after the checkout. */
export const MyDepositQuery = graphql(
  `
    query MyDeposit($id: ID!) {
      myDeposit(id: $id) {
        ...DepositFields
      }
    }
  `,
  [DepositFields],
);

export const WithdrawalFields = graphql(`
  fragment WithdrawalFields on Withdrawal {
    id
    playerId
    status
    amount
    approvalsRequired
    approvedBy
    reason
    createdAt
    asset {
      code
      scale
    }
  }
`);

export const WithdrawalResultFields = graphql(
  `
    fragment WithdrawalResultFields on WithdrawalResult {
      ok
      code
      message
      withdrawal {
        ...WithdrawalFields
      }
    }
  `,
  [WithdrawalFields],
);

/** Asks for a payout; refusals (INSUFFICIENT_FUNDS, LIMIT_REACHED) are results, not errors. */
export const RequestWithdrawalMutation = graphql(
  `
    mutation RequestWithdrawal($asset: String!, $amount: Money!, $idempotencyKey: String!) {
      requestWithdrawal(asset: $asset, amount: $amount, idempotencyKey: $idempotencyKey) {
        ...WithdrawalResultFields
      }
    }
  `,
  [WithdrawalResultFields],
);

export const CancelWithdrawalMutation = graphql(
  `
    mutation CancelWithdrawal($id: ID!) {
      cancelWithdrawal(id: $id) {
        ...WithdrawalResultFields
      }
    }
  `,
  [WithdrawalResultFields],
);

/** One of the signed-in player's withdrawals (there is no list query: the screen follows the ones it created). */
export const MyWithdrawalQuery = graphql(
  `
    query MyWithdrawal($id: ID!) {
      myWithdrawal(id: $id) {
        ...WithdrawalFields
      }
    }
  `,
  [WithdrawalFields],
);

/** The operator's tenant's withdrawals awaiting approval, oldest first (FINANCE or OWNER). */
export const WithdrawalApprovalQueueQuery = graphql(
  `
    query WithdrawalApprovalQueue {
      withdrawalApprovalQueue(first: 50) {
        ...WithdrawalFields
      }
    }
  `,
  [WithdrawalFields],
);

export const ApproveWithdrawalMutation = graphql(
  `
    mutation ApproveWithdrawal($id: ID!) {
      approveWithdrawal(id: $id) {
        ...WithdrawalResultFields
      }
    }
  `,
  [WithdrawalResultFields],
);

export const RejectWithdrawalMutation = graphql(
  `
    mutation RejectWithdrawal($id: ID!, $reason: String!) {
      rejectWithdrawal(id: $id, reason: $reason) {
        ...WithdrawalResultFields
      }
    }
  `,
  [WithdrawalResultFields],
);
