import { BigWinFields, graphql, JackpotFields, JackpotWinFields } from '@casinox/web';

/*
 * The lobby's live feeds, naming the casino. Signed out, the gateway lets a visitor's socket (no
 * token) watch these topics, and only these, for the casino it names; signed in, the name must be
 * the session's own casino. The shared documents in @casinox/web take no tenant (signed-in only).
 */

/** Every new big win of the casino as it settles (winners by pseudonym). */
export const LobbyBigWinsSubscription = graphql(
  `
    subscription LobbyBigWins($tenantId: ID!) {
      bigWins(tenantId: $tenantId) {
        ...BigWinFields
      }
    }
  `,
  [BigWinFields],
);

/** The casino's jackpot pools as they change (at most a few updates a second per jackpot). */
export const LobbyJackpotUpdatedSubscription = graphql(
  `
    subscription LobbyJackpotUpdated($tenantId: ID!) {
      jackpotUpdated(tenantId: $tenantId) {
        ...JackpotFields
      }
    }
  `,
  [JackpotFields],
);

/** Each jackpot win of the casino as it is paid (the winner only to operators and the winner). */
export const LobbyJackpotWonSubscription = graphql(
  `
    subscription LobbyJackpotWon($tenantId: ID!) {
      jackpotWon(tenantId: $tenantId) {
        ...JackpotWinFields
      }
    }
  `,
  [JackpotWinFields],
);
