import { graphql } from '../graphql';

// The player's side of the games: the lobby's catalogue and big wins, bets and rounds, the bet
// history and the provably fair seeds. Money fields are Money strings (minor units); `params` and
// `outcome` are JSON objects whose shape depends on the game (see docs/provably-fair.md): screens
// read them through their own type guards, never by trusting the shape.

export const StakeLimitFields = graphql(`
  fragment StakeLimitFields on StakeLimit {
    asset
    minStake
    maxStake
  }
`);

export const GameFields = graphql(
  `
    fragment GameFields on Game {
      code
      name
      kind
      enabled
      rtp
      variant
      limits {
        ...StakeLimitFields
      }
    }
  `,
  [StakeLimitFields],
);

/** The casino's enabled games with their stake limits; signed out, name the casino with `tenantId`. */
export const GamesQuery = graphql(
  `
    query Games($tenantId: ID) {
      games(tenantId: $tenantId) {
        ...GameFields
      }
    }
  `,
  [GameFields],
);

export const BigWinFields = graphql(`
  fragment BigWinFields on BigWin {
    id
    playerAlias
    game
    asset
    stake
    payout
    multiplier
    at
  }
`);

/** The lobby ticker's first page: the casino's latest wins of ≥ 10× the stake. */
export const BigWinsQuery = graphql(
  `
    query BigWins($tenantId: ID, $first: Int!) {
      bigWins(tenantId: $tenantId, first: $first) {
        ...BigWinFields
      }
    }
  `,
  [BigWinFields],
);

/** Every new big win of the casino, as it settles (needs a session in the tenant). */
export const BigWinsSubscription = graphql(
  `
    subscription BigWinsLive {
      bigWins {
        ...BigWinFields
      }
    }
  `,
  [BigWinFields],
);

export const BetFairnessFields = graphql(`
  fragment BetFairnessFields on BetFairness {
    seedPairId
    serverSeedHash
    serverSeed
    clientSeed
    nonce
  }
`);

export const BetFields = graphql(
  `
    fragment BetFields on Bet {
      id
      game
      asset
      stake
      payout
      multiplier
      status
      variant
      params
      outcome
      rejectionCode
      createdAt
      settledAt
      fairness {
        ...BetFairnessFields
      }
    }
  `,
  [BetFairnessFields],
);

/** What every bet mutation answers: the bet, or a typed refusal (`code`) with the limits when they apply. */
export const BetResultFields = graphql(
  `
    fragment BetResultFields on BetResult {
      ok
      code
      message
      minStake
      maxStake
      balanceAfter
      replayed
      bet {
        ...BetFields
      }
    }
  `,
  [BetFields],
);

/**
 * An instant bet (dice, limbo, roulette, slots), settled at once. Retrying with the same
 * idempotencyKey returns the first result; SETTLEMENT_PENDING (an error) means: retry with it.
 */
export const PlaceBetMutation = graphql(
  `
    mutation PlaceBet($input: PlaceBetInput!) {
      placeBet(input: $input) {
        ...BetResultFields
      }
    }
  `,
  [BetResultFields],
);

/** Opens a round of a multi-step game (mines): the stake is debited, the bet is OPEN. */
export const StartRoundMutation = graphql(
  `
    mutation StartRound($input: PlaceBetInput!) {
      startRound(input: $input) {
        ...BetResultFields
      }
    }
  `,
  [BetResultFields],
);

/** One step of an open round, e.g. `{ reveal: 12 }` in mines. */
export const PlayRoundMutation = graphql(
  `
    mutation PlayRound($betId: ID!, $action: JSONObject!) {
      playRound(betId: $betId, action: $action) {
        ...BetResultFields
      }
    }
  `,
  [BetResultFields],
);

/** Ends an open round at its current multiplier and pays it. */
export const CashOutMutation = graphql(
  `
    mutation CashOut($betId: ID!) {
      cashOut(betId: $betId) {
        ...BetResultFields
      }
    }
  `,
  [BetResultFields],
);

/** The signed-in player's bets, newest first (a game's recent bets; an open mines round to resume). */
export const MyBetsQuery = graphql(
  `
    query MyBets($first: Int!, $after: String, $filter: BetFilter) {
      myBets(first: $first, after: $after, filter: $filter) {
        edges {
          node {
            ...BetFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [BetFields],
);

/** One of the signed-in player's bets (the fairness page opens it to verify). */
export const MyBetQuery = graphql(
  `
    query MyBet($id: ID!) {
      myBet(id: $id) {
        ...BetFields
      }
    }
  `,
  [BetFields],
);

/** The signed-in player's bets as they settle: this tab's, another tab's, a recovered one. */
export const MyBetsSubscription = graphql(
  `
    subscription MyBetsLive {
      myBets {
        ...BetFields
      }
    }
  `,
  [BetFields],
);

export const ActiveSeedPairFields = graphql(`
  fragment ActiveSeedPairFields on ActiveSeedPair {
    id
    serverSeedHash
    clientSeed
    nextNonce
    createdAt
  }
`);

export const RevealedSeedPairFields = graphql(`
  fragment RevealedSeedPairFields on RevealedSeedPair {
    id
    serverSeedHash
    serverSeed
    clientSeed
    nextNonce
    createdAt
    revealedAt
  }
`);

/** The seed pair the next bet will use: the server seed's hash (the commitment), client seed, nonce. */
export const MyFairnessQuery = graphql(
  `
    query MyFairness {
      myFairness {
        ...ActiveSeedPairFields
      }
    }
  `,
  [ActiveSeedPairFields],
);

/** The player's revealed seed pairs, newest first, a page at a time. */
export const MyRevealedSeedPairsQuery = graphql(
  `
    query MyRevealedSeedPairs($after: String) {
      myRevealedSeedPairs(first: 10, after: $after) {
        edges {
          node {
            ...RevealedSeedPairFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [RevealedSeedPairFields],
);

/** Reveals the current server seed and commits a new one with this client seed (random when null). */
export const RotateSeedMutation = graphql(
  `
    mutation RotateSeed($clientSeed: String) {
      rotateSeed(clientSeed: $clientSeed) {
        current {
          ...ActiveSeedPairFields
        }
        revealed {
          ...RevealedSeedPairFields
        }
      }
    }
  `,
  [ActiveSeedPairFields, RevealedSeedPairFields],
);
