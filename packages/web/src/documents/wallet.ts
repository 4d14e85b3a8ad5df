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

/**
 * Starts a deposit: PENDING with the provider's checkout URL. Idempotent by key (reuse it on a
 * retry). `returnUrl` (a path on the player site) is where the checkout sends the player back.
 */
export const StartDepositMutation = graphql(
  `
    mutation StartDeposit($asset: String!, $amount: Money!, $idempotencyKey: String!, $returnUrl: String) {
      startDeposit(asset: $asset, amount: $amount, idempotencyKey: $idempotencyKey, returnUrl: $returnUrl) {
        ...DepositFields
      }
    }
  `,
  [DepositFields],
);

/** The signed-in player's deposits with their status, newest first. */
export const MyDepositsQuery = graphql(
  `
    query MyDeposits($after: String) {
      myDeposits(first: 10, after: $after) {
        edges {
          node {
            ...DepositFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
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

/**
 * Asks for a payout; refusals (INSUFFICIENT_FUNDS, LIMIT_REACHED) are results, not errors. A
 * player holding bonus money in the asset gets the error BONUS_FORFEIT_CONFIRMATION_REQUIRED
 * (extensions: forfeitAmount, asset) until they re-send with `forfeitBonus: true`.
 */
export const RequestWithdrawalMutation = graphql(
  `
    mutation RequestWithdrawal($asset: String!, $amount: Money!, $idempotencyKey: String!, $forfeitBonus: Boolean) {
      requestWithdrawal(asset: $asset, amount: $amount, idempotencyKey: $idempotencyKey, forfeitBonus: $forfeitBonus) {
        ...WithdrawalResultFields
      }
    }
  `,
  [WithdrawalResultFields],
);

export const CancelWithdrawalMutation = graphql(
  `
    mutation CancelWithdrawal($id: ID!, $idempotencyKey: String!) {
      cancelWithdrawal(id: $id, idempotencyKey: $idempotencyKey) {
        ...WithdrawalResultFields
      }
    }
  `,
  [WithdrawalResultFields],
);

/** The signed-in player's withdrawals with their status, newest first. */
export const MyWithdrawalsQuery = graphql(
  `
    query MyWithdrawals($after: String) {
      myWithdrawals(first: 10, after: $after) {
        edges {
          node {
            ...WithdrawalFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [WithdrawalFields],
);

/** The operator's tenant's withdrawals awaiting approval, oldest first (FINANCE or OWNER). */
export const WithdrawalApprovalQueueQuery = graphql(
  `
    query WithdrawalApprovalQueue($after: String) {
      withdrawalApprovalQueue(first: 25, after: $after) {
        edges {
          node {
            ...WithdrawalFields
            player {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [WithdrawalFields],
);

export const ApproveWithdrawalMutation = graphql(
  `
    mutation ApproveWithdrawal($id: ID!, $idempotencyKey: String!) {
      approveWithdrawal(id: $id, idempotencyKey: $idempotencyKey) {
        ...WithdrawalResultFields
      }
    }
  `,
  [WithdrawalResultFields],
);

export const RejectWithdrawalMutation = graphql(
  `
    mutation RejectWithdrawal($id: ID!, $reason: String!, $idempotencyKey: String!) {
      rejectWithdrawal(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
        ...WithdrawalResultFields
      }
    }
  `,
  [WithdrawalResultFields],
);

/**
 * The tenant's withdrawal rules (any operator reads them). Both amounts are minor units of
 * `mainCurrency`: read and type them with its scale. `updatedBy` comes from identity.
 */
export const WalletSettingsFields = graphql(`
  fragment WalletSettingsFields on WalletSettings {
    mainCurrency {
      code
      kind
      scale
    }
    dailyWithdrawalLimit
    approvalThreshold
    isDefault
    updatedAt
    updatedBy {
      id
      displayName
    }
    mainCurrencyChoices {
      code
      kind
      scale
    }
  }
`);

export const WalletSettingsQuery = graphql(
  `
    query WalletSettings {
      walletSettings {
        ...WalletSettingsFields
      }
    }
  `,
  [WalletSettingsFields],
);

/** Replaces the rules as a whole (FINANCE or OWNER); bad input is BAD_USER_INPUT naming the field. */
export const UpdateWalletSettingsMutation = graphql(
  `
    mutation UpdateWalletSettings($input: UpdateWalletSettingsInput!) {
      updateWalletSettings(input: $input) {
        ...WalletSettingsFields
      }
    }
  `,
  [WalletSettingsFields],
);
