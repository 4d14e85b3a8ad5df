/**
 * `npm run db:migrate` (and the `migrate` job in docker-compose.yml): creates the roles and
 * schemas, runs every subgraph's migrations and, with SEED_DEMO=true, seeds the demo platform.
 * DATABASE_URL must be a superuser (or CREATEROLE + CREATEDB) URL.
 */
import { bootstrapDatabase, migrateAll, roleUrl, SUBGRAPHS, subgraphUrl } from '@casinox/db';
import { envField, loadEnv } from '@casinox/env';
import { seedDemoPlatform } from './lib/seed-demo.js';

const env = loadEnv('db:migrate', {
  DATABASE_URL: envField.postgresUrl(),
  DATABASE_ROLE_SECRET: envField.secret(),
  SEED_DEMO: envField.bool(false),
  PRINT_ROLE_URLS: envField.bool(false),
});
await bootstrapDatabase(env.DATABASE_URL, env.DATABASE_ROLE_SECRET);
await migrateAll(env.DATABASE_URL, env.DATABASE_ROLE_SECRET, console.log);
if (env.SEED_DEMO) {
  await seedDemoPlatform({ adminUrl: env.DATABASE_URL, roleSecret: env.DATABASE_ROLE_SECRET });
}
if (env.PRINT_ROLE_URLS) {
  // Each service gets only its own role's URL; these are derived from DATABASE_ROLE_SECRET.
  for (const name of SUBGRAPHS)
    console.log(`${name}: ${subgraphUrl(env.DATABASE_URL, name, 'runtime', env.DATABASE_ROLE_SECRET)}`);
  console.log(`listener: ${roleUrl(env.DATABASE_URL, 'listener', env.DATABASE_ROLE_SECRET)}`);
}
console.log('database is up to date');
