import { PageInfo } from '@casinox/graphql';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Tenant, TenantBrandingData } from './tenant.entity.js';

export const TenantStatusEnum = { ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED' } as const;
registerEnumType(TenantStatusEnum, {
  name: 'TenantStatus',
  description: 'Whether a tenant is open for business.',
  valuesConfig: {
    ACTIVE: { description: 'Players and staff can sign in.' },
    SUSPENDED: { description: 'Closed by the platform: nobody but platform administrators can sign in.' },
  },
});

@ObjectType('TenantBranding', { description: "A tenant's look, applied by the player site and the login pages." })
export class TenantBrandingType {
  @Field(() => String, { description: 'Main brand colour (#rrggbb): buttons, highlights.' })
  primaryColor!: string;

  @Field(() => String, { description: 'Secondary colour (#rrggbb): accents and badges.' })
  accentColor!: string;

  @Field(() => String, { description: 'Page background colour (#rrggbb).' })
  backgroundColor!: string;

  @Field(() => String, { description: 'Body text colour (#rrggbb), readable on the background.' })
  textColor!: string;

  @Field(() => String, { description: 'Text of the word-mark logo.' })
  logoText!: string;

  @Field(() => String, { nullable: true, description: 'Optional strap line under the logo.' })
  tagline!: string | null;

  static from(branding: TenantBrandingData): TenantBrandingType {
    return Object.assign(new TenantBrandingType(), { ...branding, tagline: branding.tagline ?? null });
  }
}

@ObjectType('Tenant', { description: 'A casino brand run on CasinoX.' })
@Directive('@key(fields: "id")')
export class TenantType {
  @Field(() => ID, { description: 'The tenant id.' })
  id!: string;

  @Field(() => String, { description: 'URL-friendly unique name (e.g. `aurora`); never changes.' })
  slug!: string;

  @Field(() => String, { description: 'Display name, e.g. "Aurora Casino".' })
  name!: string;

  @Field(() => TenantStatusEnum, { description: 'Whether the tenant is open for business.' })
  status!: (typeof TenantStatusEnum)[keyof typeof TenantStatusEnum];

  @Field(() => [String], { description: 'Currency / asset codes the tenant accepts; the first is its main currency.' })
  currencies!: string[];

  @Field(() => String, { description: 'The main currency (the first of `currencies`).' })
  mainCurrency!: string;

  @Field(() => TenantBrandingType, { description: 'Colours and logo text.' })
  branding!: TenantBrandingType;

  @Field(() => Int, { description: 'Increases by one with every change; live subscribers use it to catch up.' })
  version!: number;

  @Field(() => Date, { description: 'When the tenant was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the tenant last changed.' })
  updatedAt!: Date;

  static from(tenant: Tenant): TenantType {
    return Object.assign(new TenantType(), {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      status: tenant.status,
      currencies: [...tenant.currencies],
      mainCurrency: tenant.currencies[0] ?? '',
      branding: TenantBrandingType.from(tenant.branding),
      version: tenant.version,
      createdAt: tenant.createdAt,
      updatedAt: tenant.updatedAt,
    });
  }
}

@ObjectType('TenantEdge', { description: 'A tenant in a list.' })
export class TenantEdge {
  @Field(() => String, { description: 'Position of this tenant in the list.' })
  cursor!: string;

  @Field(() => TenantType, { description: 'The tenant.' })
  node!: TenantType;
}

@ObjectType('TenantConnection', { description: 'A page of tenants, oldest first.' })
export class TenantConnection {
  @Field(() => [TenantEdge], { description: 'The tenants on this page.' })
  edges!: TenantEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;
}
