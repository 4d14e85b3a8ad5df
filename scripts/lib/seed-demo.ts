import { createOrm, subgraphUrl } from '@casinox/db';
import { entities, migrations } from '@casinox/identity';
import { DEMO_LOGINS, seedDemo } from '@casinox/identity/seed';
import type { PlatformSettings } from './platform-env.js';

/** Seeds the demo platform through identity's own domain code (idempotent); returns what to print. */
export async function seedDemoPlatform(settings: Pick<PlatformSettings, 'adminUrl' | 'roleSecret'>) {
  const orm = await createOrm({
    url: subgraphUrl(settings.adminUrl, 'identity', 'runtime', settings.roleSecret),
    schema: 'identity',
    entities,
    migrations,
  });
  try {
    const seeded = await seedDemo(orm);
    return {
      tenants: Object.values(seeded.tenants).map((tenant) => tenant.slug),
      logins: DEMO_LOGINS.map((login) => ({
        who: login.tenant ? `${login.who} (${login.tenant})` : login.who,
        email: login.email,
        password: login.password,
      })),
    };
  } finally {
    await orm.close(true);
  }
}
