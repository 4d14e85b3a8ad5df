import { graphql } from '../graphql';
import { SessionFields } from './player';
import { TenantBrandFields } from './tenant';

// Lists ask for 25 rows a page: the gateway's query-cost limit (5000) counts `first`, and with the
// `__typename`s urql adds a page of 50 operators already costs ~5030.

export const OperatorViewerFields = graphql(`
  fragment OperatorViewerFields on OperatorViewer {
    platformAdmin
    user {
      id
      email
      displayName
    }
    operator {
      id
      role
      status
      displayName
    }
    tenant {
      id
      slug
      name
    }
    memberships {
      id
      role
      status
      tenant {
        id
        slug
        name
      }
    }
  }
`);

export const OperatorLoginMutation = graphql(`
  mutation OperatorLogin($input: OperatorLoginInput!) {
    operatorLogin(input: $input) {
      step
      challengeToken
      totpEnrolment {
        secret
        otpauthUrl
      }
    }
  }
`);

export const OperatorVerifyTotpMutation = graphql(
  `
    mutation OperatorVerifyTotp($input: OperatorVerifyTotpInput!) {
      operatorVerifyTotp(input: $input) {
        session {
          ...SessionFields
        }
        viewer {
          ...OperatorViewerFields
        }
      }
    }
  `,
  [SessionFields, OperatorViewerFields],
);

export const SwitchTenantMutation = graphql(
  `
    mutation SwitchTenant($tenantId: ID!) {
      switchTenant(tenantId: $tenantId) {
        session {
          ...SessionFields
        }
        viewer {
          ...OperatorViewerFields
        }
      }
    }
  `,
  [SessionFields, OperatorViewerFields],
);

export const OperatorViewerQuery = graphql(
  `
    query OperatorViewer {
      operatorViewer {
        ...OperatorViewerFields
      }
    }
  `,
  [OperatorViewerFields],
);

export const OperatorRowFields = graphql(`
  fragment OperatorRowFields on Operator {
    id
    displayName
    email
    role
    status
    createdAt
    inviteExpiresAt
  }
`);

export const OperatorsQuery = graphql(
  `
    query Operators($after: String) {
      operators(first: 25, after: $after) {
        edges {
          node {
            ...OperatorRowFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [OperatorRowFields],
);

export const InviteOperatorMutation = graphql(
  `
    mutation InviteOperator($input: InviteOperatorInput!) {
      inviteOperator(input: $input) {
        inviteToken
        operator {
          ...OperatorRowFields
        }
      }
    }
  `,
  [OperatorRowFields],
);

export const ChangeOperatorRoleMutation = graphql(
  `
    mutation ChangeOperatorRole($operatorId: ID!, $role: OperatorRole!) {
      changeOperatorRole(operatorId: $operatorId, role: $role) {
        ...OperatorRowFields
      }
    }
  `,
  [OperatorRowFields],
);

export const DisableOperatorMutation = graphql(
  `
    mutation DisableOperator($operatorId: ID!) {
      disableOperator(operatorId: $operatorId) {
        ...OperatorRowFields
      }
    }
  `,
  [OperatorRowFields],
);

export const EnableOperatorMutation = graphql(
  `
    mutation EnableOperator($operatorId: ID!) {
      enableOperator(operatorId: $operatorId) {
        ...OperatorRowFields
      }
    }
  `,
  [OperatorRowFields],
);

export const AcceptOperatorInviteMutation = graphql(`
  mutation AcceptOperatorInvite($input: AcceptOperatorInviteInput!) {
    acceptOperatorInvite(input: $input) {
      id
      status
    }
  }
`);

export const CurrentTenantQuery = graphql(
  `
    query CurrentTenant($slug: String!) {
      tenant(slug: $slug) {
        ...TenantBrandFields
        currencies
      }
    }
  `,
  [TenantBrandFields],
);

export const UpdateTenantMutation = graphql(
  `
    mutation UpdateTenant($input: UpdateTenantInput!) {
      updateTenant(input: $input) {
        ...TenantBrandFields
        currencies
      }
    }
  `,
  [TenantBrandFields],
);

export const ApiKeyFields = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    keyId
    scopes
    createdAt
    lastUsedAt
    revokedAt
    active
  }
`);

export const ApiKeysQuery = graphql(
  `
    query ApiKeys($after: String) {
      apiKeys(first: 25, after: $after) {
        edges {
          node {
            ...ApiKeyFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [ApiKeyFields],
);

export const ApiKeyScopesQuery = graphql(`
  query ApiKeyScopes {
    apiKeyScopes {
      name
      description
    }
  }
`);

export const CreateApiKeyMutation = graphql(
  `
    mutation CreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        secret
        apiKey {
          ...ApiKeyFields
        }
      }
    }
  `,
  [ApiKeyFields],
);

export const RevokeApiKeyMutation = graphql(
  `
    mutation RevokeApiKey($id: ID!) {
      revokeApiKey(id: $id) {
        ...ApiKeyFields
      }
    }
  `,
  [ApiKeyFields],
);

export const TenantRowFields = graphql(`
  fragment TenantRowFields on Tenant {
    id
    slug
    name
    status
    currencies
    createdAt
  }
`);

export const TenantsQuery = graphql(
  `
    query Tenants($after: String) {
      tenants(first: 25, after: $after) {
        edges {
          node {
            ...TenantRowFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [TenantRowFields],
);

export const CreateTenantMutation = graphql(
  `
    mutation CreateTenant($input: CreateTenantInput!) {
      createTenant(input: $input) {
        tenant {
          ...TenantRowFields
        }
        ownerInvite {
          inviteToken
          operator {
            id
            email
          }
        }
      }
    }
  `,
  [TenantRowFields],
);
