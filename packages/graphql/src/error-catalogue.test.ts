import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ASSET_CODES } from './assets.js';
import {
  ERROR_CODES,
  FIELD_PROBLEM_CODES,
  INTERNAL_API_CODES,
  RESULT_PROBLEMS,
  type CodeEntry,
} from './error-catalogue.js';
import { renderErrorsDoc } from './render-errors-doc.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CATALOGUE = 'packages/graphql/src/error-catalogue.ts';

/** Every non-test TypeScript source that can answer a client: subgraphs, the gateway, the server-side packages. */
function sources(): { path: string; text: string }[] {
  const dirs = [
    ...readdirSync(join(root, 'subgraphs')).map((name) => `subgraphs/${name}/src`),
    ...['auth', 'db', 'events', 'graphql', 'wallet-client'].map((name) => `packages/${name}/src`),
    'gateway/src',
  ];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'migrations' && entry.name !== 'seed') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && path !== CATALOGUE) files.push(path);
    }
  };
  dirs.forEach(walk);
  return files.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

const all = sources();
const codesBy = (pattern: RegExp) => {
  const found = new Map<string, string>();
  for (const { path, text } of all)
    for (const match of text.matchAll(pattern)) found.set(match[1]!, relative(root, join(root, path)));
  return found;
};
const missing = (found: Map<string, string>, known: Set<string>) =>
  [...found].filter(([code]) => !known.has(code)).map(([code, path]) => `${code} (${path})`);

const errorCodes = new Set(Object.keys(ERROR_CODES));
const problemCodes = new Set(Object.values(RESULT_PROBLEMS).flatMap((spec) => Object.keys(spec.values)));
const internalCodes = new Set(Object.keys(INTERNAL_API_CODES));
const fieldCodes = new Set(Object.keys(FIELD_PROBLEM_CODES));

/**
 * `code: '…'` literals that are not codes a client receives: asset and game codes, and the outcomes of
 * pure decisions that a service turns into one of the catalogued codes before answering.
 */
const NOT_CLIENT_CODES = new Set([
  ...ASSET_CODES,
  'SLOTS',
  'MINES',
  'LIMBO',
  'DICE',
  'ROULETTE',
  // calculate-bonus-amount.ts / choose-deposit-grant.ts: a deposit bonus stays PENDING (claims answer NOT_CLAIMABLE).
  'ASSET_MISMATCH',
  'NOT_APPLICABLE',
  'NOTHING_TO_GRANT',
  'BELOW_MIN_DEPOSIT',
  // transition-grant.ts: a broken invariant, thrown as a plain Error.
  'ILLEGAL_GRANT_TRANSITION',
]);

describe('the error catalogue', () => {
  it('renders docs/errors.md (regenerate with -u)', async () => {
    await expect(renderErrorsDoc()).toMatchFileSnapshot(join(root, 'docs/errors.md'));
  });

  it('lists every extensions.code the code raises', () => {
    const raised = new Map([
      ...codesBy(/(?:new (?:CodedError|AuthError)|\bcoded|errorBody|requestError)\(\s*'([A-Z][A-Z0-9_]*)'/g),
      ...codesBy(/extensions:\s*\{\s*code: '([A-Z][A-Z0-9_]*)'/g),
    ]);
    expect(raised.size).toBeGreaterThan(30);
    expect(missing(raised, errorCodes)).toEqual([]);
  });

  it('lists every code of an internal route with the status the route answers', () => {
    const answered = new Map<string, string>();
    const mismatched: string[] = [];
    for (const { path, text } of all) {
      for (const match of text.matchAll(
        /(?:sendJson\(res,\s*|status:\s*)(\d{3}),\s*(?:body:\s*)?\{\s*ok: false,\s*code: '([A-Z][A-Z0-9_]*)'/g,
      )) {
        const [, status, code] = match as unknown as [string, string, string];
        answered.set(code, path);
        const listed = (INTERNAL_API_CODES as Record<string, { status: number }>)[code];
        if (listed && listed.status !== Number(status))
          mismatched.push(`${code}: ${status} in ${path}, ${listed.status} listed`);
      }
    }
    expect(answered.size).toBeGreaterThan(5);
    expect(missing(answered, internalCodes)).toEqual([]);
    expect(mismatched).toEqual([]);
  });

  it('knows every other code literal', () => {
    const literals = codesBy(/\bcode: '([A-Z][A-Z0-9_]*)'/g);
    const known = new Set([...errorCodes, ...problemCodes, ...internalCodes, ...fieldCodes, ...NOT_CLIENT_CODES]);
    expect(missing(literals, known)).toEqual([]);
  });

  it('lists no code the code never raises', () => {
    const text = all.map((file) => file.text).join('\n');
    const unused = (codes: Iterable<string>) => [...codes].filter((code) => !text.includes(`'${code}'`));
    const ours = Object.entries(ERROR_CODES as Record<string, CodeEntry>)
      .filter(([, entry]) => entry.by !== 'apollo')
      .map(([code]) => code);
    expect(unused(ours)).toEqual([]);
    expect(unused(internalCodes)).toEqual([]);
    expect(unused(fieldCodes)).toEqual([]);
  });

  it.each(Object.entries(RESULT_PROBLEMS))('%s is the enum the printed schema publishes', (name, spec) => {
    const schema = buildSchema(readFileSync(join(root, `subgraphs/${spec.subgraph}/schema.graphql`), 'utf8'), {
      assumeValid: true,
      assumeValidSDL: true,
    });
    const type = schema.getType(name);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const published = (type as GraphQLEnumType).getValues().map((value) => [value.name, value.description]);
    expect(published).toEqual(Object.entries(spec.values));
    expect(schema.getType(spec.result)?.toConfig()).toHaveProperty(['fields', 'code', 'type', 'name'], name);
  });

  it('names a message in the apps only for catalogued codes', () => {
    const web = readFileSync(join(root, 'packages/web/src/errors.ts'), 'utf8');
    const messages = web.slice(web.indexOf('const MESSAGES'), web.indexOf('};', web.indexOf('const MESSAGES')));
    const keys = [...messages.matchAll(/^\s+([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThan(10);
    // NETWORK_ERROR is the apps' own: no response arrived.
    expect(keys.filter((code) => code !== 'NETWORK_ERROR' && !errorCodes.has(code) && !problemCodes.has(code))).toEqual(
      [],
    );
  });
});
