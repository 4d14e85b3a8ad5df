import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstUnreachableDirectory, startEmbeddedPostgres } from '../src/embedded.js';

// A directory only root can enter, like /root: embedded Postgres (run as the OS user postgres) cannot reach below it.
const base = mkdtempSync(join(tmpdir(), 'casinox-root-only-'));
chmodSync(base, 0o755);
const closed = join(base, 'closed');
mkdirSync(closed, { mode: 0o700 });
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('embedded PostgreSQL started by root', () => {
  it('finds the directory another user cannot enter', () => {
    const file = join(closed, 'bin', 'postgres');
    mkdirSync(join(closed, 'bin'));
    writeFileSync(file, '');
    expect(firstUnreachableDirectory(file, { uid: 64_000, gid: 64_000 })).toBe(closed);
    expect(firstUnreachableDirectory(join(base, 'open', 'x'), { uid: 64_000, gid: 64_000 })).toBeNull();
    // Its owner may enter it.
    expect(firstUnreachableDirectory(file, { uid: process.getuid!(), gid: 64_000 })).toBeNull();
  });

  it.skipIf(process.getuid?.() !== 0)(
    'stops with one sentence saying why and what to do, instead of crashing in initdb',
    async () => {
      const start = startEmbeddedPostgres({ dataDir: join(closed, 'pg'), port: 1 });
      await expect(start).rejects.toThrow(
        new RegExp(
          `^Embedded PostgreSQL runs as the OS user "postgres" when started as root, and that user cannot enter ${closed} \\(mode 0700\\) .*: move the checkout .*, run as a user other than root, or set DATABASE_URL`,
        ),
      );
    },
  );
});
