import { inTenant } from '@casinox/db';
import { forbidden, notFound, type OperatorPrincipal, isUuid, type Page } from '@casinox/graphql';
import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TokenSigner } from '../keys/token-signer.service.js';
import { Operator } from '../operators/operator.entity.js';
import { findPage } from '../shared/find-page.js';
import { digestsEqual, randomHex, randomSecret, sha256Hex } from '../shared/opaque-token.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { formatApiKey, KEY_ID_LENGTH, parseApiKey } from './api-key-format.js';
import { ApiKey } from './api-key.entity.js';

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The complete key, returned once and never stored. */
  secret: string;
}

export interface ExchangedApiKey {
  accessToken: string;
  expiresAt: Date;
}

const scope = (principal: OperatorPrincipal) => ({ tenantId: principal.tenantId, userId: principal.userId });

export const API_KEY_REVOKED_CHANNEL = 'cx_api_key_revoked';

/** Partner API keys: created and revoked by staff, exchanged for short-lived tokens by the gateway. */
export class ApiKeyService {
  constructor(
    private readonly orm: MikroORM,
    private readonly signer: TokenSigner,
  ) {}

  list(principal: OperatorPrincipal, args: { first: number; after?: string | null }): Promise<Page<ApiKey>> {
    return inTenant(this.orm.em, scope(principal), (tx) => findPage(tx, ApiKey, args));
  }

  async create(principal: OperatorPrincipal, input: { name: string; scopes: string[] }): Promise<CreatedApiKey> {
    const keyId = randomHex(KEY_ID_LENGTH);
    const secret = randomSecret();
    return inTenant(this.orm.em, scope(principal), async (tx) => {
      const actor = await tx.findOne(Operator, { id: principal.operatorId, userId: principal.userId });
      if (!actor || actor.status !== 'ACTIVE') throw forbidden('Your staff membership is no longer active.');
      const tenant = await tx.findOneOrFail(Tenant, { id: principal.tenantId });
      const apiKey = tx.create(ApiKey, {
        tenantId: principal.tenantId,
        name: input.name.trim(),
        keyId,
        secretHash: sha256Hex(secret),
        scopes: [...new Set(input.scopes)].sort(),
        createdByOperatorId: actor.id,
      });
      return { apiKey, secret: formatApiKey(tenant.slug, keyId, secret) };
    });
  }

  /** Revokes a key of the caller's tenant; revoking twice keeps the first revocation time. */
  async revoke(principal: OperatorPrincipal, id: string): Promise<ApiKey> {
    return inTenant(this.orm.em, scope(principal), async (tx) => {
      const apiKey = isUuid(id) ? await tx.findOne(ApiKey, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!apiKey) throw notFound('API key');
      if (!apiKey.revokedAt) {
        apiKey.revokedAt = new Date();
        // Delivered on commit: gateways drop the partner tokens they cached for exchanged keys,
        // so a revoked key stops working at once rather than when its cached token expires.
        await tx.execute('select pg_notify(?, ?)', [API_KEY_REVOKED_CHANNEL, apiKey.keyId]);
      }
      return apiKey;
    });
  }

  /**
   * A partner access token for a key, or null for any key that is malformed, unknown, revoked or
   * whose tenant is not active (the caller answers 401 without saying which).
   */
  async exchange(value: string): Promise<ExchangedApiKey | null> {
    const parsed = parseApiKey(value);
    if (!parsed) return null;
    const tenant = await this.orm.em.fork().findOne(Tenant, { slug: parsed.tenantSlug });
    if (!tenant || tenant.status !== 'ACTIVE') return null;
    const apiKey = await inTenant(this.orm.em, { tenantId: tenant.id }, async (tx) => {
      const row = await tx.findOne(ApiKey, { keyId: parsed.keyId });
      if (!row || row.revokedAt || !digestsEqual(row.secretHash, sha256Hex(parsed.secret))) return null;
      row.lastUsedAt = new Date();
      return row;
    });
    if (!apiKey) return null;
    const token = await this.signer.accessToken({
      kind: 'partner',
      apiKeyId: apiKey.id,
      tenantId: tenant.id,
      scopes: apiKey.scopes,
    });
    return { accessToken: token.token, expiresAt: token.expiresAt };
  }
}
