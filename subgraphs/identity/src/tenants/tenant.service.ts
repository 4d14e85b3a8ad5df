import type { Principal } from '@casinox/auth';
import { inTenant } from '@casinox/db';
import { notFound, CodedError, invalidField, isUuid, type Page } from '@casinox/graphql';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { issueInvite, type IssuedInvite } from '../operators/issue-invite.js';
import { staffWithLiveSessions } from '../sessions/session.service.js';
import { revokeStaffAccessTokens } from '../sessions/staff-token-versions.js';
import { findPage } from '../shared/find-page.js';
import { isUniqueViolation } from '../shared/identity-errors.js';
import { defaultBranding, normaliseBranding } from './default-branding.js';
import { Tenant, type TenantBrandingData, type TenantStatus } from './tenant.entity.js';

/** The channel the gateway LISTENs on for tenant changes (docs/identity-api.md). */
export const TENANT_UPDATED_CHANNEL = 'cx_tenant_updated';

export interface TenantChanges {
  name?: string | null;
  currencies?: string[] | null;
  branding?: TenantBrandingData | null;
}

export interface NewTenant {
  slug: string;
  name: string;
  currencies: string[];
  branding?: TenantBrandingData | null;
  ownerEmail: string;
  ownerDisplayName: string;
}

/** Tenants are global rows (no row-level security): login pages read them before anyone signs in. */
export class TenantService {
  constructor(private readonly orm: MikroORM) {}

  findBySlug(slug: string): Promise<Tenant | null> {
    return this.orm.em.fork().findOne(Tenant, { slug });
  }

  async findByIds(ids: string[]): Promise<Map<string, Tenant>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows = await this.orm.em.fork().find(Tenant, { id: { $in: valid } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * Entity references from the gateway: only the caller's own tenant resolves (any tenant for a
   * platform administrator); everything else comes back null.
   */
  async findReferences(principal: Principal | null, ids: string[]): Promise<Map<string, Tenant>> {
    if (!principal) return new Map();
    const visible = principal.platformAdmin ? ids : ids.filter((id) => id === principal.tenantId);
    return this.findByIds(visible);
  }

  list(args: { first: number; after?: string | null }): Promise<Page<Tenant>> {
    return findPage(this.orm.em.fork(), Tenant, args);
  }

  /** Applies changes, bumps `version` and notifies listeners, all in one transaction. */
  async update(tenantId: string, changes: TenantChanges): Promise<Tenant> {
    if (changes.name == null && changes.currencies == null && changes.branding == null) {
      throw invalidField('input', 'must change at least one of name, currencies, branding');
    }
    return this.change(tenantId, (tenant) => {
      if (changes.name != null) tenant.name = changes.name.trim();
      if (changes.currencies != null) tenant.currencies = [...changes.currencies];
      if (changes.branding != null) tenant.branding = normaliseBranding(changes.branding);
    });
  }

  setStatus(tenantId: string, status: TenantStatus): Promise<Tenant> {
    return this.change(tenantId, async (tenant, tx) => {
      const suspending = tenant.status === 'ACTIVE' && status !== 'ACTIVE';
      tenant.status = status;
      // The casino's staff lose their access tokens at once (their refresh is refused from now on
      // anyway); players keep theirs until they expire, within ten minutes.
      if (suspending) await revokeStaffAccessTokens(tx, await staffWithLiveSessions(tx, tenantId));
    });
  }

  /** A tenant and its first OWNER's invitation, together or not at all. */
  async create(input: NewTenant): Promise<{ tenant: Tenant; ownerInvite: IssuedInvite }> {
    const tenant = new Tenant();
    tenant.slug = input.slug;
    tenant.name = input.name.trim();
    tenant.currencies = [...input.currencies];
    tenant.branding = normaliseBranding(input.branding ?? defaultBranding(tenant.name));
    if (await this.findBySlug(tenant.slug)) throw slugTaken();
    try {
      return await inTenant(this.orm.em, { tenantId: tenant.id }, async (tx) => {
        tx.persist(tenant);
        await tx.flush();
        const ownerInvite = await issueInvite(tx, tenant, {
          email: input.ownerEmail,
          displayName: input.ownerDisplayName,
          role: 'OWNER',
        });
        return { tenant, ownerInvite };
      });
    } catch (error) {
      // Two platform admins creating the same slug at once: the unique index decides.
      if (isUniqueViolation(error, 'tenant_slug_unique')) throw slugTaken();
      throw error;
    }
  }

  private change(
    tenantId: string,
    apply: (tenant: Tenant, tx: EntityManager) => void | Promise<void>,
  ): Promise<Tenant> {
    return this.orm.em.fork().transactional(async (tx) => {
      // Locked, so concurrent changes get consecutive versions.
      const tenant = await tx.findOne(Tenant, { id: tenantId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!tenant) throw notFound('Tenant');
      await apply(tenant, tx);
      tenant.version += 1;
      await tx.flush();
      await notifyTenantUpdated(tx, tenant);
      return tenant;
    });
  }
}

/**
 * Inside the change's own transaction: Postgres delivers the notification only if it commits,
 * so listeners never hear of a change that did not happen.
 */
async function notifyTenantUpdated(tx: EntityManager, tenant: Tenant): Promise<void> {
  const payload = JSON.stringify({ tenantId: tenant.id, slug: tenant.slug, version: tenant.version });
  await tx.execute('select pg_notify(?, ?)', [TENANT_UPDATED_CHANNEL, payload]);
}

const slugTaken = () => new CodedError('SLUG_TAKEN', 'Another tenant already uses this slug.');
