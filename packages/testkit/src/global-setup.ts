import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapDatabase, migrateAll, startEmbeddedPostgres } from '@casinox/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort } from './ports.js';

export const TEMPLATE_DATABASE = 'casinox_template';
export const TEST_ROLE_SECRET = 'test-role-secret-0123456789';

/**
 * Once per `vitest run`: a real PostgreSQL (embedded, or TEST_DATABASE_URL's server), every
 * subgraph's roles, schemas and migrations applied once into a template database. Each test file
 * then clones its own database from the template (see createTestDatabase), so files run in
 * parallel without sharing rows.
 */
export default async function setup(project: TestProject) {
  let stop = async () => {};
  let serverUrl = process.env.TEST_DATABASE_URL;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'casinox-test-pg-'));
    const handle = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: TEMPLATE_DATABASE });
    serverUrl = handle.adminUrl;
    stop = async () => {
      await handle.stop();
      rmSync(dataDir!, { recursive: true, force: true });
    };
  }
  try {
    const templateUrl = new URL(serverUrl);
    templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
    const admin = new pg.Client({
      connectionString: new URL('/postgres', templateUrl).toString().replace(/\/postgres$/, '/postgres'),
    });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await admin.end();
    await bootstrapDatabase(templateUrl.toString(), TEST_ROLE_SECRET);
    await migrateAll(templateUrl.toString(), TEST_ROLE_SECRET);
    project.provide('templateUrl', templateUrl.toString());
    project.provide('roleSecret', TEST_ROLE_SECRET);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
