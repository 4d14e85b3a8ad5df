/** TOKEN_REVOKED: a staff token the gateway knows identity revoked (refresh, or sign in again). */
export type AuthErrorCode = 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'FORBIDDEN';

/** An authentication failure; mapped to `extensions.code` by the GraphQL layer. */
export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
