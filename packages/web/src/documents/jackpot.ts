import { graphql } from '../graphql';

// Jackpots: pools per tier (live through `jackpotUpdated`), wins with the data to verify them
// (live through `jackpotWon`), the player's opt-in, and the operator's configuration. Tiers are
// selected inline (not a fragment of their own) so screens read `jackpot.tiers[i].pool` directly.

export const JackpotFields = graphql(
  `
    fragment JackpotFields on Jackpot {
      id
      name
      type
      status
      asset
      contributionBasisPoints
      gameCodes
      optIn
      optedIn
      resetMinuteUtc
      fairnessSlot
      createdAt
      tiers {
        code
        pool
        seedAmount
        contributionShareBasisPoints
        hitOneIn
        minDropValue
        maxDropValue
        dropCommitment
        seeding
      }
    }
  `);

export const JackpotWinFields = graphql(`
  fragment JackpotWinFields on JackpotWin {
    id
    jackpotId
    tierCode
    asset
    amount
    betId
    playerId
    paid
    wonAt
    proof {
      clientSeed
      dropValue
      minDropValue
      maxDropValue
      nonce
      seeding
      serverSeed
      serverSeedHash
    }
  }
`);

/** The casino's jackpots with their pools; signed out, name the casino with `tenantId`. */
export const JackpotsQuery = graphql(
  `
    query Jackpots($tenantId: ID) {
      jackpots(tenantId: $tenantId) {
        ...JackpotFields
      }
    }
  `,
  [JackpotFields],
);

/** Pools as they change (at most a few updates a second per jackpot; needs a session). */
export const JackpotUpdatedSubscription = graphql(
  `
    subscription JackpotUpdated {
      jackpotUpdated {
        ...JackpotFields
      }
    }
  `,
  [JackpotFields],
);

/** The winners' wall: the casino's wins, newest first. */
export const JackpotWinsQuery = graphql(
  `
    query JackpotWins($tenantId: ID, $jackpotId: ID, $first: Int!, $after: String) {
      jackpotWins(tenantId: $tenantId, jackpotId: $jackpotId, first: $first, after: $after) {
        edges {
          node {
            ...JackpotWinFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [JackpotWinFields],
);

/** Each win as it is paid (needs a session). */
export const JackpotWonSubscription = graphql(
  `
    subscription JackpotWon {
      jackpotWon {
        ...JackpotWinFields
      }
    }
  `,
  [JackpotWinFields],
);

export const SetJackpotOptInMutation = graphql(
  `
    mutation SetJackpotOptIn($jackpotId: ID!, $optIn: Boolean!) {
      setJackpotOptIn(jackpotId: $jackpotId, optIn: $optIn) {
        ...JackpotFields
      }
    }
  `,
  [JackpotFields],
);

export const CreateJackpotMutation = graphql(
  `
    mutation CreateJackpot($input: CreateJackpotInput!) {
      createJackpot(input: $input) {
        ...JackpotFields
      }
    }
  `,
  [JackpotFields],
);

export const FundJackpotMutation = graphql(
  `
    mutation FundJackpot($input: FundJackpotInput!) {
      fundJackpot(input: $input) {
        ...JackpotFields
      }
    }
  `,
  [JackpotFields],
);

export const PauseJackpotMutation = graphql(
  `
    mutation PauseJackpot($id: ID!) {
      pauseJackpot(id: $id) {
        ...JackpotFields
      }
    }
  `,
  [JackpotFields],
);

export const ResumeJackpotMutation = graphql(
  `
    mutation ResumeJackpot($id: ID!) {
      resumeJackpot(id: $id) {
        ...JackpotFields
      }
    }
  `,
  [JackpotFields],
);
