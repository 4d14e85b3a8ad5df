export * from './principal.js';
export { AuthError, type AuthErrorCode } from './errors.js';
export { createTokenVerifier, bearerToken, type TokenVerifier } from './verify-token.js';
export {
  callerKeysFor,
  derivePairKey,
  ServiceSigner,
  ServiceVerifier,
  SIGNATURE_HEADER,
  SIGNED_HEADERS,
} from './service-auth.js';
