export * from './principal.js';
export { AuthError, type AuthErrorCode } from './errors.js';
export { createTokenVerifier, bearerToken, type TokenVerifier } from './verify-token.js';
export { callerKeysFor, derivePairKey, ServiceSigner, ServiceVerifier, SIGNATURE_HEADER, SIGNED_HEADERS } from './service-auth.js';
export { CALLERS_OF, CALLING_SERVICES, type CallingService } from './service-calls.js';
