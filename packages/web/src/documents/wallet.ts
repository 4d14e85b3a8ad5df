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
