import { CodedError, type CommonErrorCode } from '@casinox/graphql';

/**
 * The codes identity adds to the shared ones (docs/identity-api.md). Part of the public contract:
 * the apps branch on them, so they never change once released.
 */
export type IdentityErrorCode =
  | CommonErrorCode
  | 'INVALID_CREDENTIALS'
  | 'EMAIL_TAKEN'
  | 'TENANT_NOT_FOUND'
  | 'TENANT_SUSPENDED'
  | 'ACCOUNT_DISABLED'
  | 'INVALID_TOTP'
  | 'CHALLENGE_EXPIRED'
  | 'REFRESH_TOKEN_REUSED'
  | 'SESSION_EXPIRED'
  | 'SLUG_TAKEN'
  | 'LAST_OWNER';

export function identityError(code: IdentityErrorCode, message: string, details?: Record<string, unknown>): CodedError {
  return new CodedError(code, message, details);
}

/** One message for every credential failure, so a response never tells which part was wrong. */
export const invalidCredentials = () => identityError('INVALID_CREDENTIALS', 'The email or password is not correct.');

/** A business-rule input failure, shaped like class-validator's so the apps handle both alike. */
export const invalidField = (field: string, problem: string) =>
  identityError('BAD_USER_INPUT', 'Some input is not valid.', { fields: [{ field, problems: [problem] }] });

/** Postgres unique_violation, which raw `execute()` and flush surface without a typed mapping. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidate = error as { code?: string; constraint?: string; cause?: unknown } | null;
  if (!candidate || typeof candidate !== 'object') return false;
  if (candidate.code === '23505') return constraint === undefined || candidate.constraint === constraint;
  return candidate.cause !== undefined && candidate.cause !== error && isUniqueViolation(candidate.cause, constraint);
}
