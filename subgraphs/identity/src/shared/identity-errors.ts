import { CodedError } from '@casinox/graphql';

/** One message for every credential failure, so a response never tells which part was wrong. */
export const invalidCredentials = () => new CodedError('INVALID_CREDENTIALS', 'The email or password is not correct.');

/** Postgres unique_violation, which raw `execute()` and flush surface without a typed mapping. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidate = error as { code?: string; constraint?: string; cause?: unknown } | null;
  if (!candidate || typeof candidate !== 'object') return false;
  if (candidate.code === '23505') return constraint === undefined || candidate.constraint === constraint;
  return candidate.cause !== undefined && candidate.cause !== error && isUniqueViolation(candidate.cause, constraint);
}
