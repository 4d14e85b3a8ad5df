export type AuthErrorCode = 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'FORBIDDEN';

/** An authentication failure; mapped to `extensions.code` by the GraphQL layer. */
export class AuthError extends Error {
  constructor(readonly code: AuthErrorCode, message: string) {
    super(message);
    this.name = 'AuthError';
  }
}
