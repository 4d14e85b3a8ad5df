import type { CombinedError } from '@urql/core';

/** One problem the API reported, reduced to what a screen needs. */
export interface ApiProblem {
  code: string;
  message: string;
  /** Per-field problems for BAD_USER_INPUT, keyed by input field name. */
  fields: Record<string, string[]>;
}

/** The error shape our BFF routes answer with (and the subset of a GraphQL error we read). */
export interface ApiErrorBody {
  error: ApiProblem;
}

interface RawGraphQLError {
  message?: string;
  extensions?: { code?: unknown; fields?: unknown; [key: string]: unknown };
}

const MESSAGES: Record<string, string> = {
  BAD_USER_INPUT: 'Some of the details are not valid. Check the highlighted fields.',
  UNAUTHENTICATED: 'Please sign in to continue.',
  TOKEN_EXPIRED: 'Your session has expired. Please sign in again.',
  TOKEN_REVOKED: 'Your access has changed. Please sign in again.',
  SESSION_EXPIRED: 'Your session has expired. Please sign in again.',
  REFRESH_TOKEN_REUSED: 'For your security you were signed out. Please sign in again.',
  FORBIDDEN: 'You do not have permission to do that.',
  NOT_FOUND: 'We could not find what you were looking for.',
  INVALID_CREDENTIALS: 'That email and password do not match.',
  EMAIL_TAKEN:
    'This email is already registered. Sign in instead — or, if you play at another CasinoX casino, use that account’s password.',
  TENANT_NOT_FOUND: 'This casino does not exist.',
  TENANT_SUSPENDED: 'This casino is temporarily unavailable.',
  ACCOUNT_DISABLED: 'This account has been disabled. Contact support.',
  INVALID_TOTP: 'That code is not correct. Enter the current 6-digit code from your authenticator app.',
  CHALLENGE_EXPIRED: 'The sign-in took too long. Please start again.',
  RATE_LIMITED: 'Too many attempts. Please wait a minute and try again.',
  SLUG_TAKEN: 'That slug is already used by another tenant.',
  LAST_OWNER: 'A tenant must keep at least one active owner.',
  CONFLICT: 'Someone else changed this at the same time. Reload and try again.',
  INVALID_REQUEST: 'Some of the details are not valid. Check them and try again.',
  INVALID_AMOUNT: 'Enter an amount greater than zero.',
  AMOUNT_PRECISION: 'This amount has more decimals than the currency allows.',
  AMOUNT_OUT_OF_RANGE: 'This amount is too large.',
  UNKNOWN_ASSET: 'This currency is not available here.',
  PLAYER_TENANT_MISMATCH: 'There is no such player at this casino.',
  PLAYER_NOT_FOUND: 'There is no such player at this casino.',
  ASSET_NOT_OFFERED: 'This casino does not offer this currency.',
  ROUND_NOT_ACTIVE: 'This bet is not an open round.',
  WITHDRAWAL_NOT_FOUND: 'This withdrawal was not found.',
  ADJUSTMENT_NOT_FOUND: 'This adjustment was not found.',
  IDEMPOTENCY_KEY_REUSED: 'This request clashes with an earlier one. Reload and try again.',
  INVALID_RETURN_URL: 'The payment page cannot return you to this address.',
  NETWORK_ERROR: 'We cannot reach the server right now. Check your connection and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
};

const FALLBACK = MESSAGES.INTERNAL_SERVER_ERROR as string;

/** A human sentence for an API error code (never the raw server text for unknown failures). */
export function messageForCode(code: string): string {
  return MESSAGES[code] ?? FALLBACK;
}

function fieldsOf(raw: unknown): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (!Array.isArray(raw)) return fields;
  for (const entry of raw as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { field, problems } = entry as { field?: unknown; problems?: unknown };
    if (typeof field !== 'string') continue;
    const list = Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
    // `input.email` and `email` both address the form's `email` field.
    const key = field.split('.').pop() ?? field;
    fields[key] = [...(fields[key] ?? []), ...(list.length > 0 ? list : ['is not valid'])];
  }
  return fields;
}

/** Maps the first GraphQL error of a response to a problem a form can show. */
export function problemFromGraphQLErrors(errors: readonly RawGraphQLError[] | undefined): ApiProblem | null {
  const first = errors?.[0];
  if (!first) return null;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const retryAfter = first.extensions?.retryAfterSeconds;
  const message =
    code === 'RATE_LIMITED' && typeof retryAfter === 'number' && retryAfter > 0
      ? `Too many attempts. Please try again in ${describeWait(retryAfter)}.`
      : messageForCode(code);
  return { code, message, fields: fieldsOf(first.extensions?.fields) };
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

/** Maps urql's CombinedError (network or GraphQL) to a problem. */
export function problemFromCombinedError(error: CombinedError | undefined | null): ApiProblem | null {
  if (!error) return null;
  if (error.graphQLErrors.length > 0) return problemFromGraphQLErrors(error.graphQLErrors);
  return { code: 'NETWORK_ERROR', message: messageForCode('NETWORK_ERROR'), fields: {} };
}

/** Field problems as one readable sentence per field ("must be at least 8 characters"). */
export function fieldMessage(problem: ApiProblem | null, field: string): string | undefined {
  const list = problem?.fields[field];
  return list && list.length > 0 ? list.join('. ') : undefined;
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as ApiErrorBody).error?.code === 'string'
  );
}

/**
 * The problem to show above a form: everything except input errors the form already shows
 * next to its own fields (an input error about a field the form lacks still needs a place).
 */
export function formLevelProblem(problem: ApiProblem | null, formFields: readonly string[]): ApiProblem | null {
  if (!problem) return null;
  if (problem.code !== 'BAD_USER_INPUT') return problem;
  const placed = Object.entries(problem.fields).filter(([, list]) => list.length > 0);
  if (placed.length > 0 && placed.every(([field]) => formFields.includes(field))) return null;
  const stray = placed
    .filter(([field]) => !formFields.includes(field))
    .map(([field, list]) => `${field}: ${list.join(', ')}`);
  return stray.length > 0 ? { ...problem, message: `${problem.message} ${stray.join('; ')}` } : problem;
}
