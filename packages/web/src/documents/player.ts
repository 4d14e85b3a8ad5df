import { graphql } from '../graphql';

export const SessionFields = graphql(`
  fragment SessionFields on Session {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
`);

export const RegisterPlayerMutation = graphql(
  `
    mutation RegisterPlayer($input: RegisterPlayerInput!) {
      registerPlayer(input: $input) {
        session {
          ...SessionFields
        }
        player {
          id
          displayName
        }
      }
    }
  `,
  [SessionFields],
);

export const LoginPlayerMutation = graphql(
  `
    mutation LoginPlayer($input: LoginPlayerInput!) {
      loginPlayer(input: $input) {
        session {
          ...SessionFields
        }
        player {
          id
          displayName
        }
      }
    }
  `,
  [SessionFields],
);

export const RefreshSessionMutation = graphql(
  `
    mutation RefreshSession($refreshToken: String!) {
      refreshSession(refreshToken: $refreshToken) {
        ...SessionFields
      }
    }
  `,
  [SessionFields],
);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      email
    }
  }
`);
