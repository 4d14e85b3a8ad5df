import { PageArgs, requireOperator } from '@casinox/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { OperatorType } from '../operators/operator.types.js';
import { toConnection } from '../shared/to-connection.js';
import { apiKeyPrefix } from './api-key-format.js';
import { API_KEY_SCOPES } from './api-key-scopes.js';
import { CreateApiKeyInput } from './api-key.inputs.js';
import { ApiKeyConnection, ApiKeyScopeType, ApiKeyType, CreatedApiKeyType } from './api-key.types.js';

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, {
    description: 'Partner API keys of the current tenant, oldest first (OWNER or ADMIN).',
  })
  async apiKeys(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext): Promise<ApiKeyConnection> {
    return toConnection(await ctx.services.apiKeys.list(requireOperator(ctx, 'ADMIN'), page), ApiKeyType.from);
  }

  @Query(() => [ApiKeyScopeType], { description: 'Every scope an API key can be granted (any staff).' })
  apiKeyScopes(@Ctx() ctx: IdentityContext): ApiKeyScopeType[] {
    requireOperator(ctx);
    return API_KEY_SCOPES.map((scope) => ({ ...scope }));
  }

  @Mutation(() => CreatedApiKeyType, {
    description: 'Creates a partner API key (OWNER or ADMIN). The secret is in the answer and nowhere else, ever.',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'Name and scopes.' }) input: CreateApiKeyInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<CreatedApiKeyType> {
    const created = await ctx.services.apiKeys.create(requireOperator(ctx, 'ADMIN'), input);
    return { apiKey: ApiKeyType.from(created.apiKey), secret: created.secret };
  }

  @Mutation(() => ApiKeyType, {
    description: 'Revokes an API key at once (OWNER or ADMIN); tokens already minted expire within 10 minutes.',
  })
  async revokeApiKey(
    @Arg('id', () => ID, { description: 'The API key id.' }) id: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<ApiKeyType> {
    return ApiKeyType.from(await ctx.services.apiKeys.revoke(requireOperator(ctx, 'ADMIN'), id));
  }

  @FieldResolver(() => String, {
    description: 'The non-secret start of the key, `cxk_<tenant>_<keyId>`, to recognise it.',
  })
  async prefix(@Root() apiKey: ApiKeyType, @Ctx() ctx: IdentityContext): Promise<string> {
    const tenant = await ctx.loaders.tenants.load(apiKey.tenantId);
    return apiKeyPrefix(tenant?.slug ?? 'unknown', apiKey.keyId);
  }

  @FieldResolver(() => OperatorType, { nullable: true, description: 'The staff member who created the key.' })
  async createdBy(@Root() apiKey: ApiKeyType, @Ctx() ctx: IdentityContext): Promise<OperatorType | null> {
    const operator = await ctx.loaders.operatorRefs.load(apiKey.createdByOperatorId);
    return operator && OperatorType.from(operator);
  }
}
