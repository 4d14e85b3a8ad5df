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
    endReason
    kind
    depositDeadline
    lapsed
    spendOrder
    bonusGames
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
        enrolled
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

/** What a campaign's bonuses have done so far (operators; null for players). */
export const BonusCampaignStatsFields = graphql(`
  fragment BonusCampaignStatsFields on BonusCampaignStats {
    grants
    pending
    active
    completed
    expired
    cancelled
    granted
    converted
    forfeited
    conversionRate
  }
`);

/** The casino's campaigns with their results, newest first (operators). */
export const BonusCampaignsQuery = graphql(
  `
    query BonusCampaigns($first: Int!, $after: String, $status: BonusCampaignStatus) {
      bonusCampaigns(first: $first, after: $after, status: $status) {
        edges {
          node {
            ...BonusCampaignFields
            stats {
              ...BonusCampaignStatsFields
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
  [BonusCampaignFields, BonusCampaignStatsFields],
);

/**
 * The deposit bonuses the signed-in player may pick when depositing (claimed right before the
 * deposit starts; the deposit grants them), and their bonuses, to show the ones still waiting.
 */
export const DepositBonusesQuery = graphql(
  `
    query DepositBonuses {
      depositMatch: availableBonuses(kind: DEPOSIT_MATCH) {
        ...BonusCampaignFields
      }
      reload: availableBonuses(kind: RELOAD) {
        ...BonusCampaignFields
      }
      myBonuses(first: 20) {
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

/** One player's bonuses with their wagering progress, newest first (operators). */
export const PlayerBonusesQuery = graphql(
  `
    query PlayerBonuses($playerId: ID!, $first: Int!, $after: String) {
      playerBonuses(playerId: $playerId, first: $first, after: $after) {
        edges {
          node {
            ...BonusFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [BonusFields],
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
