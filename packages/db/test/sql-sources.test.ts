import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applySqlSources, sqlSourceDrift, sqlSourceList } from '../src/index.js';

// The step on a real schema (compliance: no SQL of its own yet), with files written per test.
let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  const owner = new pg.Client({ connectionString: db.urlFor('compliance', 'owner') });
  await owner.connect();
  await owner.query('create table compliance.probe (id int primary key, note text)');
  await owner.end();
});
afterAll(() => db?.drop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casinox-sql-sources-'));
});
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  await applySqlSources({ url: db.urlFor('compliance', 'owner'), schema: 'compliance', sources: [] });
  await db.query('truncate compliance.probe');
});

const files = (contents: Record<string, string>) => {
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, `${name}.sql`), text);
  return sqlSourceList(
    pathToFileURL(join(dir, 'sql-sources.ts')).href,
    Object.keys(contents).map((name) => `./${name}.sql`),
  );
};
const apply = (contents: Record<string, string>) =>
  applySqlSources({ url: db.urlFor('compliance', 'owner'), schema: 'compliance', sources: files(contents) });
const drift = (contents: Record<string, string>) =>
  sqlSourceDrift({ url: db.urlFor('compliance', 'owner'), schema: 'compliance', sources: files(contents) });

const answer = (value: number) =>
  `create or replace function compliance.answer() returns int language sql as $$ select ${value} $$;`;
const NOTE = `create or replace function compliance.note_probe() returns trigger language plpgsql as $$ begin new.note := 'noted'; return new; end $$;
drop trigger if exists note_probe on compliance.probe;
create trigger note_probe before insert on compliance.probe for each row execute function compliance.note_probe();`;

async function asRuntime<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: db.urlFor('compliance') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
const functions = async () =>
  (
    await db.query<{ name: string }>(
      `select proname as name from pg_proc where pronamespace = 'compliance'::regnamespace order by 1`,
    )
  ).rows.map((r) => r.name);
const recorded = async () =>
  (await db.query<{ name: string }>('select name from compliance.sql_source order by name')).rows.map((r) => r.name);

describe('the repeatable SQL step', () => {
  it('applies each file once, as the owner, usable by the runtime role, and again only when its text changes', async () => {
    expect(await apply({ answer: answer(1), note_probe: NOTE })).toEqual(['answer', 'note_probe']);
    expect(await apply({ answer: answer(1), note_probe: NOTE })).toEqual([]);
    const owner = await db.query(
      `select pg_get_userbyid(proowner) as owner from pg_proc where proname = 'answer' and pronamespace = 'compliance'::regnamespace`,
    );
    expect(owner.rows).toEqual([{ owner: 'compliance_owner' }]);
    await asRuntime(async (c) => {
      expect((await c.query('select compliance.answer() as a')).rows).toEqual([{ a: 1 }]);
      await c.query('insert into compliance.probe (id) values (1)');
    });
    expect((await db.query('select note from compliance.probe')).rows).toEqual([{ note: 'noted' }]);

    expect(await apply({ answer: answer(2), note_probe: NOTE })).toEqual(['answer']);
    await asRuntime(async (c) => expect((await c.query('select compliance.answer() as a')).rows).toEqual([{ a: 2 }]));
    expect(await recorded()).toEqual(['answer', 'note_probe']);
  });

  it('drops what no file defines any more: a retired function and its trigger, and their records', async () => {
    await apply({ answer: answer(1), note_probe: NOTE });
    // As a database migrated by older code holds functions no file knows.
    await db.query(
      `create function compliance.legacy() returns int language sql as $$ select 0 $$; alter function compliance.legacy() owner to compliance_owner`,
    );
    await apply({ answer: answer(1) });
    expect(await functions()).toEqual(['answer']);
    expect((await db.query(`select 1 from pg_trigger where tgname = 'note_probe'`)).rowCount).toBe(0);
    expect(await recorded()).toEqual(['answer']);
  });

  it('is all or nothing: a failing file undoes the files before it and records nothing', async () => {
    await apply({ answer: answer(1) });
    await expect(
      apply({
        answer: answer(2),
        broken: 'create or replace function compliance.broken() returns int language sql as $$ select nope $$;',
      }),
    ).rejects.toThrow(/compliance SQL source broken.sql failed: column "nope" does not exist/);
    await asRuntime(async (c) => expect((await c.query('select compliance.answer() as a')).rows).toEqual([{ a: 1 }]));
    expect(await recorded()).toEqual(['answer']);
  });

  it('refuses a changed signature left beside the old one, and takes it when the file drops the old one', async () => {
    await apply({ answer: answer(1) });
    const widened = `create or replace function compliance.answer(p int) returns int language sql as $$ select p $$;`;
    await expect(apply({ answer: widened })).rejects.toThrow(
      /compliance.answer exists with 2 signatures .*drop function if exists/,
    );
    expect(await apply({ answer: `drop function if exists compliance.answer();\n${widened}` })).toEqual(['answer']);
    await asRuntime(async (c) => expect((await c.query('select compliance.answer(7) as a')).rows).toEqual([{ a: 7 }]));
  });

  it('refuses a file that could not run again before touching the database', async () => {
    await expect(
      apply({ answer: 'create function compliance.answer() returns int language sql as $$ select 1 $$;' }),
    ).rejects.toThrow(/create or replace/);
    expect(await functions()).toEqual([]);
  });
});

describe('the SQL drift check', () => {
  it('passes when the database holds exactly the files', async () => {
    await apply({ answer: answer(1), note_probe: NOTE });
    expect(await drift({ answer: answer(1), note_probe: NOTE })).toEqual([]);
  });

  it('fails on a file not applied, a changed definition, and a function or trigger no file defines', async () => {
    await apply({ answer: answer(1), note_probe: NOTE });
    await db.query(`create or replace function compliance.answer() returns int language sql as $$ select 42 $$`);
    await db.query(`create function compliance.stray() returns int language sql as $$ select 0 $$`);
    const problems = await drift({
      answer: answer(1),
      note_probe: NOTE,
      later: `create or replace function compliance.later() returns int language sql as $$ select 3 $$;`,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'later.sql is not applied',
        'function compliance.stray is in the database but no SQL source defines it',
        'function compliance.later is defined by an SQL source but missing from the database',
        'function compliance.answer() differs from its SQL source',
      ]),
    );
    expect(await drift({ answer: answer(1) })).toEqual(
      expect.arrayContaining(['trigger compliance.probe.note_probe is in the database but no SQL source defines it']),
    );
    await db.query('drop function compliance.stray()');
  });
});
