import { graphql } from '../graphql';

/** Everything a tenant's pages need to brand themselves. */
export const TenantBrandFields = graphql(`
  fragment TenantBrandFields on Tenant {
    id
    slug
    name
    status
    version
    branding {
      primaryColor
      accentColor
      backgroundColor
      textColor
      logoText
      tagline
    }
  }
`);

export const TenantBySlugQuery = graphql(
  `
    query TenantBySlug($slug: String!) {
      tenant(slug: $slug) {
        ...TenantBrandFields
      }
    }
  `,
  [TenantBrandFields],
);

/** Pushed by the gateway after every committed change to the connection's tenant. */
export const TenantUpdatedSubscription = graphql(
  `
    subscription TenantUpdated($afterVersion: Int) {
      tenantUpdated(afterVersion: $afterVersion) {
        ...TenantBrandFields
      }
    }
  `,
  [TenantBrandFields],
);
