/**
 * `npm run compose:env`: writes `.env` for docker-compose.yml with fresh random secrets, each
 * subgraph's database URL (role passwords derive from DATABASE_ROLE_SECRET) and each service's
 * service-call credentials. Compose refuses to start without it; nothing secret is in the file.
 * An existing `.env` is kept unless `--force` is given (new secrets lock out the old database roles
 * until the migrate job runs again, which it does on every `docker compose up`).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CALLING_SERVICES, roleUrl, SUBGRAPHS, subgraphUrl } from '@casinox/db';
import { serviceCallers } from './lib/platform-env.js';
import { generateSecrets } from './lib/platform-secrets.js';

const file = resolve(import.meta.dirname, '..', '.env');
if (existsSync(file) && !process.argv.includes('--force')) {
  console.log(`${file} exists; keeping it (--force makes new secrets).`);
  process.exit(0);
}
const secrets = generateSecrets();
const postgresPassword = generateSecrets().roleSecret;
const adminUrl = `postgres://postgres:${postgresPassword}@postgres:5432/casinox`;
const lines = [
  '# Made by `npm run compose:env`; read by docker-compose.yml. Keep it secret; never commit it.',
  `POSTGRES_PASSWORD=${postgresPassword}`,
  `ADMIN_DATABASE_URL=${adminUrl}`,
  `DATABASE_ROLE_SECRET=${secrets.roleSecret}`,
  `IDENTITY_SECRET=${secrets.identitySecret}`,
  `PAYMENT_WEBHOOK_SECRET=${secrets.webhookSecret}`,
  `PLAYER_ALIAS_SECRET=${secrets.playerAliasSecret}`,
  `LISTENER_DATABASE_URL=${roleUrl(adminUrl, 'listener', secrets.roleSecret)}`,
  ...SUBGRAPHS.map(
    (name) => `${name.toUpperCase()}_DATABASE_URL=${subgraphUrl(adminUrl, name, 'runtime', secrets.roleSecret)}`,
  ),
  ...CALLING_SERVICES.map((name) => `${name.toUpperCase()}_SERVICE_KEY=${secrets.serviceKeys[name]}`),
  ...SUBGRAPHS.map((name) => `${name.toUpperCase()}_SERVICE_CALLERS=${serviceCallers(secrets, name)}`),
];
writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
console.log(`wrote ${file}`);
