import { graphql } from '../graphql';

// Bonuses: the player's offers, claims and wagering progress (live through `bonusUpdated`), and
// the operator's campaigns and rules. Money fields are Money strings (minor units of the asset).

export const BonusFields = graphql(`
  fragment BonusFields on Bonus {
    id
    campaignId
    campaignName
    asset
    state
    bonusAmount
    wagered
    wageringRequired
    wageringPercent
    converted
    forfeited
    maxCashOut
    funded
    grantedAt
    activatedAt
    expiresAt
    endedAt
  }
`);

export const BonusCampaignFields = graphql(`
  fragment BonusCampaignFields on BonusCampaign {
    id
    name
    kind
    status
    asset
    amount
    percentBp
    cap
    minDeposit
    cashbackPeriod
    freeBetCount
    freeBetGame
    freeBetStake
    wageringMultiplier
    contributionWeights {
      game
      percent
    }
    maxBet {
      asset
      amount
    }
    maxCashOut
    expiresInDays
    validUntil
    newPlayersOnly
    requiresOptInCode
    optInCode
    spendOrder
    claims
    createdAt
    updatedAt
  }
`);

/** What the signed-in player may claim now, and their bonuses (newest first). */
export const MyBonusesQuery = graphql(
  `
    query MyBonuses($first: Int!) {
      availableBonuses {
        ...BonusCampaignFields
      }
      myBonuses(first: $first) {
        edges {
          node {
            ...BonusFields
          }
        }
      }
    }
  `,
  [BonusCampaignFields, BonusFields],
);

/** The player's bonuses as they change: claimed, activated, each wagered bet, converted, ended. */
export const BonusUpdatedSubscription = graphql(
  `
    subscription BonusUpdated {
      bonusUpdated {
        ...BonusFields
      }
    }
  `,
  [BonusFields],
);

export const ClaimBonusMutation = graphql(
  `
    mutation ClaimBonus($campaignId: ID, $code: String, $idempotencyKey: String!) {
      claimBonus(campaignId: $campaignId, code: $code, idempotencyKey: $idempotencyKey) {
        ok
        code
        message
        retryAfter
        replayed
        bonus {
          ...BonusFields
        }
      }
    }
  `,
  [BonusFields],
);

export const CancelBonusMutation = graphql(
  `
    mutation CancelBonus($bonusId: ID!) {
      cancelBonus(bonusId: $bonusId) {
        ok
        code
        message
        bonus {
          ...BonusFields
        }
      }
    }
  `,
  [BonusFields],
);

/** The casino's campaigns, newest first (operators). */
export const BonusCampaignsQuery = graphql(
  `
    query BonusCampaigns($first: Int!, $after: String, $status: BonusCampaignStatus) {
      bonusCampaigns(first: $first, after: $after, status: $status) {
        edges {
          node {
            ...BonusCampaignFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [BonusCampaignFields],
);

export const BonusSettingsQuery = graphql(`
  query BonusSettings {
    bonusSettings {
      maxWageringMultiplier
      maxClaimsPerDay
    }
    currentTenant {
      id
      currencies
    }
  }
`);

export const UpdateBonusSettingsMutation = graphql(`
  mutation UpdateBonusSettings($maxWageringMultiplier: Int!, $maxClaimsPerDay: Int!) {
    updateBonusSettings(maxWageringMultiplier: $maxWageringMultiplier, maxClaimsPerDay: $maxClaimsPerDay) {
      maxWageringMultiplier
      maxClaimsPerDay
    }
  }
`);

export const CreateBonusCampaignMutation = graphql(
  `
    mutation CreateBonusCampaign($input: BonusCampaignInput!) {
      createBonusCampaign(input: $input) {
        ...BonusCampaignFields
      }
    }
  `,
  [BonusCampaignFields],
);

export const UpdateBonusCampaignMutation = graphql(
  `
    mutation UpdateBonusCampaign($id: ID!, $input: BonusCampaignInput!) {
      updateBonusCampaign(id: $id, input: $input) {
        ...BonusCampaignFields
      }
    }
  `,
  [BonusCampaignFields],
);

export const SetBonusCampaignStatusMutation = graphql(
  `
    mutation SetBonusCampaignStatus($id: ID!, $status: BonusCampaignStatus!) {
      setBonusCampaignStatus(id: $id, status: $status) {
        ...BonusCampaignFields
      }
    }
  `,
  [BonusCampaignFields],
);
