import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError, withoutSuggestions } from './errors.js';
import { containsNul } from './nul-bytes.js';

const schema = buildSchema(
  'enum Kind { CASHBACK RELOAD } type Query { bonuses(kind: Kind): [String!]! secret: String }',
);
const formatted = (error: GraphQLError) => formatError(error.toJSON(), error, () => {});

describe('formatError', () => {
  it('drops field and enum value suggestions from the engine’s own errors', () => {
    const errors = validate(schema, parse('{ bonuses(kind: CASHBAK) secrt }'));
    expect(errors.map((e) => e.message).join(' ')).toMatch(/Did you mean/);
    const messages = errors.map((error) => formatted(error).message);
    expect(messages).toEqual([
      'Value "CASHBAK" does not exist in "Kind" enum.',
      'Cannot query field "secrt" on type "Query".',
    ]);
  });

  it('keeps a coded error’s code and drops Apollo’s http hint', () => {
    const error = new GraphQLError('No.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    expect(formatted(error)).toEqual({ message: 'No.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('masks what is not a GraphQL error', () => {
    const error = new GraphQLError('select * from secrets', { originalError: new Error('select * from secrets') });
    expect(formatted(error)).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('withoutSuggestions', () => {
  it('removes one or several suggestions and leaves other text alone', () => {
    expect(withoutSuggestions('Unknown argument "x". Did you mean "y" or "z"?')).toBe('Unknown argument "x".');
    expect(withoutSuggestions('Is this right? Yes.')).toBe('Is this right? Yes.');
  });
});

describe('containsNul', () => {
  it('finds U+0000 in strings, arrays, nested values and keys', () => {
    expect(containsNul({ a: ['ok', { b: 'x\u0000' }] })).toBe(true);
    expect(containsNul({ ['k\u0000']: 1 })).toBe(true);
    expect(containsNul({ a: ['ok', 1, null, true], b: '\\u0000' })).toBe(false);
  });
});
