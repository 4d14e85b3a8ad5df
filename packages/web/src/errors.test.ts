import { describe, expect, it } from 'vitest';
import { fieldMessage, formLevelProblem, messageForCode, problemFromGraphQLErrors } from './errors';

describe('problemFromGraphQLErrors', () => {
  it('returns null without errors', () => {
    expect(problemFromGraphQLErrors(undefined)).toBeNull();
    expect(problemFromGraphQLErrors([])).toBeNull();
  });

  it.each([
    ['INVALID_CREDENTIALS', 'That email and password do not match.'],
    [
      'EMAIL_TAKEN',
      'This email is already registered. Sign in instead — or, if you play at another CasinoX casino, use that account’s password.',
    ],
    ['RATE_LIMITED', 'Too many attempts. Please wait a minute and try again.'],
    ['SOMETHING_NEW', messageForCode('INTERNAL_SERVER_ERROR')],
  ])('maps %s to a human message, never the server text', (code, message) => {
    const problem = problemFromGraphQLErrors([
      { message: 'at Object.<anonymous> (/srv/x.js:1:1)', extensions: { code } },
    ]);
    expect(problem).toEqual({ code, message, fields: {} });
  });

  it.each([
    [30, 'Too many attempts. Please try again in 30 seconds.'],
    [60, 'Too many attempts. Please try again in a minute.'],
    [600, 'Too many attempts. Please try again in 10 minutes.'],
  ])('says how long to wait when rate limited for %i s', (retryAfterSeconds, message) => {
    expect(problemFromGraphQLErrors([{ extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }])?.message).toBe(
      message,
    );
  });

  it('treats an error without a code as an internal error', () => {
    expect(problemFromGraphQLErrors([{ message: 'boom' }])?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('collects field problems, addressing nested input paths by their last segment', () => {
    const problem = problemFromGraphQLErrors([
      {
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'input.email', problems: ['email must be an email'] },
            { field: 'password', problems: ['password is too short', 'password is weak'] },
            { field: 'name', problems: [] },
            { nonsense: true },
          ],
        },
      },
    ]);
    expect(problem?.fields).toEqual({
      email: ['email must be an email'],
      password: ['password is too short', 'password is weak'],
      name: ['is not valid'],
    });
    expect(fieldMessage(problem, 'password')).toBe('password is too short. password is weak');
    expect(fieldMessage(problem, 'displayName')).toBeUndefined();
  });
});

describe('formLevelProblem', () => {
  const input = (fields: Record<string, string[]>) => ({
    code: 'BAD_USER_INPUT',
    message: 'Some of the details are not valid.',
    fields,
  });

  it.each([
    ['a non-input error', { code: 'EMAIL_TAKEN', message: 'taken', fields: {} }, 'taken'],
    ['input errors all shown beside fields', input({ email: ['bad'] }), null],
    ['an input error without fields', input({}), 'Some of the details are not valid.'],
    [
      'an input error about a field the form lacks',
      input({ tenantSlug: ['bad slug'] }),
      'Some of the details are not valid. tenantSlug: bad slug',
    ],
  ])('%s', (_name, problem, expected) => {
    expect(formLevelProblem(problem, ['email', 'password'])?.message ?? null).toBe(expected);
  });
});
