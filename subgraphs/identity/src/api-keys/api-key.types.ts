import { PageInfo } from '@casinox/graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import type { ApiKey } from './api-key.entity.js';

@ObjectType('ApiKey', {
  description: 'A partner API key of the current tenant. The secret is never shown again after creation.',
})
export class ApiKeyType {
  @Field(() => ID, { description: 'The API key id (the `sub` of the partner tokens it is exchanged for).' })
  id!: string;

  @Field(() => String, { description: 'What the key is for, e.g. "Affiliate reporting".' })
  name!: string;

  @Field(() => String, { description: 'Public key id, part of the key (`cxk_<tenant>_<keyId>_…`).' })
  keyId!: string;

  @Field(() => [String], { description: 'Scopes granted (see `apiKeyScopes`).' })
  scopes!: string[];

  @Field(() => Date, { description: 'When the key was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was last exchanged for a token; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it works.' })
  revokedAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether the key can still be used (not revoked).' })
  active!: boolean;

  /** Not in the graph directly: `prefix` and `createdBy` resolve through them. */
  tenantId!: string;
  createdByOperatorId!: string;

  static from(key: ApiKey): ApiKeyType {
    return Object.assign(new ApiKeyType(), {
      id: key.id,
      tenantId: key.tenantId,
      name: key.name,
      keyId: key.keyId,
      scopes: [...key.scopes],
      createdByOperatorId: key.createdByOperatorId,
      createdAt: key.createdAt,
      lastUsedAt: key.lastUsedAt,
      revokedAt: key.revokedAt,
      active: key.revokedAt === null,
    });
  }
}

@ObjectType('CreatedApiKey', { description: 'A new API key with its secret: store it now, it is never shown again.' })
export class CreatedApiKeyType {
  @Field(() => ApiKeyType, { description: 'The key as it will appear in lists.' })
  apiKey!: ApiKeyType;

  @Field(() => String, {
    description: 'The complete key (`cxk_<tenant>_<keyId>_<secret>`) for the partner. Only its hash is stored.',
  })
  secret!: string;
}

@ObjectType('ApiKeyScope', { description: 'A permission an API key can carry.' })
export class ApiKeyScopeType {
  @Field(() => String, { description: 'Scope name, e.g. `wallet:read`.' })
  name!: string;

  @Field(() => String, { description: 'What the scope allows.' })
  description!: string;
}

@ObjectType('ApiKeyEdge', { description: 'An API key in a list.' })
export class ApiKeyEdge {
  @Field(() => String, { description: 'Position of this key in the list.' })
  cursor!: string;

  @Field(() => ApiKeyType, { description: 'The API key.' })
  node!: ApiKeyType;
}

@ObjectType('ApiKeyConnection', { description: 'A page of API keys, oldest first.' })
export class ApiKeyConnection {
  @Field(() => [ApiKeyEdge], { description: 'The keys on this page.' })
  edges!: ApiKeyEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;
}
