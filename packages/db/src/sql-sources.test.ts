import { describe, expect, it } from 'vitest';
import { checkSqlSource, declaredObjects, sqlSourceList } from './sql-sources.js';

const fn = (name: string, head = 'create or replace function') =>
  `${head} wallet.${name}() returns int language sql as $$ select 1 $$;\n`;
const trigger = (name: string, table: string, drop = true) =>
  `${drop ? `drop trigger if exists ${name} on wallet.${table};\n` : ''}create trigger ${name} after insert on wallet.${table} for each row execute function wallet.f();\n`;

describe('declaredObjects', () => {
  it('reads the functions, views and triggers a file creates, ignoring comments', () => {
    const text = `-- create function wallet.not_this() is only a comment\n${fn('f')}${trigger('t', 'entry')}
      create constraint trigger "c" after insert on "wallet"."entry" deferrable initially deferred for each row execute function wallet.f();
      create or replace view wallet.v as select 1;`;
    expect(declaredObjects(text, 'wallet')).toEqual({
      functions: ['f'],
      views: ['v'],
      triggers: ['entry.t', 'entry.c'],
    });
  });

  it('refuses an object created in another schema', () => {
    expect(() =>
      declaredObjects('create or replace function games.f() returns int language sql as $$ select 1 $$;', 'wallet'),
    ).toThrow(/schema games, not wallet/);
  });
});

describe('checkSqlSource', () => {
  it.each([
    ['a file that defines its namesake and its trigger, re-runnably', `${fn('f')}${trigger('t', 'entry')}`, 'f', null],
    ['a function named otherwise than the file', fn('g'), 'f', /exactly one function or view, wallet.f \(found g\)/],
    ['two functions in one file', `${fn('f')}${fn('g')}`, 'f', /exactly one function or view/],
    ['a bare create function (not re-runnable)', fn('f', 'create function'), 'f', /create or replace/],
    [
      'a trigger created without dropping it first',
      `${fn('f')}${trigger('t', 'entry', false)}`,
      'f',
      /drop trigger if exists t on wallet.entry/,
    ],
    ['nothing at all', 'select 1;', 'f', /found none/],
    [
      'a trigger on an unqualified table',
      `${fn('f')}drop trigger if exists t on entry;\ncreate trigger t after insert on entry for each row execute function wallet.f();`,
      'f',
      /table is not written wallet.<table>/,
    ],
    [
      'an unqualified function beside its namesake',
      `${fn('f')}create or replace function g() returns int language sql as $$ select 1 $$;`,
      'f',
      /name is not written wallet.<name>/,
    ],
  ])('%s', (_case, text, name, refusal) => {
    if (refusal) expect(() => checkSqlSource(text, 'wallet', name)).toThrow(refusal);
    else expect(() => checkSqlSource(text, 'wallet', name)).not.toThrow();
  });
});

describe('sqlSourceList', () => {
  it('names each file after its base name and refuses two files of one name', () => {
    expect(sqlSourceList('file:///repo/src/sql-sources.ts', ['./ledger/sql/post_transfer.sql'])).toEqual([
      { name: 'post_transfer', path: '/repo/src/ledger/sql/post_transfer.sql' },
    ]);
    expect(() => sqlSourceList('file:///repo/src/sql-sources.ts', ['./a/sql/f.sql', './b/sql/f.sql'])).toThrow(
      /two SQL sources are named f/,
    );
  });
});
