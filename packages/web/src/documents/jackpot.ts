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
        nextMinDropValue
        nextMaxDropValue
        dropCommitment
        seeding
      }
    }
  `,
);

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
    drawId
    progressiveProof {
      round
      byteOffset
      word
      hitOneIn
    }
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

/** A draw period running now (FIXED and SPONSORED): what a ticker shows of it. */
export const OpenDrawFields = graphql(`
  fragment OpenDrawFields on JackpotDraw {
    id
    tierCode
    status
    commitment
    openedAt
    closesAt
    entries
  }
`);

/**
 * The casino's jackpots with their pools and each one's draw running now; signed out, name the
 * casino with `tenantId`. The draw is read here, not in `JackpotFields`, so pool pushes stay cheap.
 */
export const JackpotsQuery = graphql(
  `
    query Jackpots($tenantId: ID) {
      jackpots(tenantId: $tenantId) {
        ...JackpotFields
        nextDraw {
          ...OpenDrawFields
        }
      }
    }
  `,
  [JackpotFields, OpenDrawFields],
);

/** Operators: the jackpots with each tier's ledger balance and whether the pool matches it. */
export const AdminJackpotsQuery = graphql(
  `
    query AdminJackpots {
      jackpots {
        ...JackpotFields
        tiers {
          code
          ledgerBalance
          reconciled
          nextDraw {
            ...OpenDrawFields
          }
        }
      }
    }
  `,
  [JackpotFields, OpenDrawFields],
);

/** A draw period with what is needed to verify it once closed (docs: verify-draw). */
export const JackpotDrawFields = graphql(`
  fragment JackpotDrawFields on JackpotDraw {
    id
    jackpotId
    tierCode
    status
    commitment
    serverSeed
    clientSeed
    nonce
    openedAt
    closesAt
    closedAt
    entries
    entriesDigest
    totalTickets
    ticket
    winnerBetId
    winnerPlayerId
    winId
    prize
  }
`);

/** A jackpot's draws, newest period first. */
export const JackpotDrawsQuery = graphql(
  `
    query JackpotDraws($jackpotId: ID!, $first: Int!, $after: String, $tenantId: ID) {
      jackpotDraws(jackpotId: $jackpotId, first: $first, after: $after, tenantId: $tenantId) {
        edges {
          node {
            ...JackpotDrawFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [JackpotDrawFields],
);

/** One draw with its entry list (the winners' wall's "verify this draw"). */
export const JackpotDrawQuery = graphql(
  `
    query JackpotDraw($id: ID!, $tenantId: ID) {
      jackpotDraw(id: $id, tenantId: $tenantId) {
        ...JackpotDrawFields
        entryList {
          betId
          stake
        }
      }
    }
  `,
  [JackpotDrawFields],
);

/** Closes the running draw period of a FIXED or SPONSORED jackpot now (OWNER, ADMIN). */
export const DrawJackpotNowMutation = graphql(
  `
    mutation DrawJackpotNow($jackpotId: ID!, $tierCode: String) {
      drawJackpotNow(jackpotId: $jackpotId, tierCode: $tierCode) {
        ...JackpotDrawFields
      }
    }
  `,
  [JackpotDrawFields],
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

/** Edits a live jackpot (OWNER, ADMIN): what may change while its pools hold money; the pools are not touched. */
export const UpdateJackpotMutation = graphql(
  `
    mutation UpdateJackpot($id: ID!, $input: UpdateJackpotInput!) {
      updateJackpot(id: $id, input: $input) {
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
