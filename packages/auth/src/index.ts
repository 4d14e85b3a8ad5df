export * from './principal.js';
export { AuthError, type AuthErrorCode } from './errors.js';
export { createTokenVerifier, bearerToken, type TokenVerifier } from './verify-token.js';
export { serviceAuthorization, verifyServiceAuthorization } from './service-token.js';
