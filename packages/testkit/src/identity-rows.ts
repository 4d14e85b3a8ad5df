import { randomUUID } from 'node:crypto';
import type { TestDatabase } from './database.js';

/**
 * Real identity rows, written as the superuser for test setup (the way the seed writes them): the
 * tenant and player triggers put `tenant.currencies` and `player.registered` into identity's outbox
 * exactly as a registration or an operator's change would, and the running identity relays them.
 */
export async function insertTenant(db: TestDatabase, currencies: string[], id: string = randomUUID()): Promise<string> {
  const branding = {
    primaryColor: '#000000',
    accentColor: '#ffffff',
    backgroundColor: '#ffffff',
    textColor: '#000000',
    logoText: 'Test',
  };
  await db.query(
    `insert into identity.tenant (id, slug, name, currencies, branding, created_at, updated_at) values ($1, $2, 'Test casino', $3, $4, now(), now())`,
    [id, `t-${id.slice(0, 8)}`, currencies, branding],
  );
  return id;
}

/** Changes a tenant's currency list as the service does: a new version, one transaction. */
export async function setTenantCurrencies(db: TestDatabase, tenantId: string, currencies: string[]): Promise<void> {
  await db.query(
    `update identity.tenant set currencies = $2, version = version + 1, updated_at = now() where id = $1`,
    [tenantId, currencies],
  );
}

export async function insertPlayer(db: TestDatabase, tenantId: string, id: string = randomUUID()): Promise<string> {
  const userId = randomUUID();
  await db.query(
    `insert into identity.user_account (id, email, display_name, created_at, updated_at) values ($1, $2, 'Test player', now(), now())`,
    [userId, `${userId}@example.test`],
  );
  await db.query(
    `insert into identity.player (id, tenant_id, user_id, display_name, created_at, updated_at) values ($1, $2, $3, 'Test player', now(), now())`,
    [id, tenantId, userId],
  );
  return id;
}
