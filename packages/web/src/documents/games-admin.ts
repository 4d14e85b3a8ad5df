import { graphql } from '../graphql';

// The operators' view of the games: the live bet feed, bet search and detail (games' Bet with
// identity's Player on it, through the gateway), game configuration and the RTP report.
// Money fields are decimal strings of minor units of the bet's `asset` (a code: read its scale
// with `assetScale`).

export const BetRowFields = graphql(`
  fragment BetRowFields on Bet {
    id
    sequence
    createdAt
    settledAt
    game
    variant
    asset
    stake
    payout
    multiplier
    status
    playerId
    player {
      id
      displayName
    }
  }
`);

/** Every bet of the operator's casino as it settles: the live feed. */
export const BetSettledSubscription = graphql(
  `
    subscription BetSettled {
      betSettled {
        ...BetRowFields
      }
    }
  `,
  [BetRowFields],
);

/** One page of the casino's bets, newest first (25 rows: the gateway's cost limit counts `first`). */
export const BetsQuery = graphql(
  `
    query Bets($after: String, $filter: BetFilter) {
      bets(first: 25, after: $after, filter: $filter) {
        edges {
          node {
            ...BetRowFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [BetRowFields],
);

/** One bet with its game parameters, outcome and provably fair inputs. */
export const BetDetailQuery = graphql(
  `
    query BetDetail($id: ID!) {
      bet(id: $id) {
        ...BetRowFields
        rejectionCode
        params
        outcome
        player {
          id
          displayName
          email
        }
        fairness {
          seedPairId
          serverSeedHash
          serverSeed
          clientSeed
          nonce
        }
      }
    }
  `,
  [BetRowFields],
);

export const GameConfigFields = graphql(`
  fragment GameConfigFields on Game {
    code
    name
    kind
    enabled
    variant
    rtp
    variants {
      id
      rtp
      description
    }
    limits {
      asset
      minStake
      maxStake
      custom
    }
  }
`);

/**
 * Every game of the catalogue as the operator's casino runs it (operators see disabled ones too),
 * and the casino's currencies (the stake limits an operator looks at first).
 */
export const GamesConfigQuery = graphql(
  `
    query GamesConfig {
      games {
        ...GameConfigFields
      }
      currentTenant {
        id
        currencies
      }
    }
  `,
  [GameConfigFields],
);

/** Switches a game on or off, sets its RTP variant and stake limits (OWNER, ADMIN). */
export const ConfigureGameMutation = graphql(
  `
    mutation ConfigureGame($input: ConfigureGameInput!) {
      configureGame(input: $input) {
        ...GameConfigFields
      }
    }
  `,
  [GameConfigFields],
);

/** Stated against actual RTP per game, variant and asset over the casino's settled bets (OWNER, ADMIN, FINANCE). */
export const GameRtpQuery = graphql(`
  query GameRtp($from: DateTimeISO, $to: DateTimeISO) {
    gameRtp(from: $from, to: $to) {
      game
      variant
      asset
      bets
      staked
      paid
      statedRtp
      actualRtp
    }
  }
`);
