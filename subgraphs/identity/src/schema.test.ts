import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printIdentitySchema } from './schema.js';

const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

describe('identity SDL', () => {
  it('matches the committed schema.graphql (run `npm run schema:print -w @casinox/identity`)', async () => {
    expect(await printIdentitySchema()).toBe(committed);
  });

  it('describes every type, field, argument and enum value (API conventions §8)', () => {
    // Federation directives are not defined in the bare SDL; the check is about descriptions only.
    const schema = buildSchema(committed, { assumeValidSDL: true });
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['Query', 'Mutation'].includes(type.name) ||
        (isScalarType(type) && !type.description && ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name))
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (!field.description) missing.push(`${root?.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) missing.push(`${root?.name}.${field.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
