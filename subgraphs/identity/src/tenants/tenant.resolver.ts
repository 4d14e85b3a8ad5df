import { notFound, PageArgs, requireOperator, requirePlatformAdmin, requirePrincipal } from '@casinox/graphql';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { OperatorInviteType, OperatorType } from '../operators/operator.types.js';
import { toConnection } from '../shared/to-connection.js';
import { CreatedTenantType } from './created-tenant.types.js';
import { CreateTenantInput, UpdateTenantInput } from './tenant.inputs.js';
import { TenantConnection, TenantStatusEnum, TenantType } from './tenant.types.js';

@Resolver(() => TenantType)
export class TenantResolver {
  @Query(() => TenantType, {
    nullable: true,
    description: 'A tenant by slug, for login pages and branding. Public; null when unknown.',
  })
  async tenant(
    @Arg('slug', () => String, { description: 'The tenant slug, e.g. `aurora`.' }) slug: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<TenantType | null> {
    const tenant = await ctx.services.tenants.findBySlug(slug);
    return tenant && TenantType.from(tenant);
  }

  @Query(() => TenantType, {
    description:
      "The tenant the caller's session acts in (players, staff and partner keys). Live updates re-read it through here.",
  })
  async currentTenant(@Ctx() ctx: IdentityContext): Promise<TenantType> {
    const { tenantId } = requirePrincipal(ctx);
    const tenant = tenantId ? (await ctx.services.tenants.findByIds([tenantId])).get(tenantId) : undefined;
    if (!tenant) throw notFound('Tenant');
    return TenantType.from(tenant);
  }

  @Query(() => TenantConnection, { description: 'Every tenant, oldest first. Platform administrators only.' })
  async tenants(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext): Promise<TenantConnection> {
    requirePlatformAdmin(ctx);
    return toConnection(await ctx.services.tenants.list(page), TenantType.from);
  }

  @Mutation(() => TenantType, {
    description:
      'Changes the current tenant (OWNER or ADMIN). Bumps `version` and notifies `cx_tenant_updated` in the same transaction.',
  })
  async updateTenant(
    @Arg('input', () => UpdateTenantInput, { description: 'What to change.' }) input: UpdateTenantInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<TenantType> {
    const principal = requireOperator(ctx, 'ADMIN');
    return TenantType.from(await ctx.services.tenants.update(principal.tenantId, input));
  }

  @Mutation(() => CreatedTenantType, {
    description: 'Creates a tenant and invites its first OWNER. Platform administrators only.',
  })
  async createTenant(
    @Arg('input', () => CreateTenantInput, { description: 'The new tenant.' }) input: CreateTenantInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<CreatedTenantType> {
    requirePlatformAdmin(ctx);
    const { tenant, ownerInvite } = await ctx.services.tenants.create(input);
    return {
      tenant: TenantType.from(tenant),
      ownerInvite: Object.assign(new OperatorInviteType(), {
        ...ownerInvite,
        operator: OperatorType.from(ownerInvite.operator),
      }),
    };
  }

  @Mutation(() => TenantType, {
    description:
      'Suspends or reactivates a tenant. Platform administrators only; notifies like updateTenant. Suspending revokes its staff’s access tokens at once.',
  })
  async setTenantStatus(
    @Arg('tenantId', () => ID, { description: 'The tenant.' }) tenantId: string,
    @Arg('status', () => TenantStatusEnum, { description: 'The new status.' }) status: keyof typeof TenantStatusEnum,
    @Ctx() ctx: IdentityContext,
  ): Promise<TenantType> {
    requirePlatformAdmin(ctx);
    return TenantType.from(await ctx.services.tenants.setStatus(tenantId, status));
  }
}
