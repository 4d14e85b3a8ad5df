import { AuthError } from '@casinox/auth';
import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

import type { ErrorCode } from './error-catalogue.js';

/**
 * The one error class a client is meant to see: a stable `extensions.code` from the catalogue
 * (`error-catalogue.ts`, published as docs/errors.md) and a message for people.
 */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.name = 'CodedError';
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const notFound = (what: string) => new CodedError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'You are not allowed to do this.') => new CodedError('FORBIDDEN', message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new CodedError('BAD_USER_INPUT', message, details);
/** A BAD_USER_INPUT naming one field, shaped like class-validator's so the apps handle both alike. */
export const invalidField = (field: string, problem: string) =>
  badInput('Some input is not valid.', { fields: [{ field, problems: [problem] }] });

/**
 * graphql-js appends `Did you mean "x"?` / `Did you mean the enum value "X"?` to validation and
 * coercion messages: a map of fields and values a caller was not shown, so nobody gets it.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

function original(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) {
    current = current.originalError;
  }
  return current;
}

/**
 * The one place errors become client-visible: coded errors keep their message and code,
 * validation failures list the offending fields, and anything unexpected is logged and replaced
 * by a bare INTERNAL_SERVER_ERROR — never a stack trace or SQL text.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void = console.error,
): GraphQLFormattedError {
  const cause = original(error);
  if (cause instanceof AuthError) {
    return { message: cause.message, path: formatted.path, extensions: { code: cause.code } };
  }
  if (cause instanceof ArgumentValidationError) {
    const fields = cause.extensions.validationErrors?.map((v) => ({
      field: v.property,
      problems: Object.values(v.constraints ?? {}),
    }));
    return {
      message: 'Some input is not valid.',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  if (cause instanceof GraphQLError) {
    // Our coded errors and the engine's own (parse, validation, variable coercion) are safe, once
    // rid of suggestions; `http` is Apollo's status hint, already applied.
    const {
      stacktrace: _stack,
      exception: _exception,
      http: _http,
      ...extensions
    } = (cause.extensions ?? {}) as Record<string, unknown>;
    const code = extensions.code ?? formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    return {
      message: withoutSuggestions(cause.message),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...extensions, code },
    };
  }
  log(cause);
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
